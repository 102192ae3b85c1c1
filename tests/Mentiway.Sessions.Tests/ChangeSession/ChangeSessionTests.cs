using System.Net;
using Mentiway.Testing;
using Xunit;

namespace Mentiway.Sessions.Tests.ChangeSession;

public sealed class ChangeSessionTests(MentiwayApp app) : IClassFixture<MentiwayApp>
{
    private readonly HttpClient _admin = app.ClientFor(TestPeople.Admin);

    private DateTimeOffset Now => app.Clock.GetUtcNow();

    [Fact]
    public async Task Reschedule_ScheduledSession_MovesItAndKeepsItsDurationUnlessGiven()
    {
        var pair = await app.SettledPair(_admin);
        var sessionId = await _admin.Schedule(pair.PairId, Now.AddDays(2), durationMinutes: 45);

        var response = await _admin.Change(sessionId, "reschedule", new { start = "2026-12-01T10:00:00+01:00" });

        Assert.Equal(HttpStatusCode.NoContent, response.StatusCode);
        Assert.Equal("\"2\"", response.Headers.ETag?.Tag);
        var session = await _admin.GetSession(sessionId);
        Assert.Equal(new DateTimeOffset(2026, 12, 1, 9, 0, 0, TimeSpan.Zero),
            session["startsAtUtc"]!.GetValue<DateTimeOffset>());
        Assert.Equal(45, session["durationMinutes"]!.GetValue<int>());
        Assert.Equal(2, session["version"]!.GetValue<long>());
    }

    [Fact]
    public async Task Reschedule_WithNewDuration_ChangesBoth()
    {
        var pair = await app.SettledPair(_admin);
        var sessionId = await _admin.Schedule(pair.PairId, Now.AddDays(2));

        var response = await _admin.Change(
            sessionId, "reschedule", new { start = "2026-12-02T10:00:00Z", durationMinutes = 120 });

        Assert.Equal(HttpStatusCode.NoContent, response.StatusCode);
        Assert.Equal(120, (await _admin.GetSession(sessionId))["durationMinutes"]!.GetValue<int>());
    }

    [Fact]
    public async Task Reschedule_OntoAnotherSession_AnswersConflictAndChangesNothing()
    {
        var pair = await app.SettledPair(_admin);
        var other = Now.AddDays(5);
        await _admin.Schedule(pair.PairId, other);
        var sessionId = await _admin.Schedule(pair.PairId, Now.AddDays(2));

        var response = await _admin.Change(sessionId, "reschedule", new { start = other.AddMinutes(30).ToString("o") });

        Assert.Equal(HttpStatusCode.Conflict, response.StatusCode);
        Assert.Equal("overlapping", await response.ReadCurrentState());
        Assert.Equal(1, (await _admin.GetSession(sessionId))["version"]!.GetValue<long>());
    }

    [Fact]
    public async Task Reschedule_IntoThePast_AnswersBadRequest()
    {
        var pair = await app.SettledPair(_admin);
        var sessionId = await _admin.Schedule(pair.PairId, Now.AddDays(2));

        var response = await _admin.Change(sessionId, "reschedule", new { start = Now.AddMinutes(-1).ToString("o") });

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("start", await response.ReadErrorFields());
    }

    [Theory]
    [InlineData("cancel", "cancel", "cancelled")]
    [InlineData("cancel", "hold", "cancelled")]
    [InlineData("cancel", "reschedule", "cancelled")]
    [InlineData("hold", "cancel", "held")]
    [InlineData("hold", "hold", "held")]
    [InlineData("hold", "reschedule", "held")]
    public async Task Change_NotAllowedInTheCurrentState_AnswersConflictNamingTheState(
        string first,
        string second,
        string state)
    {
        var pair = await app.SettledPair(_admin);
        var sessionId = await _admin.Schedule(pair.PairId, Now.AddDays(2));
        Assert.Equal(HttpStatusCode.NoContent, (await _admin.Change(sessionId, first, SessionScenario.BodyFor(first)))
            .StatusCode);

        var response = await _admin.Change(sessionId, second, SessionScenario.BodyFor(second));

        Assert.Equal(HttpStatusCode.Conflict, response.StatusCode);
        Assert.Equal(state, await response.ReadCurrentState());
        Assert.Equal(2, (await _admin.GetSession(sessionId))["version"]!.GetValue<long>());
    }

    [Theory]
    [InlineData("cancel", "cancelled")]
    [InlineData("hold", "held")]
    [InlineData("reschedule", "scheduled")]
    public async Task Change_AllowedOnAScheduledSession_IsRecorded(string action, string state)
    {
        var pair = await app.SettledPair(_admin);
        var sessionId = await _admin.Schedule(pair.PairId, Now.AddDays(2));

        var response = await _admin.Change(sessionId, action, SessionScenario.BodyFor(action));

        Assert.Equal(HttpStatusCode.NoContent, response.StatusCode);
        Assert.Equal(state, (await _admin.GetSession(sessionId))["status"]!.GetValue<string>());
    }

    [Fact]
    public async Task Hold_WithNotes_KeepsTheNotes()
    {
        var pair = await app.SettledPair(_admin);
        var sessionId = await _admin.Schedule(pair.PairId, Now.AddDays(2));

        await _admin.Change(sessionId, "hold", new { notes = "Line one\nLine two" });

        Assert.Equal("Line one\nLine two", (await _admin.GetSession(sessionId))["notes"]!.GetValue<string>());
    }

    [Fact]
    public async Task Cancel_WithStaleIfMatch_AnswersPreconditionFailedAndChangesNothing()
    {
        var pair = await app.SettledPair(_admin);
        var sessionId = await _admin.Schedule(pair.PairId, Now.AddDays(2));
        await _admin.Change(sessionId, "reschedule", SessionScenario.BodyFor("reschedule"), ifMatch: 1);

        var response = await _admin.Change(sessionId, "cancel", SessionScenario.BodyFor("cancel"), ifMatch: 1);

        Assert.Equal(HttpStatusCode.PreconditionFailed, response.StatusCode);
        var session = await _admin.GetSession(sessionId);
        Assert.Equal("scheduled", session["status"]!.GetValue<string>());
        Assert.Equal(2, session["version"]!.GetValue<long>());
    }

    [Fact]
    public async Task Hold_WithCurrentIfMatch_SucceedsAndAnswersTheNewETag()
    {
        var pair = await app.SettledPair(_admin);
        var sessionId = await _admin.Schedule(pair.PairId, Now.AddDays(2));

        var response = await _admin.Change(sessionId, "hold", new { }, ifMatch: 1);

        Assert.Equal(HttpStatusCode.NoContent, response.StatusCode);
        Assert.Equal("\"2\"", response.Headers.ETag?.Tag);
        var get = await _admin.GetAsync($"/api/sessions/{sessionId}");
        Assert.Equal("\"2\"", get.Headers.ETag?.Tag);
    }

    [Fact]
    public async Task Cancel_WithMalformedIfMatch_AnswersBadRequest()
    {
        var pair = await app.SettledPair(_admin);
        var sessionId = await _admin.Schedule(pair.PairId, Now.AddDays(2));
        var request = new HttpRequestMessage(HttpMethod.Post, $"/api/sessions/{sessionId}/cancel")
        {
            Content = new StringContent("""{"reason":"x"}""", System.Text.Encoding.UTF8, "application/json"),
        };
        request.Headers.TryAddWithoutValidation("If-Match", "W/\"1\"");

        var response = await _admin.SendAsync(request);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        // The host writes field names in camelCase, so the header's name arrives as "if-Match".
        Assert.Contains("if-match", (await response.ReadErrorFields()).Select(f => f.ToLowerInvariant()));
    }

    [Fact]
    public async Task ParallelCancelsAndHolds_OnOneSession_ExactlyOneWinsAndNoneFails()
    {
        var pair = await app.SettledPair(_admin);
        var sessionId = await _admin.Schedule(pair.PairId, Now.AddDays(2));

        var responses = await Task.WhenAll(Enumerable.Range(0, 8).Select(i =>
        {
            var action = i % 2 == 0 ? "cancel" : "hold";

            return _admin.Change(sessionId, action, SessionScenario.BodyFor(action));
        }));

        var codes = responses.Select(r => r.StatusCode).ToList();
        Assert.Single(codes, HttpStatusCode.NoContent);
        Assert.All(codes, code => Assert.Contains(code, new[] { HttpStatusCode.NoContent, HttpStatusCode.Conflict }));
        Assert.Equal(2, (await _admin.GetSession(sessionId))["version"]!.GetValue<long>());
    }

    [Theory]
    [InlineData("cancel", """{}""", "reason")]
    [InlineData("cancel", """{"reason":""}""", "reason")]
    [InlineData("hold", """{"notes":"bell\u0007"}""", "notes")]
    [InlineData("reschedule", """{}""", "start")]
    [InlineData("reschedule", """{"start":"2026-12-01T10:00:00Z","durationMinutes":10}""", "durationMinutes")]
    [InlineData("reschedule", """{"start":"2026-12-01 10:00"}""", "start")]
    public async Task Change_WithInvalidInput_AnswersBadRequestNamingTheField(string action, string json, string field)
    {
        var pair = await app.SettledPair(_admin);
        var sessionId = await _admin.Schedule(pair.PairId, Now.AddDays(2));

        var response = await _admin.PostRaw($"/api/sessions/{sessionId}/{action}", json);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains(field, await response.ReadErrorFields());
        Assert.Equal(1, (await _admin.GetSession(sessionId))["version"]!.GetValue<long>());
    }

    [Fact]
    public async Task Hold_NotesOfMoreThanFourThousandCharacters_AnswersBadRequest()
    {
        var pair = await app.SettledPair(_admin);
        var sessionId = await _admin.Schedule(pair.PairId, Now.AddDays(2));

        var response = await _admin.Change(sessionId, "hold", new { notes = new string('n', 4001) });

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("notes", await response.ReadErrorFields());
    }

    [Theory]
    [InlineData("cancel")]
    [InlineData("hold")]
    [InlineData("reschedule")]
    public async Task Change_UnknownSession_AnswersNotFound(string action)
    {
        var response = await _admin.Change(Guid.NewGuid(), action, SessionScenario.BodyFor(action));

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
    }
}
