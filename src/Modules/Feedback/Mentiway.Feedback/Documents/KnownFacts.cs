using Mentiway.Homework.Contracts;

namespace Mentiway.Feedback.Documents;

// What the Feedback module has learnt from other modules' messages: only what its own rules need.

public sealed record KnownProgramme(Guid Id);

public sealed record KnownPair(Guid Id, Guid ProgrammeId, Guid MentorId, Guid MenteeId);

public enum KnownSessionStatus
{
    Scheduled,
    Held,
    Cancelled,
}

public sealed record KnownSession(Guid Id, Guid PairId, KnownSessionStatus Status);

/// <summary>
/// A homework item as far as feedback needs it. Status is the Homework module's own word ("submitted", …); Version
/// is the item's stream version from the latest HomeworkStateChanged, so that a late, older state never wins.
/// </summary>
public sealed record HomeworkItem(
    Guid Id,
    Guid PairId,
    Guid AssigneeId,
    HomeworkAssignee Assignee,
    string Status,
    long Version)
{
    public const string Submitted = "submitted";

    public bool IsSubmitted => string.Equals(Status, Submitted, StringComparison.OrdinalIgnoreCase);
}
