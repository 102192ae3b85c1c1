namespace Mentiway.Sessions.Contracts;

// What the Sessions module tells the others. Stored names: a rename is a migration.
// Instants are UTC. Actors are token subjects.

public sealed record SessionScheduled(
    Guid SessionId,
    Guid PairId,
    Guid ProgrammeId,
    string Topic,
    DateTimeOffset StartsAt,
    int DurationMinutes,
    DateTimeOffset ScheduledAt,
    string ScheduledBy);

public sealed record SessionRescheduled(
    Guid SessionId,
    Guid PairId,
    DateTimeOffset StartsAt,
    int DurationMinutes,
    DateTimeOffset RescheduledAt,
    string RescheduledBy);

public sealed record SessionCancelled(
    Guid SessionId,
    Guid PairId,
    string Reason,
    DateTimeOffset CancelledAt,
    string CancelledBy);

public sealed record SessionHeld(
    Guid SessionId,
    Guid PairId,
    DateTimeOffset HeldAt,
    string HeldBy);
