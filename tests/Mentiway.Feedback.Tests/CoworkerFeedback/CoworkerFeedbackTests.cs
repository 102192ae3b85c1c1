using System.Buffers.Text;
using System.Net;
using System.Text.Json.Nodes;
using Mentiway.Feedback.Contracts;
using Mentiway.Testing;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Wolverine;
using Wolverine.Tracking;
using Xunit;

namespace Mentiway.Feedback.Tests.CoworkerFeedback;

public sealed class CoworkerFeedbackTests(MentiwayApp app) : IClassFixture<MentiwayApp>
{
    private static readonly string[] OneCoworker = ["a@x.example"];

    private readonly HttpClient _admin = app.ClientFor(TestPeople.Admin);
    private readonly HttpClient _mentee = app.ClientFor(TestPeople.Mentee);
    private readonly HttpClient _coworker = app.ClientWithToken(null);

    [Fact]
    public async Task Request_ForThreePeople_GivesEachASingleUseLinkOfAtLeast128RandomBits()
    {
        var homeworkId = await Homework();

        var created = await (await Request(homeworkId, anonymous: false, "a@x.example", "b@x.example", "c@x.example"))
            .EnsureSuccessStatusCode().ReadJson();

        var tokens = created["links"]!.AsArray().Select(link => link!["token"]!.GetValue<string>()).ToList();
        Assert.Equal(3, tokens.Distinct().Count());
        Assert.All(tokens, token => Assert.True(Base64Url.DecodeFromChars(token).Length >= 16));
        Assert.All(created["links"]!.AsArray(), link =>
            Assert.Equal($"/api/feedback-links/{link!["token"]}", link["path"]!.GetValue<string>()));
    }

    [Fact]
    public async Task ShowLink_WithoutAnAccount_ShowsTheQuestion()
    {
        var homeworkId = await Homework();
        var token = (await Links(homeworkId, anonymous: true, "a@x.example", "b@x.example", "c@x.example"))[0];

        var response = await _coworker.GetAsync($"/api/feedback-links/{token}");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var shown = await response.ReadJson();
        Assert.Equal(FeedbackTexts.Unusual, shown["question"]!.GetValue<string>());
        Assert.True(shown["anonymous"]!.GetValue<bool>());
    }

    [Fact]
    public async Task Answer_ToANamedRequest_IsShownWithItsWriterAndPublishedWithoutThem()
    {
        var homeworkId = await Homework();
        var token = (await Links(homeworkId, anonymous: false, "ann@x.example"))[0];
        HttpResponseMessage response = null!;

        var tracked = await Tracked(async () => response = await Answer(token, FeedbackTexts.Unusual));

        Assert.Equal(HttpStatusCode.NoContent, response.StatusCode);
        var published = Assert.Single(tracked.Sent.MessagesOf<CoworkerFeedbackAnswered>().Distinct());
        Assert.Equal(homeworkId, published.HomeworkId);
        Assert.Equal(FeedbackTexts.Unusual, published.Answer);
        var answer = Assert.Single((await RequestsOf(homeworkId))[0]!["answers"]!.AsArray());
        Assert.Equal(FeedbackTexts.Unusual, answer!["answer"]!.GetValue<string>());
        Assert.Equal("ann@x.example", answer["from"]!.GetValue<string>());
    }

    [Fact]
    public async Task Answer_ThroughAUsedLink_AnswersConflictAndStoresNothing()
    {
        var homeworkId = await Homework();
        var token = (await Links(homeworkId, anonymous: false, "a@x.example"))[0];
        await app.Settled(() => Answer(token, "First"));

        var again = await Answer(token, "Second");
        var shown = await _coworker.GetAsync($"/api/feedback-links/{token}");

        Assert.Equal(HttpStatusCode.Conflict, again.StatusCode);
        Assert.Equal("used", (await again.ReadJson())["currentState"]!.GetValue<string>());
        Assert.Equal(HttpStatusCode.Conflict, shown.StatusCode);
        Assert.Equal(1, (await RequestsOf(homeworkId))[0]!["answeredCount"]!.GetValue<int>());
    }

    [Fact]
    public async Task Answer_AfterTheLinkExpired_AnswersConflictAndStoresNothing()
    {
        var homeworkId = await Homework();
        var created = await (await _mentee.PostJson($"/api/homework/{homeworkId}/feedback-requests", new
        {
            question = "How did I do?",
            emails = OneCoworker,
            anonymous = false,
            expiresInDays = 2,
        })).ReadJson();
        var token = created["links"]![0]!["token"]!.GetValue<string>();
        app.Clock.Advance(TimeSpan.FromDays(2));

        var response = await Answer(token, "Too late");

        Assert.Equal(HttpStatusCode.Conflict, response.StatusCode);
        Assert.Equal("expired", (await response.ReadJson())["currentState"]!.GetValue<string>());
        Assert.Equal(0, (await RequestsOf(homeworkId))[0]!["answeredCount"]!.GetValue<int>());
    }

    [Fact]
    public async Task Answer_ThroughAnUnknownToken_AnswersNotFound()
    {
        var response = await Answer("bm90LWEtcmVhbC10b2tlbi1hdC1hbGwtMTIzNDU2Nzg5", "Hello");
        var shown = await _coworker.GetAsync("/api/feedback-links/unknown");

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, shown.StatusCode);
    }

    [Fact]
    public async Task Answers_ToOneItem_DoNotShowUnderAnother()
    {
        var homeworkId = await Homework();
        var otherId = await Homework();
        var token = (await Links(homeworkId, anonymous: false, "a@x.example"))[0];
        await app.Settled(() => Answer(token, "For the first item"));

        var other = await RequestsOf(otherId);

        Assert.Empty(other);
        Assert.Single(await RequestsOf(homeworkId));
    }

    [Fact]
    public async Task AnonymousAnswers_BelowThree_AreHidden()
    {
        var homeworkId = await Homework();
        var tokens = await Links(homeworkId, anonymous: true, "a@x.example", "b@x.example", "c@x.example");
        await app.Settled(() => Answer(tokens[0], "Clear"));
        await app.Settled(() => Answer(tokens[1], "Kind"));

        var request = (await RequestsOf(homeworkId))[0]!;

        Assert.True(request["answersHidden"]!.GetValue<bool>());
        Assert.Equal(2, request["answeredCount"]!.GetValue<int>());
        Assert.Empty(request["answers"]!.AsArray());
    }

    [Fact]
    public async Task AnonymousAnswers_FromTheThird_ShowSortedByTextWithoutWriterOrTime()
    {
        var homeworkId = await Homework();
        var tokens = await Links(homeworkId, anonymous: true, "a@x.example", "b@x.example", "c@x.example");
        await app.Settled(() => Answer(tokens[0], "Zealous"));
        await app.Settled(() => Answer(tokens[1], "Attentive"));
        await app.Settled(() => Answer(tokens[2], "Kind"));

        var request = (await RequestsOf(homeworkId))[0]!;

        var answers = request["answers"]!.AsArray();
        Assert.Equal(["Attentive", "Kind", "Zealous"], answers.Select(a => a!["answer"]!.GetValue<string>()));
        Assert.All(answers, a => Assert.Null(a!["from"]));
        Assert.All(answers, a => Assert.Null(a!["answeredAt"]));
        Assert.DoesNotContain("x.example", request.ToJsonString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task AnonymousAnswers_BelowThree_AreToldToNoOtherModule()
    {
        var homeworkId = await Homework();
        var tokens = await Links(homeworkId, anonymous: true, "a@x.example", "b@x.example", "c@x.example");

        var first = await Tracked(() => Answer(tokens[0], "Clear"));
        var second = await Tracked(() => Answer(tokens[1], "Kind"));

        Assert.Empty(first.Sent.MessagesOf<CoworkerFeedbackAnswered>());
        Assert.Empty(second.Sent.MessagesOf<CoworkerFeedbackAnswered>());
    }

    [Fact]
    public async Task AnonymousAnswers_TheThird_TellsAllThreeInTextOrderAtOneTime()
    {
        var homeworkId = await Homework();
        var tokens = await Links(homeworkId, anonymous: true, "a@x.example", "b@x.example", "c@x.example");
        await app.Settled(() => Answer(tokens[0], "Zealous"));
        app.Clock.Advance(TimeSpan.FromHours(1));
        await app.Settled(() => Answer(tokens[1], "Attentive"));
        app.Clock.Advance(TimeSpan.FromHours(1));

        var third = await Tracked(() => Answer(tokens[2], "Kind"));

        // Sent once to each module that handles it (Homework, Notifications): each message counts once.
        var told = third.Sent.MessagesOf<CoworkerFeedbackAnswered>().Distinct().ToList();
        Assert.Equal(["Attentive", "Kind", "Zealous"], told.Select(m => m.Answer));
        Assert.All(told, m => Assert.True(m.Anonymous));
        Assert.Single(told.Select(m => m.AnsweredAt).Distinct());
    }

    [Fact]
    public async Task Request_ForUnknownHomework_AnswersNotFound()
    {
        var response = await Request(Guid.NewGuid(), anonymous: false, "a@x.example");

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
    }

    public static TheoryData<string, string[], int?, string> BadRequests => new()
    {
        { "", ["a@x.example"], null, "question" },
        { "bell \u0007", ["a@x.example"], null, "question" },
        { "Fine?", [], null, "emails" },
        { "Fine?", [.. Enumerable.Range(0, 11).Select(i => $"p{i}@x.example")], null, "emails" },
        { "Fine?", ["a@x.example", "A@x.example"], null, "emails" },
        { "Fine?", ["not an address"], null, "emails[0]" },
        { "Fine?", ["a@b"], null, "emails[0]" },
        { "Fine?", [null!], null, "emails[0]" },
        { "Fine?", ["a@x.example", "b@x.example"], null, "emails" },
        { "Fine?", ["a@x.example"], 0, "expiresInDays" },
        { "Fine?", ["a@x.example"], 91, "expiresInDays" },
    };

    [Theory]
    [MemberData(nameof(BadRequests))]
    public async Task Request_WithBadInput_AnswersBadRequestNamingTheField(
        string question,
        string[] emails,
        int? expiresInDays,
        string field)
    {
        var homeworkId = await Homework();

        var response = await _mentee.PostJson(
            $"/api/homework/{homeworkId}/feedback-requests",
            new { question, emails, anonymous = true, expiresInDays });

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains(field, await response.ReadErrorFields());
        Assert.Empty(await RequestsOf(homeworkId));
    }

    [Theory]
    [MemberData(nameof(FeedbackTexts.ControlCharacters), MemberType = typeof(FeedbackTexts))]
    public async Task Answer_WithControlCharacters_AnswersBadRequestAndLeavesTheLinkUsable(string text)
    {
        var homeworkId = await Homework();
        var token = (await Links(homeworkId, anonymous: false, "a@x.example"))[0];

        var response = await Answer(token, text);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("answer", await response.ReadErrorFields());
        Assert.Equal(HttpStatusCode.OK, (await _coworker.GetAsync($"/api/feedback-links/{token}")).StatusCode);
    }

    private Task<ITrackedSession> Tracked(Func<Task> action) =>
        app.Services.GetRequiredService<IHost>()
            .TrackActivity()
            .Timeout(TimeSpan.FromSeconds(30))
            .DoNotAssertOnExceptionsDetected()
            .ExecuteAndWaitAsync((Func<IMessageContext, Task>)(_ => action()));

    private async Task<Guid> Homework() => await app.SubmittedHomeworkItem(_admin, await app.SettledPair(_admin));

    private Task<HttpResponseMessage> Request(Guid homeworkId, bool anonymous, params string[] emails) =>
        _mentee.PostJson(
            $"/api/homework/{homeworkId}/feedback-requests",
            new { question = FeedbackTexts.Unusual, emails, anonymous });

    private async Task<List<string>> Links(Guid homeworkId, bool anonymous, params string[] emails)
    {
        var created = await (await Request(homeworkId, anonymous, emails)).EnsureSuccessStatusCode().ReadJson();

        return created["links"]!.AsArray().Select(link => link!["token"]!.GetValue<string>()).ToList();
    }

    private Task<HttpResponseMessage> Answer(string token, string answer) =>
        _coworker.PostJson($"/api/feedback-links/{token}", new { answer });

    private async Task<JsonArray> RequestsOf(Guid homeworkId) =>
        (await (await _mentee.GetAsync($"/api/homework/{homeworkId}/feedback-requests")).ReadJson())["items"]!
        .AsArray();
}
