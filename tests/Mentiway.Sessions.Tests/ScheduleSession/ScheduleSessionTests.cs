using System.Net;
using Mentiway.Testing;
using Xunit;

namespace Mentiway.Sessions.Tests.ScheduleSession;

public sealed class ScheduleSessionTests(MentiwayApp app) : IClassFixture<MentiwayApp>
{
    private readonly HttpClient _admin = app.ClientFor(TestPeople.Admin);

    private DateTimeOffset Now => app.Clock.GetUtcNow();

    [Fact]
    public async Task Schedule_ForAnActivePair_CreatesAScheduledSessionAtVersionOne()
    {
        var pair = await app.SettledPair(_admin);

        var response = await _admin.PostJson($"/api/pairs/{pair.PairId}/sessions", new
        {
            topic = "Giving feedback",
            start = "2026-03-10T17:00:00+01:00",
            durationMinutes = 90,
        });

        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        Assert.Equal("\"1\"", response.Headers.ETag?.Tag);
        var session = await _admin.GetSession(await response.ReadCreatedId());
        Assert.Equal("scheduled", session["status"]!.GetValue<string>());
        Assert.Equal("Giving feedback", session["topic"]!.GetValue<string>());
        Assert.Equal(new DateTimeOffset(2026, 3, 10, 16, 0, 0, TimeSpan.Zero),
            session["startsAtUtc"]!.GetValue<DateTimeOffset>());
        Assert.Equal(90, session["durationMinutes"]!.GetValue<int>());
        Assert.Equal(1, session["version"]!.GetValue<long>());
    }

    [Fact]
    public async Task Schedule_StartThatHasPassedMeanwhile_AnswersBadRequest()
    {
        var pair = await app.SettledPair(_admin);
        var start = Now.AddHours(1);

        app.Clock.Advance(TimeSpan.FromHours(2));
        var response = await _admin.TrySchedule(pair.PairId, start);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("start", await response.ReadErrorFields());
    }

    [Fact]
    public async Task Schedule_OverlappingAnotherSession_AnswersConflict()
    {
        var pair = await app.SettledPair(_admin);
        var start = Now.AddDays(3);
        await _admin.Schedule(pair.PairId, start, durationMinutes: 60);

        var response = await _admin.TrySchedule(pair.PairId, start.AddMinutes(59), durationMinutes: 30);

        Assert.Equal(HttpStatusCode.Conflict, response.StatusCode);
        Assert.Equal("overlapping", await response.ReadCurrentState());
    }

    [Fact]
    public async Task Schedule_RacingRequestsForOverlappingSlots_ExactlyOneWins()
    {
        var pair = await app.SettledPair(_admin);
        var start = Now.AddDays(5);

        var responses = await Task.WhenAll(Enumerable.Range(0, 6).Select(i =>
            _admin.TrySchedule(pair.PairId, start.AddMinutes(i * 10), durationMinutes: 60)));

        Assert.Single(responses, r => r.StatusCode == HttpStatusCode.Created);
        Assert.All(responses.Where(r => r.StatusCode != HttpStatusCode.Created),
            r => Assert.Equal(HttpStatusCode.Conflict, r.StatusCode));
    }

    [Fact]
    public async Task Schedule_RightAfterAnotherSession_IsAllowed()
    {
        var pair = await app.SettledPair(_admin);
        var start = Now.AddDays(3);
        await _admin.Schedule(pair.PairId, start, durationMinutes: 60);

        var response = await _admin.TrySchedule(pair.PairId, start.AddMinutes(60), durationMinutes: 30);

        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
    }

    [Fact]
    public async Task Schedule_OverACancelledSession_IsAllowed()
    {
        var pair = await app.SettledPair(_admin);
        var start = Now.AddDays(3);
        var cancelled = await _admin.Schedule(pair.PairId, start);
        await _admin.Change(cancelled, "cancel", new { reason = "Moved." });

        var response = await _admin.TrySchedule(pair.PairId, start);

        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
    }

    [Fact]
    public async Task Schedule_ForAClosedPair_AnswersConflict()
    {
        var pair = await app.SettledPair(_admin);
        await app.Settled(() => _admin.PostJson($"/api/pairs/{pair.PairId}/close", new { reason = "Done." }));

        var response = await _admin.TrySchedule(pair.PairId, Now.AddDays(1));

        Assert.Equal(HttpStatusCode.Conflict, response.StatusCode);
        Assert.Equal("closed", await response.ReadCurrentState());
    }

    [Fact]
    public async Task Schedule_ForAnUnknownPair_AnswersNotFound()
    {
        var response = await _admin.TrySchedule(Guid.NewGuid(), Now.AddDays(1));

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
    }

    [Theory]
    [InlineData("""{"start":"2026-12-01T10:00:00+01:00","durationMinutes":60}""", "topic")]
    [InlineData("""{"topic":" ","start":"2026-12-01T10:00:00+01:00","durationMinutes":60}""", "topic")]
    [InlineData("""{"topic":"a\nb","start":"2026-12-01T10:00:00+01:00","durationMinutes":60}""", "topic")]
    [InlineData("""{"topic":"T","durationMinutes":60}""", "start")]
    [InlineData("""{"topic":"T","start":"2026-12-01T10:00:00","durationMinutes":60}""", "start")]
    [InlineData("""{"topic":"T","start":"next tuesday","durationMinutes":60}""", "start")]
    [InlineData("""{"topic":"T","start":"9999-12-31T23:00:00Z","durationMinutes":60}""", "start")]
    [InlineData("""{"topic":"T","start":"2026-12-01T10:00:00Z"}""", "durationMinutes")]
    [InlineData("""{"topic":"T","start":"2026-12-01T10:00:00Z","durationMinutes":14}""", "durationMinutes")]
    [InlineData("""{"topic":"T","start":"2026-12-01T10:00:00Z","durationMinutes":241}""", "durationMinutes")]
    [InlineData("""{"topic":"T","start":"2026-12-01T10:00:00Z","durationMinutes":"long"}""", "durationMinutes")]
    public async Task Schedule_WithInvalidInput_AnswersBadRequestNamingTheField(string json, string field)
    {
        var pair = await app.SettledPair(_admin);

        var response = await _admin.PostRaw($"/api/pairs/{pair.PairId}/sessions", json);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains(field, await response.ReadErrorFields());
        var list = await (await _admin.GetAsync($"/api/pairs/{pair.PairId}/sessions")).ReadJson();
        Assert.Empty(list["items"]!.AsArray());
    }

    [Fact]
    public async Task Schedule_TopicOfTwoHundredAndOneCharacters_AnswersBadRequest()
    {
        var pair = await app.SettledPair(_admin);

        var response = await _admin.TrySchedule(pair.PairId, Now.AddDays(1), topic: new string('x', 201));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("topic", await response.ReadErrorFields());
    }
}
