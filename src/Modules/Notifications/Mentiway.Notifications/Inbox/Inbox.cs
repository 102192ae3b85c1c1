using Marten;
using Mentiway.BuildingBlocks.Identifiers;
using Mentiway.Notifications.Documents;

namespace Mentiway.Notifications.Inbox;

/// <summary>
/// A message arrived before the one that tells whom it concerns (each module's messages travel on queues of their
/// own, so their order is not guaranteed). Wolverine retries it after a pause.
/// </summary>
public sealed class NotYetKnownException(string what, Guid id)
    : Exception($"The {what} {id} is not known yet; retrying once its message has arrived.");

/// <summary>Writes inbox entries: once per person, kind and cause, however often the cause is delivered.</summary>
internal static class InboxWriter
{
    private static readonly Guid IdNamespace = new("3f0d8c52-6a0e-4c43-9d7e-3b1f6c2a9e41");

    public static Guid IdFor(Guid participantId, NotificationKind kind, string cause) =>
        NameBasedGuid.Create(IdNamespace, $"{participantId:N}/{kind}/{cause}");

    public static async Task Deliver(
        IDocumentSession session,
        Guid participantId,
        NotificationKind kind,
        string cause,
        DateTimeOffset occurredAt,
        CancellationToken ct,
        Guid? homeworkId = null,
        Guid? sessionId = null)
    {
        var id = IdFor(participantId, kind, cause);
        if (await session.LoadAsync<Notification>(id, ct) is not null)
        {
            return;
        }

        // Insert, never Store: a redelivery racing this one fails on the key and is retried into the no-op above,
        // instead of overwriting an entry the person may have read meanwhile.
        session.Insert(new Notification(id, participantId, kind, TitleOf(kind), homeworkId, sessionId, occurredAt));
    }

    public static async Task<PairMembers> PairOf(IDocumentSession session, Guid pairId, CancellationToken ct) =>
        await session.LoadAsync<PairMembers>(pairId, ct) ?? throw new NotYetKnownException("pair", pairId);

    public static async Task<HomeworkOwner> OwnerOf(IDocumentSession session, Guid homeworkId, CancellationToken ct) =>
        await session.LoadAsync<HomeworkOwner>(homeworkId, ct)
        ?? throw new NotYetKnownException("homework item", homeworkId);

    private static string TitleOf(NotificationKind kind) => kind switch
    {
        NotificationKind.HomeworkAssigned => "You have new homework.",
        NotificationKind.HomeworkSubmitted => "Your mentee submitted homework.",
        NotificationKind.FeedbackReleased => "Your mentor gave feedback on your homework.",
        NotificationKind.CoworkerAnswered => "A co-worker answered your feedback request.",
        NotificationKind.SessionScheduled => "A session was scheduled.",
        NotificationKind.SessionRescheduled => "A session was moved.",
        NotificationKind.SessionCancelled => "A session was cancelled.",
        NotificationKind.HomeworkCommented => "There is a new comment on homework.",
        _ => throw new ArgumentOutOfRangeException(nameof(kind), kind, "No title for this kind."),
    };
}
