namespace Mentiway.Notifications.Documents;

public enum NotificationKind
{
    HomeworkAssigned,
    HomeworkSubmitted,
    FeedbackReleased,
    CoworkerAnswered,
    SessionScheduled,
    SessionRescheduled,
    SessionCancelled,
    HomeworkCommented,
}

/// <summary>
/// One entry of a participant's in-app inbox. Its id is derived from person, kind and cause, so a message
/// delivered twice finds the entry it wrote the first time. Holds ids and a fixed title, no one's own words.
/// </summary>
public sealed record Notification(
    Guid Id,
    Guid ParticipantId,
    NotificationKind Kind,
    string Title,
    Guid? HomeworkId,
    Guid? SessionId,
    DateTimeOffset OccurredAt,
    DateTimeOffset? ReadAt = null)
{
    public bool IsRead => ReadAt is not null;
}
