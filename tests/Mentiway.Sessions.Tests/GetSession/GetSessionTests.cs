using System.Net;
using Mentiway.Testing;
using Xunit;

namespace Mentiway.Sessions.Tests.GetSession;

/// <summary>The clock stays at 2 March 2026 here, so the fixed dates around summer-time changes lie ahead.</summary>
public sealed class GetSessionTests(MentiwayApp app) : IClassFixture<MentiwayApp>
{
    private readonly HttpClient _admin = app.ClientFor(TestPeople.Admin);

    // The US moves to summer time on 8 March 2026, the EU on 29 March 2026.
    [Theory]
    [InlineData("2026-03-05T17:00:00Z", "2026-03-05T18:00:00+01:00", "2026-03-05T11:00:00-06:00")]
    [InlineData("2026-03-09T17:00:00Z", "2026-03-09T18:00:00+01:00", "2026-03-09T12:00:00-05:00")]
    [InlineData("2026-03-30T17:00:00Z", "2026-03-30T19:00:00+02:00", "2026-03-30T12:00:00-05:00")]
    public async Task Get_AcrossDaylightSavingChanges_ShowsTheStartInEachPersonsZone(
        string start,
        string mentorLocal,
        string menteeLocal)
    {
        var pair = await app.SettledPair(_admin, mentorZone: "Europe/Warsaw", menteeZone: "America/Chicago");
        var sessionId = await _admin.Schedule(pair.PairId, DateTimeOffset.Parse(start, null));

        var response = await _admin.GetAsync($"/api/sessions/{sessionId}");

        Assert.Equal("\"1\"", response.Headers.ETag?.Tag);
        var session = await response.ReadJson();
        Assert.Equal(start.Replace("Z", "+00:00", StringComparison.Ordinal),
            session["startsAtUtc"]!.GetValue<DateTimeOffset>().ToString("yyyy-MM-dd'T'HH:mm:sszzz", null));
        Assert.Equal(mentorLocal, session["mentorStart"]!["local"]!.GetValue<string>());
        Assert.Equal("Europe/Warsaw", session["mentorStart"]!["timeZone"]!.GetValue<string>());
        Assert.Equal(menteeLocal, session["menteeStart"]!["local"]!.GetValue<string>());
        Assert.Equal("America/Chicago", session["menteeStart"]!["timeZone"]!.GetValue<string>());
    }

    [Fact]
    public async Task Get_AfterTheMenteeMoved_ShowsTheNewZone()
    {
        var pair = await app.SettledPair(_admin);
        var sessionId = await _admin.Schedule(pair.PairId, new DateTimeOffset(2026, 4, 1, 8, 0, 0, TimeSpan.Zero));

        await app.Settled(() =>
            _admin.PatchJson($"/api/participants/{pair.MenteeId}", new { timeZone = "Asia/Tokyo" }));

        var session = await _admin.GetSession(sessionId);
        Assert.Equal("2026-04-01T17:00:00+09:00", session["menteeStart"]!["local"]!.GetValue<string>());
    }

    [Fact]
    public async Task Get_UnknownSession_AnswersNotFound()
    {
        var response = await _admin.GetAsync($"/api/sessions/{Guid.NewGuid()}");

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
    }

    [Fact]
    public async Task List_PairsSessions_AreInStartOrderAndPaged()
    {
        var pair = await app.SettledPair(_admin);
        var late = await _admin.Schedule(pair.PairId, new DateTimeOffset(2026, 5, 1, 8, 0, 0, TimeSpan.Zero));
        var early = await _admin.Schedule(pair.PairId, new DateTimeOffset(2026, 3, 20, 8, 0, 0, TimeSpan.Zero));
        var middle = await _admin.Schedule(pair.PairId, new DateTimeOffset(2026, 4, 10, 8, 0, 0, TimeSpan.Zero));

        var first = await (await _admin.GetAsync($"/api/pairs/{pair.PairId}/sessions?pageSize=2")).ReadJson();
        var second = await (await _admin.GetAsync($"/api/pairs/{pair.PairId}/sessions?page=2&pageSize=2")).ReadJson();

        Assert.Equal([early, middle], first["items"]!.AsArray().Select(x => x!["id"]!.GetValue<Guid>()));
        Assert.True(first["hasNextPage"]!.GetValue<bool>());
        Assert.Equal(3, first["totalItems"]!.GetValue<long>());
        Assert.Equal([late], second["items"]!.AsArray().Select(x => x!["id"]!.GetValue<Guid>()));
    }

    [Theory]
    // Paging errors are named as in the Programmes module's lists (the shared page validator is nested).
    [InlineData("page=0", "page")]
    [InlineData("pageSize=201", "pageSize")]
    public async Task List_WithBadPaging_AnswersBadRequest(string query, string field)
    {
        var pair = await app.SettledPair(_admin);

        var response = await _admin.GetAsync($"/api/pairs/{pair.PairId}/sessions?{query}");

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal([field], await response.ReadErrorFields());
    }

    [Fact]
    public async Task List_UnknownPair_AnswersNotFound()
    {
        var response = await _admin.GetAsync($"/api/pairs/{Guid.NewGuid()}/sessions");

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
    }
}
