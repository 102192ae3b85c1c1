namespace Mentiway.Homework.Documents;

// What the Homework module knows of other modules, learned only from their contract messages. Each is replaced
// whole by the newest message, so a message delivered twice changes nothing.

/// <summary>A programme's usual number of days between a pair's sessions, for default due moments.</summary>
public sealed record KnownProgramme(Guid Id, int CadenceDays);

/// <summary>A participant's IANA time zone, for due dates given as a day.</summary>
public sealed record KnownParticipant(Guid Id, Guid ProgrammeId, string TimeZone);

public sealed record KnownPair(Guid Id, Guid ProgrammeId, Guid MentorId, Guid MenteeId, bool IsClosed);

public enum KnownSessionStatus
{
    Scheduled,
    Held,
    Cancelled,
}

public sealed record KnownSession(
    Guid Id,
    Guid PairId,
    Guid ProgrammeId,
    DateTimeOffset StartsAt,
    KnownSessionStatus Status);
