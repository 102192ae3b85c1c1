namespace Mentiway.Feedback.Documents;

/// <summary>
/// The assignee's self-reflection on a homework item; one per item, a later one replaces it. AddedBy is the token
/// subject, AddedByParticipantId the participant they acted as (none for an admin from outside the programme).
/// </summary>
public sealed record HomeworkReflection(
    Guid Id,
    int SelfRating,
    string Text,
    DateTimeOffset AddedAt,
    string AddedBy,
    Guid? AddedByParticipantId = null);

/// <summary>The mentee's self-reflection on a held session; one per session, a later one replaces it.</summary>
public sealed record SessionReflection(
    Guid Id,
    Guid PairId,
    int SelfRating,
    string Text,
    DateTimeOffset AddedAt,
    string AddedBy,
    Guid? AddedByParticipantId = null);

/// <summary>
/// One person's rating of one held session. Its id is derived from session and person (the token subject), so each
/// rates once; the rating can be changed until <see cref="EditableUntil"/>. RatedByParticipantId is the participant
/// they rated as (none for an admin from outside the programme).
/// </summary>
public sealed record SessionRating(
    Guid Id,
    Guid SessionId,
    Guid PairId,
    Guid ProgrammeId,
    string RatedBy,
    int Rating,
    string? Comment,
    DateTimeOffset FirstRatedAt,
    DateTimeOffset RatedAt,
    Guid? RatedByParticipantId = null)
{
    public static readonly TimeSpan EditableFor = TimeSpan.FromDays(7);

    public DateTimeOffset EditableUntil => FirstRatedAt + EditableFor;
}
