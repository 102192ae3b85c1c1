using Mentiway.Homework.Contracts;

namespace Mentiway.Sessions.Documents;

/// <summary>
/// The latest known state of one homework item, as agendas print it: one document per item, replaced only by a
/// higher version of the Homework module's state.
/// </summary>
public sealed record AgendaHomework(
    Guid Id,
    Guid PairId,
    Guid SetAtSessionId,
    Guid CurrentSessionId,
    HomeworkAssignee Assignee,
    string Title,
    string Instructions,
    string Status,
    DateTimeOffset DueAt,
    string? Results,
    string? Reflection,
    IReadOnlyList<HomeworkFeedbackNote> Feedback,
    long Version);
