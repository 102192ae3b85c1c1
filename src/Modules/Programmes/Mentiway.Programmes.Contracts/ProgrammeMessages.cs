namespace Mentiway.Programmes.Contracts;

// What the Programmes module tells the others. Wolverine routes by full type name and stores these in its outbox:
// the names and namespaces are part of the public contract, so a rename is a migration.

/// <summary>A programme was launched. Cadence is the usual number of days between a pair's sessions.</summary>
public sealed record ProgrammeLaunched(
    Guid ProgrammeId,
    int CadenceDays,
    DateOnly StartsOn,
    DateOnly EndsOn,
    DateTimeOffset LaunchedAt,
    string LaunchedBy);

public enum ParticipantRole
{
    Mentor,
    Mentee,
    Coordinator,
}

/// <summary>
/// A person was enrolled in a programme. Name and e-mail travel here because other modules show and address
/// people; each module keeps them in documents it can erase, never in events.
/// </summary>
public sealed record ParticipantEnrolled(
    Guid ParticipantId,
    Guid ProgrammeId,
    ParticipantRole Role,
    string DisplayName,
    string Email,
    string TimeZone,
    DateTimeOffset EnrolledAt,
    string EnrolledBy);

/// <summary>A participant's name or time zone changed; both current values are given.</summary>
public sealed record ParticipantUpdated(
    Guid ParticipantId,
    Guid ProgrammeId,
    string DisplayName,
    string TimeZone,
    DateTimeOffset UpdatedAt,
    string UpdatedBy);

public sealed record PairFormed(
    Guid PairId,
    Guid ProgrammeId,
    Guid MentorId,
    Guid MenteeId,
    DateTimeOffset FormedAt,
    string FormedBy);

public sealed record PairClosed(
    Guid PairId,
    Guid ProgrammeId,
    string Reason,
    DateTimeOffset ClosedAt,
    string ClosedBy);
