namespace Mentiway.Feedback.Contracts;

// What the Feedback module tells the others. Stored names: a rename is a migration.

public enum FeedbackOutcome
{
    Accepted,
    NeedsRework,
}

/// <summary>The FUKO model's four parts: facts, feelings, consequences, expectations.</summary>
public sealed record FeedbackFuko(string? Facts, string? Feelings, string? Consequences, string? Expectations);

/// <summary>
/// The mentor's feedback on a submitted homework item, released to the mentee. Accepted completes the item;
/// needs rework sends it back to in progress. Fuko is last and optional, so messages stored before it still read.
/// </summary>
public sealed record FeedbackGiven(
    Guid FeedbackId,
    Guid HomeworkId,
    FeedbackOutcome Outcome,
    string? WentWell,
    string? ToImprove,
    string? NextStep,
    DateTimeOffset GivenAt,
    string GivenBy,
    FeedbackFuko? Fuko = null,
    Guid? GivenByParticipantId = null);

/// <summary>
/// The mentee asked co-workers for feedback on a homework item. Carries no e-mail addresses: only how many were
/// asked, so that the item's history can say so.
/// </summary>
public sealed record FeedbackRequested(
    Guid RequestId,
    Guid HomeworkId,
    string Question,
    int InvitedCount,
    bool Anonymous,
    DateTimeOffset ExpiresAt,
    DateTimeOffset RequestedAt,
    string RequestedBy);

/// <summary>
/// A co-worker answered a feedback request through their single-use link. Never carries who answered: the
/// answerer has no account, and when the request is anonymous even the Feedback module's own views do not tell.
/// </summary>
public sealed record CoworkerFeedbackAnswered(
    Guid AnswerId,
    Guid HomeworkId,
    Guid RequestId,
    string Answer,
    bool Anonymous,
    DateTimeOffset AnsweredAt);

/// <summary>The mentee's self-reflection on a homework item (self rating 1 to 5); a later one replaces it.</summary>
public sealed record HomeworkReflectionAdded(
    Guid HomeworkId,
    int SelfRating,
    string Text,
    DateTimeOffset AddedAt,
    string AddedBy,
    Guid? AddedByParticipantId = null);

/// <summary>A participant rated a held session (1 to 5), or changed their rating within the week allowed.</summary>
public sealed record SessionRated(
    Guid SessionId,
    Guid PairId,
    int Rating,
    DateTimeOffset RatedAt,
    string RatedBy);
