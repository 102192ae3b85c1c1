using Mentiway.Homework.Contracts;
using Mentiway.Homework.Items;

namespace Mentiway.Homework.ReadModels;

/// <summary>An item as the API shows it. Overdue is computed from the due moment and the clock at reading.</summary>
public sealed record HomeworkView(
    Guid Id,
    Guid PairId,
    Guid SetAtSessionId,
    Guid CurrentSessionId,
    IReadOnlyList<Guid> SessionIds,
    HomeworkAssignee Assignee,
    Guid AssigneeId,
    string Title,
    string Instructions,
    HomeworkStatus Status,
    DateTimeOffset DueAt,
    bool Overdue,
    bool AwaitingSession,
    string? Results,
    string? Reflection,
    string? CancelReason,
    IReadOnlyList<ProgressNote> ProgressNotes,
    IReadOnlyList<HomeworkFeedbackNote> Feedback,
    DateTimeOffset AssignedAt,
    string AssignedBy,
    DateTimeOffset LastChangedAt,
    long Version)
{
    public static HomeworkView From(HomeworkItem item, DateTimeOffset now) => new(
        item.Id,
        item.PairId,
        item.SetAtSessionId,
        item.CurrentSessionId,
        item.SessionIds,
        item.Assignee,
        item.AssigneeId,
        item.Title,
        item.Instructions,
        item.Status,
        item.DueAt,
        item.IsOverdueAt(now),
        item.AwaitingSession,
        item.Results,
        item.Reflection,
        item.CancelReason,
        item.ProgressNotes,
        item.Feedback,
        item.AssignedAt,
        item.AssignedBy,
        item.LastChangedAt,
        item.Version);
}
