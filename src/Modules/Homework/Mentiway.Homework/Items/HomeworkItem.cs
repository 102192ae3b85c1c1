using JasperFx.Events;
using Mentiway.Homework.Contracts;

namespace Mentiway.Homework.Items;

public sealed record ProgressNote(string Note, string By, DateTimeOffset At);

/// <summary>
/// One comment of the item's conversation. EditedAt is set once its author edited it; the author's participant is
/// known when they wrote as one of the pair.
/// </summary>
public sealed record HomeworkComment(
    Guid Id,
    string AuthorSubject,
    Guid? AuthorParticipantId,
    string Text,
    DateTimeOffset WrittenAt,
    DateTimeOffset? EditedAt);

public sealed record SelfReflection(int SelfRating, string Text, string By, DateTimeOffset At);

/// <summary>
/// One homework item as its stream tells it: the inline snapshot the API reads, and the state the lifecycle
/// decides on. Immutable: each event gives a new state, so a replay "as of" a moment folds the same methods.
/// </summary>
public sealed record HomeworkItem
{
    public Guid Id { get; init; }

    public long Version { get; set; }

    public Guid PairId { get; init; }

    public Guid SetAtSessionId { get; init; }

    public Guid CurrentSessionId { get; init; }

    /// <summary>Every session the item was set at or carried over to, for the sessions' homework lists.</summary>
    public IReadOnlyList<Guid> SessionIds { get; init; } = [];

    public HomeworkAssignee Assignee { get; init; }

    public Guid AssigneeId { get; init; }

    public string Title { get; init; } = string.Empty;

    public string Instructions { get; init; } = string.Empty;

    public HomeworkStatus Status { get; init; }

    public DateTimeOffset DueAt { get; init; }

    public bool AwaitingSession { get; init; }

    public string? Results { get; init; }

    public string? Reflection { get; init; }

    public string? CancelReason { get; init; }

    public IReadOnlyList<ProgressNote> ProgressNotes { get; init; } = [];

    public IReadOnlyList<HomeworkFeedbackNote> Feedback { get; init; } = [];

    public IReadOnlyList<Guid> FeedbackIds { get; init; } = [];

    /// <summary>Co-worker requests and answers on the stream, so that a redelivered message appends nothing.</summary>
    public IReadOnlyList<Guid> CoworkerRequestIds { get; init; } = [];

    public IReadOnlyList<Guid> CoworkerAnswerIds { get; init; } = [];

    /// <summary>The latest self-reflection from the Feedback module (a later one replaces it).</summary>
    public SelfReflection? SelfReflection { get; init; }

    public IReadOnlyList<HomeworkComment> Comments { get; init; } = [];

    public DateTimeOffset AssignedAt { get; init; }

    public string AssignedBy { get; init; } = string.Empty;

    public DateTimeOffset LastChangedAt { get; init; }

    public bool IsOpen => Status is HomeworkStatus.Assigned or HomeworkStatus.InProgress;

    public bool IsOverdueAt(DateTimeOffset now) => IsOpen && now > DueAt;

    public static HomeworkItem Create(HomeworkAssigned e) => new()
    {
        Id = e.HomeworkId,
        PairId = e.PairId,
        SetAtSessionId = e.SessionId,
        CurrentSessionId = e.SessionId,
        SessionIds = [e.SessionId],
        Assignee = e.Assignee,
        AssigneeId = e.AssigneeId,
        Title = e.Title,
        Instructions = e.Instructions,
        Status = HomeworkStatus.Assigned,
        DueAt = e.DueAt,
        AssignedAt = e.At,
        AssignedBy = e.By,
        LastChangedAt = e.At,
    };

    public HomeworkItem Apply(HomeworkStarted e) =>
        this with { Status = HomeworkStatus.InProgress, LastChangedAt = e.At };

    public HomeworkItem Apply(HomeworkProgressNoted e) =>
        this with { ProgressNotes = [.. ProgressNotes, new ProgressNote(e.Note, e.By, e.At)], LastChangedAt = e.At };

    public HomeworkItem Apply(HomeworkEdited e) =>
        this with { Title = e.Title, Instructions = e.Instructions, LastChangedAt = e.At };

    public HomeworkItem Apply(HomeworkSubmitted e) => this with
    {
        Status = HomeworkStatus.Submitted,
        Results = e.Results,
        Reflection = e.Reflection,
        LastChangedAt = e.At,
    };

    public HomeworkItem Apply(HomeworkDueChanged e) => this with { DueAt = e.DueAt, LastChangedAt = e.At };

    public HomeworkItem Apply(HomeworkCarriedOver e) => this with
    {
        CurrentSessionId = e.ToSessionId,
        SessionIds = SessionIds.Contains(e.ToSessionId) ? SessionIds : [.. SessionIds, e.ToSessionId],
        DueAt = e.DueAt,
        AwaitingSession = false,
        LastChangedAt = e.At,
    };

    public HomeworkItem Apply(HomeworkAwaitingSession e) => this with { AwaitingSession = true, LastChangedAt = e.At };

    public HomeworkItem Apply(HomeworkCancelled e) => this with
    {
        Status = HomeworkStatus.Cancelled,
        CancelReason = e.Reason,
        AwaitingSession = false,
        LastChangedAt = e.At,
    };

    public HomeworkItem Apply(HomeworkFeedbackReceived e) => this with
    {
        Status = e.Outcome == FeedbackOutcomes.Accepted ? HomeworkStatus.Completed : HomeworkStatus.InProgress,
        Feedback =
        [
            .. Feedback,
            new HomeworkFeedbackNote(e.Outcome, e.WentWell, e.ToImprove, e.NextStep, e.At, e.Fuko),
        ],
        FeedbackIds = [.. FeedbackIds, e.FeedbackId],
        LastChangedAt = e.At,
    };

    public HomeworkItem Apply(HomeworkCoworkerFeedbackRequested e) =>
        this with { CoworkerRequestIds = [.. CoworkerRequestIds, e.RequestId], LastChangedAt = e.At };

    public HomeworkItem Apply(HomeworkCoworkerFeedbackAnswered e) =>
        this with { CoworkerAnswerIds = [.. CoworkerAnswerIds, e.AnswerId], LastChangedAt = e.At };

    public HomeworkItem Apply(HomeworkSelfReflectionAdded e) =>
        this with { SelfReflection = new SelfReflection(e.SelfRating, e.Text, e.By, e.At), LastChangedAt = e.At };

    public HomeworkItem Apply(HomeworkCommentWritten e) => this with
    {
        Comments =
        [
            .. Comments,
            new HomeworkComment(e.CommentId, e.By, e.AuthorParticipantId, e.Text, e.At, EditedAt: null),
        ],
        LastChangedAt = e.At,
    };

    public HomeworkItem Apply(HomeworkCommentEdited e) => this with
    {
        Comments = [.. Comments.Select(c => c.Id == e.CommentId ? c with { Text = e.Text, EditedAt = e.At } : c)],
        LastChangedAt = e.At,
    };

    /// <summary>The state after one more event (the caller sets the version the stream gives it).</summary>
    public HomeworkItem Then(IHomeworkEvent e) => Evolve(this, e);

    /// <summary>Folds stored events into the item, for reading it as it stood at a past moment.</summary>
    public static HomeworkItem? Replay(IEnumerable<IEvent> events)
    {
        HomeworkItem? item = null;
        foreach (var stored in events)
        {
            item = Evolve(item, (IHomeworkEvent)stored.Data) with { Version = stored.Version };
        }

        return item;
    }

    private static HomeworkItem Evolve(HomeworkItem? item, IHomeworkEvent e) => (item, e) switch
    {
        (null, HomeworkAssigned assigned) => Create(assigned),
        (null, _) => throw new InvalidOperationException("A homework stream must begin with its assignment."),
        (_, HomeworkStarted started) => item.Apply(started),
        (_, HomeworkProgressNoted noted) => item.Apply(noted),
        (_, HomeworkEdited edited) => item.Apply(edited),
        (_, HomeworkSubmitted submitted) => item.Apply(submitted),
        (_, HomeworkDueChanged changed) => item.Apply(changed),
        (_, HomeworkCarriedOver carried) => item.Apply(carried),
        (_, HomeworkAwaitingSession awaiting) => item.Apply(awaiting),
        (_, HomeworkCancelled cancelled) => item.Apply(cancelled),
        (_, HomeworkFeedbackReceived feedback) => item.Apply(feedback),
        (_, HomeworkCoworkerFeedbackRequested requested) => item.Apply(requested),
        (_, HomeworkCoworkerFeedbackAnswered answered) => item.Apply(answered),
        (_, HomeworkSelfReflectionAdded reflection) => item.Apply(reflection),
        (_, HomeworkCommentWritten written) => item.Apply(written),
        (_, HomeworkCommentEdited edited) => item.Apply(edited),
        _ => throw new InvalidOperationException($"No way to apply {e.GetType().Name} to a homework item."),
    };
}

/// <summary>The outcomes as stored on the item's stream (camelCase, as the API writes them).</summary>
public static class FeedbackOutcomes
{
    public const string Accepted = "accepted";
    public const string NeedsRework = "needsRework";
}
