using System.Net;
using Mentiway.Host.Identity;

namespace Mentiway.Testing;

/// <summary>Builds programmes, participants and pairs through the API, for tests that need them as a setting.</summary>
public static class ProgrammeScenario
{
    public static async Task<Guid> LaunchProgramme(this HttpClient api, string name = "Growing as a team lead")
    {
        var response = await api.PostJson("/api/programmes", new
        {
            name,
            description = "For new team leads.",
            goal = "Lead with confidence.",
            cadenceDays = 21,
            startsOn = new DateOnly(2026, 1, 5),
            endsOn = new DateOnly(2026, 12, 18),
        });

        return await response.ReadCreatedId();
    }

    public static async Task<Guid> Enrol(
        this HttpClient api,
        Guid programmeId,
        string role,
        string timeZone = "Europe/Warsaw",
        string? email = null) =>
        await (await api.TryEnrol(programmeId, role, timeZone, email)).ReadCreatedId();

    public static async Task<HttpResponseMessage> TryEnrol(
        this HttpClient api,
        Guid programmeId,
        string role = "mentee",
        string timeZone = "Europe/Warsaw",
        string? email = null) =>
        await api.PostJson($"/api/programmes/{programmeId}/participants", new
        {
            displayName = $"A {role}",
            email = email ?? $"{role}.{Guid.NewGuid():N}@test.example",
            role,
            timeZone,
        });

    public static async Task<HttpResponseMessage> TryFormPair(
        this HttpClient api,
        Guid programmeId,
        Guid mentorId,
        Guid menteeId) =>
        await api.PostJson($"/api/programmes/{programmeId}/pairs", new
        {
            mentorId,
            menteeId,
            goal = "Give feedback well.",
        });

    /// <summary>
    /// A new programme with a pair of <see cref="TestPeople.Mentor"/> and <see cref="TestPeople.Mentee"/> (or the
    /// people given), enrolled under their tokens' e-mails, so that their tokens act as that pair.
    /// </summary>
    public static async Task<PairSetting> FormPair(
        this HttpClient api,
        string mentorZone = "Europe/Warsaw",
        string menteeZone = "America/Chicago",
        TokenPerson? mentor = null,
        TokenPerson? mentee = null)
    {
        var programmeId = await api.LaunchProgramme();
        var mentorId = await api.Enrol(programmeId, "mentor", mentorZone, (mentor ?? TestPeople.Mentor).Email);
        var menteeId = await api.Enrol(programmeId, "mentee", menteeZone, (mentee ?? TestPeople.Mentee).Email);
        var response = await api.TryFormPair(programmeId, mentorId, menteeId);
        if (response.StatusCode != HttpStatusCode.Created)
        {
            throw new InvalidOperationException($"Forming the pair answered {response.StatusCode}.");
        }

        return new PairSetting(programmeId, await response.ReadCreatedId(), mentorId, menteeId);
    }
}

public sealed record PairSetting(Guid ProgrammeId, Guid PairId, Guid MentorId, Guid MenteeId);
