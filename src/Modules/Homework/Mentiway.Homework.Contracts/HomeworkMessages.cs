namespace Mentiway.Homework.Contracts;

// What the Homework module tells the others. Stored names: a rename is a migration.
// Instants are UTC. Actors are token subjects.

/// <summary>Who does the homework: the mentee, or the mentor preparing for the session.</summary>
public enum HomeworkAssignee
{
    Mentee,
    Mentor,
}

public sealed record HomeworkAssigned(
    Guid HomeworkId,
    Guid SessionId,
    Guid PairId,
    Guid AssigneeId,
    HomeworkAssignee Assignee,
    DateTimeOffset DueAt,
    DateTimeOffset AssignedAt,
    string AssignedBy);

public sealed record HomeworkSubmitted(
    Guid HomeworkId,
    Guid SessionId,
    Guid PairId,
    Guid AssigneeId,
    DateTimeOffset SubmittedAt,
    string SubmittedBy);

public sealed record HomeworkCompleted(
    Guid HomeworkId,
    Guid SessionId,
    Guid PairId,
    DateTimeOffset CompletedAt,
    string CompletedBy);

public sealed record HomeworkCancelled(
    Guid HomeworkId,
    Guid SessionId,
    Guid PairId,
    string Reason,
    DateTimeOffset CancelledAt,
    string CancelledBy);

public sealed record HomeworkCarriedOver(
    Guid HomeworkId,
    Guid FromSessionId,
    Guid ToSessionId,
    Guid PairId,
    DateTimeOffset CarriedOverAt,
    string CarriedOverBy);

/// <summary>The FUKO model's four parts of feedback: facts, feelings, consequences, expectations.</summary>
public sealed record HomeworkFukoNote(string? Facts, string? Feelings, string? Consequences, string? Expectations);

/// <summary>The mentor's feedback on the item as the agenda shows it; FUKO only where the mentor used it.</summary>
public sealed record HomeworkFeedbackNote(
    string Outcome,
    string? WentWell,
    string? ToImprove,
    string? NextStep,
    DateTimeOffset GivenAt,
    HomeworkFukoNote? Fuko = null);

/// <summary>
/// The whole current state of an item after any change, for modules that show it (the Sessions module's agendas).
/// Carries the item's text because agendas print it; a receiver keeps one copy per item, replaced by a higher
/// version, so that erasing a person's data has one place per module to visit.
/// </summary>
public sealed record HomeworkStateChanged(
    Guid HomeworkId,
    Guid PairId,
    Guid SetAtSessionId,
    Guid CurrentSessionId,
    HomeworkAssignee Assignee,
    Guid AssigneeId,
    string Title,
    string Instructions,
    string Status,
    DateTimeOffset DueAt,
    string? Results,
    string? Reflection,
    IReadOnlyList<HomeworkFeedbackNote> Feedback,
    long Version);

/// <summary>Which one of a pair a person is.</summary>
public enum PairRole
{
    Mentor,
    Mentee,
}

/// <summary>
/// Someone wrote a comment on a homework item. Ids only: the text stays on the item's stream, where its author's
/// data can be erased in one place. The author is named by their token subject and, when they wrote as one of the
/// pair, by their participant id and role in the pair; an admin from outside the programme has neither. Receivers
/// tell the pair members who may read the item, other than its author (the mentee reads only their own homework,
/// not the mentor's preparation).
/// </summary>
public sealed record HomeworkCommentAdded(
    Guid HomeworkId,
    Guid PairId,
    Guid CommentId,
    string AuthorSubject,
    Guid? AuthorParticipantId,
    PairRole? AuthorRole,
    DateTimeOffset WrittenAt);
