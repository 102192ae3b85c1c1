using Mentiway.Host.Identity;
using Mentiway.Programmes.Contracts;

namespace Mentiway.Host.Demo;

/// <summary>The people of the demo programme: who they are, where they live, and what they do in it.</summary>
internal static class DemoPeople
{
    public static readonly DemoPerson Admin = new(
        new TokenPerson("demo-admin", "Ada Admin", "ada.admin@mentiway.example", IsAdmin: true),
        Role: null,
        TimeZone: "Europe/London");

    public static readonly DemoPerson Coordinator = new(
        new TokenPerson("demo-coordinator", "Olga Kowalska", "olga.kowalska@mentiway.example"),
        ParticipantRole.Coordinator,
        "Europe/Warsaw");

    public static readonly DemoPerson Mentor = new(
        new TokenPerson("demo-mentor", "Maria Nowak", "maria.nowak@mentiway.example"),
        ParticipantRole.Mentor,
        "Europe/Warsaw");

    public static readonly DemoPerson Mentee = new(
        new TokenPerson("demo-mentee", "Jordan Miller", "jordan.miller@mentiway.example"),
        ParticipantRole.Mentee,
        "America/Chicago");

    public static IReadOnlyList<DemoPerson> All { get; } = [Admin, Coordinator, Mentor, Mentee];
}

internal sealed record DemoPerson(TokenPerson Token, ParticipantRole? Role, string TimeZone)
{
    public string Key => Token.Subject["demo-".Length..];
}
