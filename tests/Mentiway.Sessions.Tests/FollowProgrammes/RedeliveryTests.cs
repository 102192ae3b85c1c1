using System.Net;
using Mentiway.Programmes.Contracts;
using Mentiway.Testing;
using Xunit;

namespace Mentiway.Sessions.Tests.FollowProgrammes;

/// <summary>Messages may come twice or late; the module's copies never go back to an older state.</summary>
public sealed class RedeliveryTests(MentiwayApp app) : IClassFixture<MentiwayApp>
{
    private readonly HttpClient _admin = app.ClientFor(TestPeople.Admin);

    [Fact]
    public async Task ParticipantUpdated_OlderThanTheKnownChange_IsIgnored()
    {
        var pair = await app.SettledPair(_admin, menteeZone: "America/Chicago");
        var sessionId = await _admin.Schedule(pair.PairId, new DateTimeOffset(2026, 4, 1, 8, 0, 0, TimeSpan.Zero));
        var stale = new ParticipantUpdated(
            pair.MenteeId, pair.ProgrammeId, "Old name", "Asia/Tokyo", DateTimeOffset.UnixEpoch, "test-admin");

        await app.Settled(() => app.Publish(stale));

        var session = await _admin.GetSession(sessionId);
        Assert.Equal("America/Chicago", session["menteeStart"]!["timeZone"]!.GetValue<string>());
    }

    [Fact]
    public async Task PairFormed_RedeliveredAfterTheClose_DoesNotReopenThePair()
    {
        var pair = await app.SettledPair(_admin);
        await app.Settled(() => _admin.PostJson($"/api/pairs/{pair.PairId}/close", new { reason = "Done." }));
        var formed = new PairFormed(
            pair.PairId, pair.ProgrammeId, pair.MentorId, pair.MenteeId, DateTimeOffset.UnixEpoch, "test-admin");

        await app.Settled(() => app.Publish(formed));

        var response = await _admin.TrySchedule(pair.PairId, app.Clock.GetUtcNow().AddDays(1));
        Assert.Equal(HttpStatusCode.Conflict, response.StatusCode);
        Assert.Equal("closed", await response.ReadCurrentState());
    }

    [Fact]
    public async Task PairFormed_ArrivingAfterTheClose_NamesThePairsPeopleButKeepsItClosed()
    {
        var programmeId = await _admin.LaunchProgramme();
        var (mentorId, menteeId) = await app.Settled(async () => (
            await _admin.Enrol(programmeId, "mentor", email: TestPeople.Mentor.Email),
            await _admin.Enrol(programmeId, "mentee", email: TestPeople.Mentee.Email)));
        var pairId = Guid.NewGuid();

        await app.Settled(() => app.Publish(
            new PairClosed(pairId, programmeId, "Done.", DateTimeOffset.UnixEpoch, "test-admin")));
        await app.Settled(() => app.Publish(
            new PairFormed(pairId, programmeId, mentorId, menteeId, DateTimeOffset.UnixEpoch, "test-admin")));

        var mentor = await app.ClientFor(TestPeople.Mentor).GetAsync($"/api/pairs/{pairId}/sessions");
        var stranger = await app.ClientFor(TestPeople.Stranger).GetAsync($"/api/pairs/{pairId}/sessions");
        Assert.Equal(HttpStatusCode.OK, mentor.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, stranger.StatusCode);
        var response = await _admin.TrySchedule(pairId, app.Clock.GetUtcNow().AddDays(1));
        Assert.Equal(HttpStatusCode.Conflict, response.StatusCode);
        Assert.Equal("closed", await response.ReadCurrentState());
    }
}
