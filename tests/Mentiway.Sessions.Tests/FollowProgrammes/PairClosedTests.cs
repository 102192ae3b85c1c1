using System.Net;
using Mentiway.Testing;
using Xunit;

namespace Mentiway.Sessions.Tests.FollowProgrammes;

public sealed class PairClosedTests(MentiwayApp app) : IClassFixture<MentiwayApp>
{
    private readonly HttpClient _admin = app.ClientFor(TestPeople.Admin);

    [Fact]
    public async Task ClosePair_WithScheduledSessions_CancelsThemWithTheReasonAndLeavesHeldOnesAlone()
    {
        var pair = await app.SettledPair(_admin);
        var now = app.Clock.GetUtcNow();
        var held = await _admin.Schedule(pair.PairId, now.AddDays(1));
        await _admin.Change(held, "hold", new { });
        var first = await _admin.Schedule(pair.PairId, now.AddDays(8));
        var second = await _admin.Schedule(pair.PairId, now.AddDays(15));

        await app.Settled(() => _admin.PostJson($"/api/pairs/{pair.PairId}/close", new { reason = "Mentor left." }));

        foreach (var id in new[] { first, second })
        {
            var session = await _admin.GetSession(id);
            Assert.Equal("cancelled", session["status"]!.GetValue<string>());
            Assert.Equal("Mentor left.", session["cancelReason"]!.GetValue<string>());
            Assert.Equal(2, session["version"]!.GetValue<long>());
        }

        Assert.Equal("held", (await _admin.GetSession(held))["status"]!.GetValue<string>());
    }

    [Fact]
    public async Task PairClosed_DeliveredTwice_CancelsEachSessionOnce()
    {
        var pair = await app.SettledPair(_admin);
        var sessionId = await _admin.Schedule(pair.PairId, app.Clock.GetUtcNow().AddDays(1));
        var closed = new Programmes.Contracts.PairClosed(
            pair.PairId, pair.ProgrammeId, "Done.", app.Clock.GetUtcNow(), "test-admin");

        await app.Settled(() => app.Publish(closed));
        await app.Settled(() => app.Publish(closed));

        var session = await _admin.GetSession(sessionId);
        Assert.Equal("cancelled", session["status"]!.GetValue<string>());
        Assert.Equal(2, session["version"]!.GetValue<long>());
        var response = await _admin.TrySchedule(pair.PairId, app.Clock.GetUtcNow().AddDays(3));
        Assert.Equal(HttpStatusCode.Conflict, response.StatusCode);
    }
}
