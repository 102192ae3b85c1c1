using System.Net;
using Mentiway.Feedback.Contracts;
using Mentiway.Homework.Contracts;
using Mentiway.Testing;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Wolverine;
using Wolverine.Tracking;
using Xunit;

namespace Mentiway.Feedback.Tests.GiveFeedback;

public sealed class MentorFeedbackTests(MentiwayApp app) : IClassFixture<MentiwayApp>
{
    private readonly HttpClient _admin = app.ClientFor(TestPeople.Admin);
    private readonly HttpClient _mentor = app.ClientFor(TestPeople.Mentor);
    private readonly HttpClient _mentee = app.ClientFor(TestPeople.Mentee);

    [Fact]
    public async Task Give_OnSubmittedHomework_IsADraftSeenByItsAuthorAlone()
    {
        var homework = await SubmittedHomework();

        var id = await (await Give(_mentor, homework.HomeworkId)).ReadCreatedId();

        var own = await ListedIds(_mentor, homework.HomeworkId);
        Assert.Equal([id], own);
        Assert.Empty(await ListedIds(_mentee, homework.HomeworkId));
        var menteesRelease = await _mentee.PostAsync(ReleaseRoute(homework.HomeworkId, id), null);
        Assert.Equal(HttpStatusCode.Forbidden, menteesRelease.StatusCode);
    }

    [Fact]
    public async Task Release_ByItsAuthor_ShowsItToOthersAndPublishesFeedbackGiven()
    {
        var homework = await SubmittedHomework();
        var id = await (await Give(_mentor, homework.HomeworkId, outcome: "needsRework")).ReadCreatedId();
        HttpResponseMessage response = null!;

        var tracked = await app.Services.GetRequiredService<IHost>()
            .TrackActivity()
            .Timeout(TimeSpan.FromSeconds(30))
            .DoNotAssertOnExceptionsDetected()
            .ExecuteAndWaitAsync((Func<IMessageContext, Task>)(async _ =>
                response = await _mentor.PostAsync(ReleaseRoute(homework.HomeworkId, id), null)));

        Assert.Equal(HttpStatusCode.NoContent, response.StatusCode);
        var given = Assert.Single(tracked.Sent.MessagesOf<FeedbackGiven>().Distinct());
        Assert.Equal(id, given.FeedbackId);
        Assert.Equal(homework.HomeworkId, given.HomeworkId);
        Assert.Equal(FeedbackOutcome.NeedsRework, given.Outcome);
        Assert.Equal(TestPeople.Mentor.Subject, given.GivenBy);
        var seenByMentee = await (await _mentee.GetAsync(FeedbackRoute(homework.HomeworkId))).ReadJson();
        var listed = Assert.Single(seenByMentee["items"]!.AsArray());
        Assert.Equal("released", listed!["status"]!.GetValue<string>());
        Assert.Equal("Try it twice more.", listed["toImprove"]!.GetValue<string>());
    }

    [Fact]
    public async Task Release_OfFeedbackOnARealItem_TheItemsHistoryNamesTheMentorAsTheParticipantWhoGaveIt()
    {
        var pair = await app.SettledPair(_admin);
        var homeworkId = await app.SubmittedHomeworkItem(_admin, pair);
        var id = await (await app.Settled(() => Give(_mentor, homeworkId))).ReadCreatedId();

        await app.Settled(() => _mentor.PostAsync(ReleaseRoute(homeworkId, id), null));

        var history = await (await _mentee.GetAsync($"/api/homework/{homeworkId}/history")).ReadJson();
        var received = history["events"]!.AsArray()
            .Single(e => e!["type"]!.GetValue<string>() == "homework_feedback_received");
        Assert.Equal(pair.MentorId, received!["actingParticipantId"]!.GetValue<Guid>());
    }

    [Fact]
    public async Task Release_Twice_AnswersConflictNamingTheState()
    {
        var homework = await SubmittedHomework();
        var id = await (await Give(_mentor, homework.HomeworkId)).ReadCreatedId();
        await app.Settled(() => _mentor.PostAsync(ReleaseRoute(homework.HomeworkId, id), null));

        var again = await _mentor.PostAsync(ReleaseRoute(homework.HomeworkId, id), null);

        Assert.Equal(HttpStatusCode.Conflict, again.StatusCode);
        Assert.Equal("released", (await again.ReadJson())["currentState"]!.GetValue<string>());
    }

    [Fact]
    public async Task Release_UnderAnotherHomeworkItem_AnswersNotFound()
    {
        var homework = await SubmittedHomework();
        var other = await SubmittedHomework();
        var id = await (await Give(_mentor, homework.HomeworkId)).ReadCreatedId();

        var response = await _mentor.PostAsync(ReleaseRoute(other.HomeworkId, id), null);

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
    }

    [Fact]
    public async Task Give_OnHomeworkNotSubmitted_AnswersConflictAndStoresNothing()
    {
        var pair = await app.SettledPair(_admin);
        var assigned = app.HomeworkAssignedTo(pair);
        await app.Deliver(assigned);

        var response = await Give(_mentor, assigned.HomeworkId);

        Assert.Equal(HttpStatusCode.Conflict, response.StatusCode);
        Assert.Equal("assigned", (await response.ReadJson())["currentState"]!.GetValue<string>());
        Assert.Empty(await ListedIds(_mentor, assigned.HomeworkId));
    }

    [Fact]
    public async Task Give_AfterTheItemWentBackToInProgress_AnswersConflict()
    {
        var homework = await SubmittedHomework();
        await app.Deliver(StateChanged(homework, "inProgress", version: 5));

        var response = await Give(_mentor, homework.HomeworkId);

        Assert.Equal(HttpStatusCode.Conflict, response.StatusCode);
    }

    [Fact]
    public async Task Give_WhenAnOlderStateArrivesLate_KeepsTheNewerState()
    {
        var homework = await SubmittedHomework();
        await app.Deliver(StateChanged(homework, "submitted", version: 6));
        await app.Deliver(StateChanged(homework, "inProgress", version: 5));

        var response = await Give(_mentor, homework.HomeworkId);

        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
    }

    [Fact]
    public async Task Give_OnUnknownHomework_AnswersNotFound()
    {
        var response = await Give(_mentor, Guid.NewGuid());

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
    }

    [Fact]
    public async Task Give_WithEmojiCombiningMarksAndRightToLeftText_KeepsTheTextUnchanged()
    {
        var homework = await SubmittedHomework();

        var response = await _mentor.PostJson(FeedbackRoute(homework.HomeworkId), new
        {
            wentWell = FeedbackTexts.Unusual,
            toImprove = "Less talking.",
            nextStep = "Practise.",
            fuko = new { facts = FeedbackTexts.Unusual, feelings = "calm", consequences = "ok", expectations = "more" },
            outcome = "accepted",
        });

        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        var listed = (await (await _mentor.GetAsync(FeedbackRoute(homework.HomeworkId))).ReadJson())["items"]![0]!;
        Assert.Equal(FeedbackTexts.Unusual, listed["wentWell"]!.GetValue<string>());
        Assert.Equal(FeedbackTexts.Unusual, listed["fuko"]!["facts"]!.GetValue<string>());
    }

    [Theory]
    [MemberData(nameof(FeedbackTexts.ControlCharacters), MemberType = typeof(FeedbackTexts))]
    public async Task Give_WithControlCharacters_AnswersBadRequestForEachField(string text)
    {
        var homework = await SubmittedHomework();

        var response = await _mentor.PostJson(FeedbackRoute(homework.HomeworkId), new
        {
            wentWell = text,
            toImprove = text,
            nextStep = text,
            fuko = new { facts = text },
            outcome = "accepted",
        });

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var fields = await response.ReadErrorFields();
        Assert.Contains("wentWell", fields);
        Assert.Contains("toImprove", fields);
        Assert.Contains("nextStep", fields);
        Assert.Contains("fuko.facts", fields);
        Assert.Empty(await ListedIds(_mentor, homework.HomeworkId));
    }

    [Fact]
    public async Task Give_WithoutOutcomeOrAnyText_AnswersBadRequest()
    {
        var homework = await SubmittedHomework();

        var response = await _mentor.PostJson(FeedbackRoute(homework.HomeworkId), new { wentWell = "  " });

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var fields = await response.ReadErrorFields();
        Assert.Contains("outcome", fields);
        Assert.Contains("wentWell", fields);
    }

    [Fact]
    public async Task Give_WithUnknownOutcome_AnswersBadRequest()
    {
        var homework = await SubmittedHomework();

        var response = await _mentor.PostJson(
            FeedbackRoute(homework.HomeworkId),
            new { wentWell = "Good", outcome = "perfect" });

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("outcome", await response.ReadErrorFields());
    }

    [Fact]
    public async Task List_WithPageSizeOverTheLimit_AnswersBadRequest()
    {
        var homework = await SubmittedHomework();

        var response = await _mentor.GetAsync($"{FeedbackRoute(homework.HomeworkId)}?pageSize=201");

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("pageSize", await response.ReadErrorFields());
    }

    private async Task<HomeworkAssigned> SubmittedHomework() =>
        await app.SubmittedHomework(await app.SettledPair(_admin));

    private static Task<HttpResponseMessage> Give(HttpClient client, Guid homeworkId, string outcome = "accepted") =>
        client.PostJson(FeedbackRoute(homeworkId), new
        {
            wentWell = "You prepared well.",
            toImprove = "Try it twice more.",
            nextStep = "Use FUKO with your team.",
            outcome,
        });

    private static async Task<List<Guid>> ListedIds(HttpClient client, Guid homeworkId)
    {
        var list = await (await client.GetAsync(FeedbackRoute(homeworkId))).ReadJson();

        return list["items"]!.AsArray().Select(item => item!["id"]!.GetValue<Guid>()).ToList();
    }

    private static HomeworkStateChanged StateChanged(HomeworkAssigned homework, string status, long version) =>
        new(
            homework.HomeworkId,
            homework.PairId,
            homework.SessionId,
            homework.SessionId,
            homework.Assignee,
            homework.AssigneeId,
            "Apply FUKO",
            "In three conversations.",
            status,
            homework.DueAt,
            Results: null,
            Reflection: null,
            Feedback: [],
            Version: version);

    private static string FeedbackRoute(Guid homeworkId) => $"/api/homework/{homeworkId}/feedback";

    private static string ReleaseRoute(Guid homeworkId, Guid feedbackId) =>
        $"/api/homework/{homeworkId}/feedback/{feedbackId}/release";
}
