using Mentiway.Sessions.Events;

namespace Mentiway.Sessions.ReadModels;

public enum SessionStatus
{
    Scheduled,
    Held,
    Cancelled,
}

/// <summary>
/// The current state of one session, projected inline from its stream. Marten sets <see cref="Version"/> to the
/// stream version, which the API hands out as the ETag.
/// </summary>
public sealed class Session
{
    public Guid Id { get; set; }

    public Guid PairId { get; set; }

    public Guid ProgrammeId { get; set; }

    public string Topic { get; set; } = string.Empty;

    public DateTimeOffset StartsAt { get; set; }

    public DateTimeOffset EndsAt { get; set; }

    public int DurationMinutes { get; set; }

    public SessionStatus Status { get; set; }

    public string? Notes { get; set; }

    public string? CancelReason { get; set; }

    public string? AgendaTemplate { get; set; }

    public long Version { get; set; }

    public static Session Create(SessionScheduled scheduled) => new()
    {
        Id = scheduled.SessionId,
        PairId = scheduled.PairId,
        ProgrammeId = scheduled.ProgrammeId,
        Topic = scheduled.Topic,
        StartsAt = scheduled.StartsAt,
        EndsAt = scheduled.StartsAt.AddMinutes(scheduled.DurationMinutes),
        DurationMinutes = scheduled.DurationMinutes,
        Status = SessionStatus.Scheduled,
    };

    public void Apply(SessionRescheduled rescheduled)
    {
        StartsAt = rescheduled.StartsAt;
        DurationMinutes = rescheduled.DurationMinutes;
        EndsAt = rescheduled.StartsAt.AddMinutes(rescheduled.DurationMinutes);
    }

    public void Apply(SessionCancelled cancelled)
    {
        Status = SessionStatus.Cancelled;
        CancelReason = cancelled.Reason;
    }

    public void Apply(SessionHeld held)
    {
        Status = SessionStatus.Held;
        Notes = held.Notes;
    }

    public void Apply(SessionAgendaTemplateReplaced replaced) => AgendaTemplate = replaced.Template;

    public void Apply(SessionAgendaTemplateReset reset) => AgendaTemplate = null;

    public string StatusText => Status.ToString().ToLowerInvariant();
}
