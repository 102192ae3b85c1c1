namespace Mentiway.Sessions.Events;

// The events of one session's stream. Marten stores their type names: a rename is a migration.
// Instants are UTC; actors are token subjects.

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
    DateTimeOffset StartsAt,
    int DurationMinutes,
    DateTimeOffset RescheduledAt,
    string RescheduledBy);

public sealed record SessionCancelled(Guid SessionId, string Reason, DateTimeOffset CancelledAt, string CancelledBy);

public sealed record SessionHeld(Guid SessionId, string? Notes, DateTimeOffset HeldAt, string HeldBy);

public sealed record SessionAgendaTemplateReplaced(
    Guid SessionId,
    string Template,
    DateTimeOffset ReplacedAt,
    string ReplacedBy);

public sealed record SessionAgendaTemplateReset(Guid SessionId, DateTimeOffset ResetAt, string ResetBy);
