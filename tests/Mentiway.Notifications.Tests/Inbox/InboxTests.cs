using System.Net;
using System.Text.Json.Nodes;
using Mentiway.Homework.Contracts;
using Mentiway.Sessions.Contracts;
using Mentiway.Testing;
using Xunit;

namespace Mentiway.Notifications.Tests.Inbox;

public sealed class InboxTests(MentiwayApp app) : IClassFixture<MentiwayApp>
{
    private static readonly string[] OneCoworker = ["colleague@x.example"];

    private readonly HttpClient _admin = app.ClientFor(TestPeople.Admin);
    private readonly HttpClient _mentor = app.ClientFor(TestPeople.Mentor);
    private readonly HttpClient _mentee = app.ClientFor(TestPeople.Mentee);

    [Fact]
    public async Task HomeworkAssigned_ToTheMentee_NotifiesTheMenteeOnly()
    {
        var pair = await app.SettledPair(_admin);

        await app.Deliver(app.HomeworkAssignedTo(pair));

        var entry = Assert.Single(await Items(pair.MenteeId));
        Assert.Equal("homeworkAssigned", entry!["kind"]!.GetValue<string>());
        Assert.Empty(await Items(pair.MentorId));
    }

    [Fact]
    public async Task HomeworkAssigned_DeliveredTwice_WritesOneEntry()
    {
        var pair = await app.SettledPair(_admin);
        var assigned = app.HomeworkAssignedTo(pair);

        await app.Deliver(assigned);
        await app.Deliver(assigned);

        Assert.Single(await Items(pair.MenteeId));
        Assert.Equal(1, (await Inbox(pair.MenteeId))["unreadCount"]!.GetValue<long>());
    }

    [Fact]
    public async Task HomeworkAssigned_ToTheMentorAsPreparation_NotifiesNobody()
    {
        var pair = await app.SettledPair(_admin);

        await app.Deliver(app.HomeworkAssignedTo(pair, HomeworkAssignee.Mentor));

        Assert.Empty(await Items(pair.MentorId));
        Assert.Empty(await Items(pair.MenteeId));
    }

    [Fact]
    public async Task HomeworkSubmitted_NotifiesTheMentorOfThePair()
    {
        var pair = await app.SettledPair(_admin);

        var assigned = await app.SubmittedHomework(pair);

        var entry = Assert.Single(await Items(pair.MentorId));
        Assert.Equal("homeworkSubmitted", entry!["kind"]!.GetValue<string>());
        Assert.Equal(assigned.HomeworkId, entry["homeworkId"]!.GetValue<Guid>());
    }

    [Fact]
    public async Task HomeworkSubmitted_ByTheMentorForTheirPreparation_NotifiesNobody()
    {
        var pair = await app.SettledPair(_admin);
        var preparation = app.HomeworkAssignedTo(pair, HomeworkAssignee.Mentor);
        await app.Deliver(preparation);

        await app.Deliver(app.SubmittedNow(preparation));

        Assert.Empty(await Items(pair.MentorId));
    }

    [Fact]
    public async Task FeedbackReleased_ThroughTheFeedbackApi_NotifiesTheMenteeOnceEvenIfRedelivered()
    {
        var pair = await app.SettledPair(_admin);
        var homework = await app.SubmittedHomework(pair);
        var feedbackId = await (await _mentor.PostJson($"/api/homework/{homework.HomeworkId}/feedback", new
        {
            wentWell = "Clear facts.",
            outcome = "accepted",
        })).ReadCreatedId();

        await app.Settled(() =>
            _mentor.PostAsync($"/api/homework/{homework.HomeworkId}/feedback/{feedbackId}/release", null));

        var released = Assert.Single(await Items(pair.MenteeId), e => KindOf(e) == "feedbackReleased");
        Assert.Equal(homework.HomeworkId, released!["homeworkId"]!.GetValue<Guid>());
        await app.Deliver(new Mentiway.Feedback.Contracts.FeedbackGiven(
            feedbackId,
            homework.HomeworkId,
            Mentiway.Feedback.Contracts.FeedbackOutcome.Accepted,
            "Clear facts.",
            null,
            null,
            app.Clock.GetUtcNow(),
            TestPeople.Mentor.Subject));
        Assert.Single(await Items(pair.MenteeId), e => KindOf(e) == "feedbackReleased");
    }

    [Fact]
    public async Task CoworkerAnswer_ToANamedRequest_NotifiesTheMentee()
    {
        var pair = await app.SettledPair(_admin);
        var homework = await app.SubmittedHomework(pair);
        var created = await (await _mentee.PostJson($"/api/homework/{homework.HomeworkId}/feedback-requests", new
        {
            question = "What are my strengths?",
            emails = OneCoworker,
            anonymous = false,
        })).ReadJson();
        var token = created["links"]![0]!["token"]!.GetValue<string>();

        await app.Settled(() =>
            app.ClientWithToken(null).PostJson($"/api/feedback-links/{token}", new { answer = "Calm." }));

        Assert.Single(await Items(pair.MenteeId), e => KindOf(e) == "coworkerAnswered");
    }

    [Fact]
    public async Task SessionScheduledMovedAndCancelled_NotifyBothOfThePairOncePerCause()
    {
        var pair = await app.SettledPair(_admin);
        var scheduled = app.SessionScheduledFor(pair);
        var moved = new SessionRescheduled(
            scheduled.SessionId,
            pair.PairId,
            scheduled.StartsAt.AddDays(1),
            60,
            app.Clock.GetUtcNow(),
            TestPeople.Mentor.Subject);
        var cancelled = new SessionCancelled(
            scheduled.SessionId,
            pair.PairId,
            "Ill",
            app.Clock.GetUtcNow().AddMinutes(5),
            TestPeople.Mentor.Subject);

        await app.Deliver(scheduled);
        await app.Deliver(moved);
        await app.Deliver(moved);
        await app.Deliver(cancelled);

        string[] expected = ["sessionCancelled", "sessionRescheduled", "sessionScheduled"];
        Assert.Equal(expected, (await Items(pair.MentorId)).Select(e => e!["kind"]!.GetValue<string>()).Order());
        Assert.Equal(expected, (await Items(pair.MenteeId)).Select(e => e!["kind"]!.GetValue<string>()).Order());
    }

    [Fact]
    public async Task MarkRead_LowersTheUnreadCountAndCanBeRepeated()
    {
        var pair = await app.SettledPair(_admin);
        await app.Deliver(app.HomeworkAssignedTo(pair));
        await app.Deliver(app.HomeworkAssignedTo(pair));
        var first = (await Items(pair.MenteeId))[0]!["id"]!.GetValue<Guid>();

        var read = await _mentee.PostAsync(ReadRoute(pair.MenteeId, first), null);
        var again = await _mentee.PostAsync(ReadRoute(pair.MenteeId, first), null);

        Assert.Equal(HttpStatusCode.NoContent, read.StatusCode);
        Assert.Equal(HttpStatusCode.NoContent, again.StatusCode);
        var inbox = await Inbox(pair.MenteeId);
        Assert.Equal(1, inbox["unreadCount"]!.GetValue<long>());
        Assert.Equal(2, inbox["totalItems"]!.GetValue<long>());
        var unreadOnly = await (await _mentee.GetAsync($"{InboxRoute(pair.MenteeId)}?unreadOnly=true")).ReadJson();
        Assert.DoesNotContain(unreadOnly["items"]!.AsArray(), e => e!["id"]!.GetValue<Guid>() == first);
    }

    [Fact]
    public async Task MarkRead_AnotherParticipantsNotification_AnswersNotFound()
    {
        var pair = await app.SettledPair(_admin);
        await app.Deliver(app.HomeworkAssignedTo(pair));
        var menteesEntry = (await Items(pair.MenteeId))[0]!["id"]!.GetValue<Guid>();

        var response = await _mentor.PostAsync(ReadRoute(pair.MentorId, menteesEntry), null);

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Equal(1, (await Inbox(pair.MenteeId))["unreadCount"]!.GetValue<long>());
    }

    [Fact]
    public async Task MarkRead_UnknownNotification_AnswersNotFound()
    {
        var pair = await app.SettledPair(_admin);

        var response = await _mentee.PostAsync(ReadRoute(pair.MenteeId, Guid.NewGuid()), null);

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
    }

    [Fact]
    public async Task List_OfUnknownParticipant_AnswersNotFound()
    {
        var response = await _mentee.GetAsync(InboxRoute(Guid.NewGuid()));

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
    }

    [Theory]
    [InlineData("page=0", "page")]
    [InlineData("pageSize=201", "pageSize")]
    public async Task List_WithBadPaging_AnswersBadRequest(string query, string field)
    {
        var pair = await app.SettledPair(_admin);

        var response = await _mentee.GetAsync($"{InboxRoute(pair.MenteeId)}?{query}");

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains(field, await response.ReadErrorFields());
    }

    [Fact]
    public async Task List_WithoutAToken_AnswersUnauthorized()
    {
        var pair = await app.SettledPair(_admin);

        var response = await app.ClientWithToken(null).GetAsync(InboxRoute(pair.MenteeId));

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
    }

    // Read as admin: these tests are about what is delivered to whom; who may read an inbox is InboxAccessTests'.
    private async Task<JsonNode> Inbox(Guid participantId) =>
        await (await _admin.GetAsync(InboxRoute(participantId))).EnsureSuccessStatusCode().ReadJson();

    private async Task<JsonArray> Items(Guid participantId) => (await Inbox(participantId))["items"]!.AsArray();

    private static string KindOf(JsonNode? entry) => entry!["kind"]!.GetValue<string>();

    private static string InboxRoute(Guid participantId) => $"/api/participants/{participantId}/notifications";

    private static string ReadRoute(Guid participantId, Guid notificationId) =>
        $"{InboxRoute(participantId)}/{notificationId}/read";
}
