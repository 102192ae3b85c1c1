using Mentiway.Host.Demo;
using Mentiway.Testing;
using Microsoft.Extensions.Time.Testing;
using Snapshooter;
using Snapshooter.Xunit;
using Xunit;

namespace Mentiway.Host.Tests.Demo;

/// <summary>
/// Replays the demo's walk-through against a test host with a fixed "today", so that its agendas can be compared
/// with committed snapshots, and so that a change which breaks the demo's history breaks a test first.
/// </summary>
public sealed class DemoWalkThroughTests(MentiwayApp app) : IClassFixture<MentiwayApp>
{
    // The history then spans the end of summer time in Europe (25 October) and in the US (1 November).
    private static readonly DateOnly Today = new(2026, 11, 12);

    [Fact]
    public async Task WalkThrough_EachAgenda_OpensWithTheResultsSinceLastTimeInEachReadersZone()
    {
        using var http = app.CreateClient();
        var api = new DemoApi(http, new TokenSource(app.Tokens));

        var ids = await new DemoHistory(api, new FakeTimeMachine(app.Clock, Today)).BuildAsync(CancellationToken.None);

        // Each reads their own agenda: a mentee never gets the mentor's, whatever they ask for.
        using var mentee = app.ClientFor(DemoPeople.Mentee.Token);
        using var mentor = app.ClientFor(DemoPeople.Mentor.Token);
        for (var session = 2; session <= DemoHistory.SessionCount; session++)
        {
            foreach (var (reader, client) in new[] { ("mentee", mentee), ("mentor", mentor) })
            {
                var route = $"/api/sessions/{ids.SessionIds[session - 1]}/agenda?for={reader}";
                var agenda = await client.GetStringAsync(route);

                Snapshot.Match(agenda, SnapshotNameExtension.Create($"session{session}", reader));
            }
        }
    }

    private sealed class FakeTimeMachine(FakeTimeProvider clock, DateOnly today) : ITimeMachine
    {
        public DateOnly Today => today;

        public void Travel(DateTimeOffset to) => clock.SetUtcNow(to);

        public void ReturnToPresent() => clock.SetUtcNow(new DateTimeOffset(today, new TimeOnly(9, 0), TimeSpan.Zero));
    }
}
