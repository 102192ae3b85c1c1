namespace Mentiway.Homework.Items;

/// <summary>Where an item stands in its lifecycle. Overdue is not a status: it is computed from the clock.</summary>
public enum HomeworkStatus
{
    Assigned,
    InProgress,
    Submitted,
    Completed,
    Cancelled,
}
