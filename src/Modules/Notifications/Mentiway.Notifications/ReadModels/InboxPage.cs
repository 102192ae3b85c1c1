using Mentiway.Notifications.Documents;

namespace Mentiway.Notifications.ReadModels;

public sealed record NotificationView(
    Guid Id,
    NotificationKind Kind,
    string Title,
    Guid? HomeworkId,
    Guid? SessionId,
    DateTimeOffset OccurredAt,
    bool Read,
    DateTimeOffset? ReadAt)
{
    public static NotificationView From(Notification notification) => new(
        notification.Id,
        notification.Kind,
        notification.Title,
        notification.HomeworkId,
        notification.SessionId,
        notification.OccurredAt,
        notification.IsRead,
        notification.ReadAt);
}

/// <summary>One page of an inbox, newest first, with how many entries of the whole inbox are unread.</summary>
public sealed record InboxPage(
    IReadOnlyList<NotificationView> Items,
    int PageNumber,
    int PageSize,
    long TotalItems,
    long UnreadCount)
{
    public bool HasNextPage => (long)PageNumber * PageSize < TotalItems;
}
