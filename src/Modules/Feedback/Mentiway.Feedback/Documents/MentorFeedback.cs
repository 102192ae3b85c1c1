using Mentiway.Feedback.Contracts;

namespace Mentiway.Feedback.Documents;

/// <summary>The FUKO model's four parts: facts, feelings, consequences, expectations.</summary>
public sealed record FukoNotes(string? Facts, string? Feelings, string? Consequences, string? Expectations);

/// <summary>
/// A mentor's feedback on a submitted item: a draft only its author sees until it is released to the mentee.
/// The author is the token subject who wrote it; AuthorParticipantId the participant they wrote it as (none for an
/// admin from outside the programme).
/// </summary>
public sealed record MentorFeedback(
    Guid Id,
    Guid HomeworkId,
    string Author,
    string? WentWell,
    string? ToImprove,
    string? NextStep,
    FukoNotes? Fuko,
    FeedbackOutcome Outcome,
    DateTimeOffset WrittenAt,
    DateTimeOffset? ReleasedAt = null,
    Guid? AuthorParticipantId = null)
{
    public bool IsReleased => ReleasedAt is not null;

    public bool IsVisibleTo(string subject) => IsReleased || Author == subject;
}
