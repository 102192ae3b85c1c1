using Mentiway.Homework.Contracts;

namespace Mentiway.Homework.Items;

// The events of one homework item's stream. Stored names (see HomeworkEventNames): a rename is a migration.
// Each carries who did it and when by the injected clock, because the demo writes history with a moved clock and
// Marten's own timestamp would then disagree with the domain's "when".

/// <summary>What every event of an item's stream carries: the actor's subject and the moment of the change.</summary>
public interface IHomeworkEvent
{
    string By { get; }

    DateTimeOffset At { get; }
}

public sealed record HomeworkAssigned(
    Guid HomeworkId,
    Guid SessionId,
    Guid PairId,
    HomeworkAssignee Assignee,
    Guid AssigneeId,
    string Title,
    string Instructions,
    DateTimeOffset DueAt,
    string By,
    DateTimeOffset At) : IHomeworkEvent;

public sealed record HomeworkStarted(string By, DateTimeOffset At) : IHomeworkEvent;

public sealed record HomeworkProgressNoted(string Note, string By, DateTimeOffset At) : IHomeworkEvent;

public sealed record HomeworkEdited(string Title, string Instructions, string By, DateTimeOffset At) : IHomeworkEvent;

public sealed record HomeworkSubmitted(
    string Results,
    string Reflection,
    string By,
    DateTimeOffset At) : IHomeworkEvent;

public sealed record HomeworkDueChanged(DateTimeOffset DueAt, string By, DateTimeOffset At) : IHomeworkEvent;

/// <summary>The item moved to another session of the pair; it is then due at that session's start.</summary>
public sealed record HomeworkCarriedOver(
    Guid FromSessionId,
    Guid ToSessionId,
    DateTimeOffset DueAt,
    string? Reason,
    string By,
    DateTimeOffset At) : IHomeworkEvent;

/// <summary>Its session was cancelled and the pair had no later one: the item waits, open, for the next.</summary>
public sealed record HomeworkAwaitingSession(Guid CancelledSessionId, string Reason, string By, DateTimeOffset At)
    : IHomeworkEvent;

public sealed record HomeworkCancelled(string Reason, string By, DateTimeOffset At) : IHomeworkEvent;

public sealed record HomeworkFeedbackReceived(
    Guid FeedbackId,
    string Outcome,
    string? WentWell,
    string? ToImprove,
    string? NextStep,
    string By,
    DateTimeOffset At) : IHomeworkEvent;
