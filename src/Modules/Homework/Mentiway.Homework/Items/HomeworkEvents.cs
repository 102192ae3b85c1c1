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
    DateTimeOffset At,
    HomeworkFukoNote? Fuko = null) : IHomeworkEvent;

/// <summary>
/// The assignee asked co-workers for feedback: how many, never who (addresses stay in the Feedback module).
/// </summary>
public sealed record HomeworkCoworkerFeedbackRequested(
    Guid RequestId,
    string Question,
    int InvitedCount,
    bool Anonymous,
    DateTimeOffset ExpiresAt,
    string By,
    DateTimeOffset At) : IHomeworkEvent;

/// <summary>
/// A co-worker answered through their link. Never who: the answerer has no account, so By is a fixed label and no
/// identity of theirs reaches the stream, whether the request was anonymous or not.
/// </summary>
public sealed record HomeworkCoworkerFeedbackAnswered(
    Guid AnswerId,
    Guid RequestId,
    string Answer,
    bool Anonymous,
    string By,
    DateTimeOffset At) : IHomeworkEvent
{
    public const string Answerer = "co-worker";
}

/// <summary>The assignee's self-reflection (rating 1 to 5) from the Feedback module; a later one replaces it.</summary>
public sealed record HomeworkSelfReflectionAdded(int SelfRating, string Text, string By, DateTimeOffset At)
    : IHomeworkEvent;

/// <summary>
/// A comment of the item's conversation; By is its author, the only one who may edit it. The author's participant
/// and role in the pair, when they wrote as one of the pair (none for an admin from outside the programme, nor on
/// comments written before participants were known).
/// </summary>
public sealed record HomeworkCommentWritten(
    Guid CommentId,
    string Text,
    string By,
    DateTimeOffset At,
    Guid? AuthorParticipantId = null,
    PairRole? AuthorRole = null) : IHomeworkEvent;

/// <summary>Its author changed a comment's text; every edit stays in the history.</summary>
public sealed record HomeworkCommentEdited(Guid CommentId, string Text, string By, DateTimeOffset At)
    : IHomeworkEvent;
