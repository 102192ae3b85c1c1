using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using Mentiway.Testing;
using Xunit;

namespace Mentiway.Homework.Tests.CommentOnHomework;

/// <summary>The conversation on an item: part of its stream, edited only by its author, for a short while.</summary>
public sealed class CommentTests(MentiwayApp app) : IClassFixture<MentiwayApp>
{
    private readonly HomeworkScenario _scenario = new(app);
    private readonly HttpClient _mentor = app.ClientFor(TestPeople.Mentor);
    private readonly HttpClient _mentee = app.ClientFor(TestPeople.Mentee);

    [Fact]
    public async Task Comment_SeveralByBothOfThePair_ListsTheThreadInOrderWithAuthors()
    {
        var id = await Item();

        var first = await Write(_mentee, id, "I started today.");
        var second = await Write(_mentor, id, "Good — tell me\nhow it went.");
        var third = await Write(_mentee, id, "Will do.");

        var thread = (await Thread(id)).Select(c => c!).ToList();
        Assert.Equal([first, second, third], thread.Select(c => c["id"]!.GetValue<Guid>()));
        Assert.Equal(
            ["test-mentee", "test-mentor", "test-mentee"],
            thread.Select(c => c["authorSubject"]!.GetValue<string>()));
        Assert.Equal("Good — tell me\nhow it went.", thread[1]["text"]!.GetValue<string>());
        Assert.Equal(_scenario.Now, thread[0]["writtenAt"]!.GetValue<DateTimeOffset>());
        Assert.Null(thread[0]["editedAt"]);
    }

    [Fact]
    public async Task Comment_Written_IsAnEventOfTheItemsHistoryAndAnswersItsVersion()
    {
        var id = await Item();
        var before = await _scenario.VersionOf(id);

        var response = await _mentee.PostAsJsonAsync($"/api/homework/{id}/comments", new { text = "Hello" });

        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        Assert.Equal($"\"{before + 1}\"", response.Headers.ETag!.Tag);
        var history = await (await _scenario.Api.GetAsync($"/api/homework/{id}/history")).ReadJson();
        var last = history["events"]!.AsArray().Last()!;
        Assert.Equal("homework_comment_written", last["type"]!.GetValue<string>());
        Assert.Equal("test-mentee", last["actor"]!.GetValue<string>());
    }

    [Theory]
    [InlineData("Ça marche 👍🏽 — e\u0301 — مرحبا بك — שלום")]
    [InlineData("line one\r\nline two\twith a tab")]
    public async Task Comment_WithUnicodeOrLineBreaks_KeepsTheTextAsWritten(string text)
    {
        var id = await Item();

        await Write(_mentee, id, text);

        Assert.Equal(text, Assert.Single(await Thread(id))!["text"]!.GetValue<string>());
    }

    [Theory]
    [InlineData("""{}""")]
    [InlineData("""{"text":"   "}""")]
    [InlineData("""{"text":"bell\u0007"}""")]
    [InlineData("""{"text":"null\u0000byte"}""")]
    [InlineData("""{"text":"turned \u202Earound"}""")]
    public async Task Comment_WithBadText_AnswersBadRequestNamingText(string body)
    {
        var id = await Item();

        var response = await _mentee.PostRaw($"/api/homework/{id}/comments", body);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("text", await response.ReadErrorFields());
        Assert.Empty(await Thread(id));
    }

    [Fact]
    public async Task Comment_LongerThan4000Characters_AnswersBadRequest()
    {
        var id = await Item();

        var tooLong = new string('a', 4001);

        var response = await _mentee.PostAsJsonAsync($"/api/homework/{id}/comments", new { text = tooLong });

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
    }

    [Fact]
    public async Task Comment_OnCancelledItem_AnswersConflict()
    {
        var id = await Item();
        (await _scenario.Act(id, "cancel")).EnsureSuccessStatusCode();

        var response = await _mentee.PostAsJsonAsync($"/api/homework/{id}/comments", new { text = "Too late?" });

        Assert.Equal(HttpStatusCode.Conflict, response.StatusCode);
        Assert.Equal("cancelled", (await response.ReadJson())["currentState"]!.GetValue<string>());
    }

    [Fact]
    public async Task Comment_OnCompletedItem_IsAllowed()
    {
        var id = await Item();
        (await _scenario.Act(id, "submit")).EnsureSuccessStatusCode();
        (await _scenario.GiveFeedback(id, "accepted")).EnsureSuccessStatusCode();

        var response = await _mentee.PostAsJsonAsync($"/api/homework/{id}/comments", new { text = "Thank you!" });

        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
    }

    [Fact]
    public async Task Comment_OnUnknownItem_AnswersNotFound()
    {
        var response = await _mentee.PostAsJsonAsync($"/api/homework/{Guid.NewGuid()}/comments", new { text = "Hi" });

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
    }

    [Fact]
    public async Task Comment_WithStaleIfMatch_AnswersPreconditionFailed()
    {
        var id = await Item();
        var stale = await _scenario.VersionOf(id) - 1;

        var response = await Send(_mentee, HttpMethod.Post, $"/api/homework/{id}/comments", "Hi", stale);

        Assert.Equal(HttpStatusCode.PreconditionFailed, response.StatusCode);
    }

    [Fact]
    public async Task EditComment_ByItsAuthorWithinTheWindow_ChangesItAndKeepsTheEditInTheHistory()
    {
        var id = await Item();
        var commentId = await Write(_mentee, id, "Frist try");
        app.Clock.Advance(TimeSpan.FromMinutes(14));

        var response = await Edit(_mentee, id, commentId, "First try");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var comment = Assert.Single(await Thread(id))!;
        Assert.Equal("First try", comment["text"]!.GetValue<string>());
        Assert.Equal(_scenario.Now, comment["editedAt"]!.GetValue<DateTimeOffset>());
        var history = await (await _scenario.Api.GetAsync($"/api/homework/{id}/history")).ReadJson();
        var types = history["events"]!.AsArray().Select(e => e!["type"]!.GetValue<string>()).ToList();
        Assert.Equal(["homework_comment_written", "homework_comment_edited"], types.TakeLast(2));
        var written = history["events"]!.AsArray()[^2]!;
        Assert.Equal("Frist try", written["data"]!["text"]!.GetValue<string>());
    }

    [Fact]
    public async Task EditComment_AfterFifteenMinutes_AnswersConflictAndKeepsTheText()
    {
        var id = await Item();
        var commentId = await Write(_mentee, id, "As written");
        app.Clock.Advance(TimeSpan.FromMinutes(15) + TimeSpan.FromSeconds(1));

        var response = await Edit(_mentee, id, commentId, "Changed");

        Assert.Equal(HttpStatusCode.Conflict, response.StatusCode);
        Assert.Equal("As written", Assert.Single(await Thread(id))!["text"]!.GetValue<string>());
    }

    [Fact]
    public async Task EditComment_BySomeoneElseWhoSeesIt_AnswersForbidden()
    {
        var id = await Item();
        var commentId = await Write(_mentee, id, "Mine");

        var byMentor = await Edit(_mentor, id, commentId, "Not yours");
        var byAdmin = await Edit(_scenario.Api, id, commentId, "Not yours either");

        Assert.Equal(HttpStatusCode.Forbidden, byMentor.StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, byAdmin.StatusCode);
        Assert.Equal("Mine", Assert.Single(await Thread(id))!["text"]!.GetValue<string>());
    }

    [Fact]
    public async Task EditComment_ByAStranger_AnswersNotFound()
    {
        var id = await Item();
        var commentId = await Write(_mentee, id, "Mine");
        using var stranger = app.ClientFor(TestPeople.Stranger);

        var response = await Edit(stranger, id, commentId, "Not yours");

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Equal("Mine", Assert.Single(await Thread(id))!["text"]!.GetValue<string>());
    }

    [Fact]
    public async Task EditComment_UnknownComment_AnswersNotFound()
    {
        var id = await Item();

        var response = await Edit(_mentee, id, Guid.NewGuid(), "Anything");

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
    }

    [Fact]
    public async Task EditComment_OnCancelledItem_AnswersConflict()
    {
        var id = await Item();
        var commentId = await Write(_mentee, id, "Before cancelling");
        (await _scenario.Act(id, "cancel")).EnsureSuccessStatusCode();

        var response = await Edit(_mentee, id, commentId, "After cancelling");

        Assert.Equal(HttpStatusCode.Conflict, response.StatusCode);
    }

    [Fact]
    public async Task EditComment_WithControlCharacter_AnswersBadRequest()
    {
        var id = await Item();
        var commentId = await Write(_mentee, id, "Fine");

        var response = await Edit(_mentee, id, commentId, "bell\u0007");

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("text", await response.ReadErrorFields());
    }

    [Fact]
    public async Task EditComment_WithStaleIfMatch_AnswersPreconditionFailed()
    {
        var id = await Item();
        var commentId = await Write(_mentee, id, "Fine");

        var response = await Send(
            _mentee, HttpMethod.Put, $"/api/homework/{id}/comments/{commentId}", "Finer", ifMatch: 1);

        Assert.Equal(HttpStatusCode.PreconditionFailed, response.StatusCode);
    }

    [Fact]
    public async Task Comment_ByTheMenteeWhoStartedTheirHomework_NotifiesTheMentorNotThemselves()
    {
        var (pair, first, _) = await _scenario.PairWithTwoSessions();
        var id = await _scenario.Assign(first);
        await app.Settled(() => _mentee.PostAsJsonAsync($"/api/homework/{id}/start", new { }));

        await app.Settled(() => _mentee.PostAsJsonAsync($"/api/homework/{id}/comments", new { text = "Started!" }));

        Assert.Contains("homeworkCommented", await InboxKinds(pair.MentorId));
        Assert.DoesNotContain("homeworkCommented", await InboxKinds(pair.MenteeId));
    }

    [Fact]
    public async Task Comment_ByTheMentorOnStartedHomework_NotifiesTheMentee()
    {
        var (pair, first, _) = await _scenario.PairWithTwoSessions();
        var id = await _scenario.Assign(first);
        await app.Settled(() => _mentee.PostAsJsonAsync($"/api/homework/{id}/start", new { }));

        await app.Settled(() => _mentor.PostAsJsonAsync($"/api/homework/{id}/comments", new { text = "How is it?" }));

        Assert.Contains("homeworkCommented", await InboxKinds(pair.MenteeId));
        Assert.DoesNotContain("homeworkCommented", await InboxKinds(pair.MentorId));
    }

    private async Task<List<string>> InboxKinds(Guid participantId)
    {
        var inbox = await (await _scenario.Api.GetAsync($"/api/participants/{participantId}/notifications")).ReadJson();

        return inbox["items"]!.AsArray().Select(e => e!["kind"]!.GetValue<string>()).ToList();
    }

    private async Task<Guid> Item()
    {
        var (_, first, _) = await _scenario.PairWithTwoSessions();
        var id = await _scenario.Assign(first);
        (await _scenario.Act(id, "start")).EnsureSuccessStatusCode();

        return id;
    }

    private static async Task<Guid> Write(HttpClient client, Guid id, string text)
    {
        var response = await client.PostAsJsonAsync($"/api/homework/{id}/comments", new { text });

        return await response.ReadCreatedId();
    }

    private static Task<HttpResponseMessage> Edit(HttpClient client, Guid id, Guid commentId, string text) =>
        client.PutAsJsonAsync($"/api/homework/{id}/comments/{commentId}", new { text });

    private static async Task<HttpResponseMessage> Send(
        HttpClient client,
        HttpMethod method,
        string route,
        string text,
        long ifMatch)
    {
        using var request = new HttpRequestMessage(method, route) { Content = JsonContent.Create(new { text }) };
        request.Headers.IfMatch.Add(new EntityTagHeaderValue($"\"{ifMatch}\""));

        return await client.SendAsync(request);
    }

    private async Task<JsonArray> Thread(Guid id)
    {
        var thread = await (await _scenario.Api.GetAsync($"/api/homework/{id}/comments")).ReadJson();

        return thread["items"]!.AsArray();
    }
}
