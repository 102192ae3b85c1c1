using Mentiway.Programmes.Contracts;

namespace Mentiway.Programmes.Documents;

/// <summary>One person's enrolment in one programme, with one role there.</summary>
public sealed record Participant(
    Guid Id,
    Guid ProgrammeId,
    ParticipantRole Role,
    string DisplayName,
    string Email,
    string TimeZone,
    DateTimeOffset EnrolledAt,
    string EnrolledBy)
{
    /// <summary>Unique per programme: a person is enrolled once in a programme, whatever the e-mail's casing.</summary>
    public string EnrolmentKey => KeyFor(ProgrammeId, Email);

    public static string KeyFor(Guid programmeId, string email) =>
        $"{programmeId:N}:{email.ToUpperInvariant()}";
}
