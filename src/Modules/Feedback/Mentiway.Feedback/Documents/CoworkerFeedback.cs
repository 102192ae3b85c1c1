namespace Mentiway.Feedback.Documents;

/// <summary>
/// The assignee's question to co-workers about a homework item. Its answer count is versioned with it, so that two
/// answers arriving at once cannot both believe they are the second. RequestedBy is the token subject,
/// RequestedByParticipantId the participant they asked as (none for an admin from outside the programme).
/// </summary>
public sealed record FeedbackRequest(
    Guid Id,
    Guid HomeworkId,
    string Question,
    bool Anonymous,
    int InvitedCount,
    DateTimeOffset ExpiresAt,
    DateTimeOffset RequestedAt,
    string RequestedBy,
    int AnsweredCount = 0,
    Guid? RequestedByParticipantId = null)
{
    /// <summary>Below this many answers, anonymous ones are shown to no one and told to no other module.</summary>
    public const int AnonymousAnswersShownFrom = 3;

    public bool AnswersHidden => Anonymous && AnsweredCount < AnonymousAnswersShownFrom;
}

/// <summary>
/// One co-worker's single-use link. Only the SHA-256 hash of its token is kept; the id is derived from that hash,
/// so a token finds its link by id without the token itself ever being stored.
/// </summary>
public sealed record FeedbackLink(
    Guid Id,
    string TokenHash,
    Guid RequestId,
    Guid HomeworkId,
    string Email,
    DateTimeOffset ExpiresAt,
    bool Used = false);

/// <summary>
/// A co-worker's answer. It keeps no reference to the link, and no e-mail address when the request is anonymous,
/// so that nothing stored ties an anonymous answer to its writer.
/// </summary>
public sealed record CoworkerAnswer(
    Guid Id,
    Guid RequestId,
    Guid HomeworkId,
    string Text,
    string? AnsweredBy,
    DateTimeOffset AnsweredAt);
