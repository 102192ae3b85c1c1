using Mentiway.Programmes.Contracts;

namespace Mentiway.Programmes.Documents;

/// <summary>
/// One person's enrolment in one programme, with one role there. The enrolment names the person by e-mail; the first
/// token whose verified e-mail matches links the token's subject to it for good.
/// </summary>
public sealed record Participant(
    Guid Id,
    Guid ProgrammeId,
    ParticipantRole Role,
    string DisplayName,
    string Email,
    string TimeZone,
    DateTimeOffset EnrolledAt,
    string EnrolledBy,
    string? Subject = null,
    DateTimeOffset? LinkedAt = null)
{
    /// <summary>The e-mail as enrolments are matched to tokens: whatever its casing.</summary>
    public string EmailKey => Email.ToUpperInvariant();

    /// <summary>Unique per programme: a person is enrolled once in a programme, whatever the e-mail's casing.</summary>
    public string EnrolmentKey => KeyFor(ProgrammeId, Email);

    public static string KeyFor(Guid programmeId, string email) =>
        $"{programmeId:N}:{email.ToUpperInvariant()}";
}
