using System.Net;
using Marten;
using Mentiway.Host.Identity;
using Mentiway.Testing;
using Microsoft.Extensions.DependencyInjection;
using Xunit;

namespace Mentiway.Sessions.Tests.Access;

/// <summary>
/// A pair of <see cref="TestPeople.Mentor"/> and <see cref="TestPeople.Mentee"/>, <see cref="TestPeople.Coordinator"/>
/// coordinating their programme, and a second pair in the same programme, whose people may see nothing of the first
/// pair's sessions. The Sessions module has heard of everyone before the circle is handed out.
/// </summary>
public sealed record PairCircle(PairSetting Pair, Guid CoordinatorId, PairSetting OtherPair)
{
    public static readonly TokenPerson OtherMentor = new("test-other-mentor", "Olga Other", "olga@test.example");

    public static readonly TokenPerson OtherMentee = new("test-other-mentee", "Otto Other", "otto@test.example");

    public static async Task<PairCircle> Build(MentiwayApp app, HttpClient admin)
    {
        var pair = await app.SettledPair(admin);

        return await app.Settled(async () =>
        {
            var coordinatorId = await admin.Enrol(
                pair.ProgrammeId, "coordinator", email: TestPeople.Coordinator.Email);
            var otherMentorId = await admin.Enrol(pair.ProgrammeId, "mentor", email: OtherMentor.Email);
            var otherMenteeId = await admin.Enrol(pair.ProgrammeId, "mentee", email: OtherMentee.Email);
            var formed = await admin.TryFormPair(pair.ProgrammeId, otherMentorId, otherMenteeId);
            Assert.Equal(HttpStatusCode.Created, formed.StatusCode);
            var otherPair = new PairSetting(
                pair.ProgrammeId, await formed.ReadCreatedId(), otherMentorId, otherMenteeId);

            return new PairCircle(pair, coordinatorId, otherPair);
        });
    }

    /// <summary>The callers tests name in their data: the pair's people, the other pair's, admin, a stranger.</summary>
    public static TokenPerson Person(string who) => who switch
    {
        "admin" => TestPeople.Admin,
        "coordinator" => TestPeople.Coordinator,
        "mentor" => TestPeople.Mentor,
        "mentee" => TestPeople.Mentee,
        "other mentor" => OtherMentor,
        "other mentee" => OtherMentee,
        "stranger" => TestPeople.Stranger,
        _ => throw new ArgumentOutOfRangeException(nameof(who), who, "Nobody of that name in the circle."),
    };

    /// <summary>Who caused a session's latest event: the headers and user name the unit of work wrote on it.</summary>
    public static async Task<(string? Subject, string? ParticipantId, string? UserName)> LastCause(
        MentiwayApp app,
        Guid sessionId)
    {
        await using var query = app.Services.GetRequiredService<IDocumentStore>().QuerySession();
        var events = await query.Events.FetchStreamAsync(sessionId);
        var last = events[^1];

        return (Header(last.Headers, "actingSubject"), Header(last.Headers, "actingParticipantId"), last.UserName);
    }

    private static string? Header(Dictionary<string, object>? headers, string name) =>
        headers is not null && headers.TryGetValue(name, out var value) ? value?.ToString() : null;
}
