using JasperFx;
using Marten;
using Mentiway.BuildingBlocks.Requests;
using Mentiway.Homework.Documents;
using Mentiway.Homework.Items;
using Mentiway.Sessions.Contracts;
using Wolverine;
using Wolverine.Attributes;

namespace Mentiway.Homework.CarryOverOnSessionCancelled;

/// <summary>
/// A cancelled session takes no homework and keeps none open: its open items move to the pair's next scheduled
/// session, or wait, open and flagged, for the next one to be scheduled. A second delivery finds nothing left.
/// </summary>
public static class SessionCancelledHandler
{
    [RetryNow(typeof(ConcurrencyException), 50, 100, 250, 500)]
    public static async Task Handle(
        SessionCancelled message,
        IDocumentSession session,
        IMessageBus bus,
        CancellationToken cancellationToken)
    {
        // The message names the person who cancelled, not the participant they acted as: the subject is recorded.
        ActingHeaders.RecordCause(session, message.CancelledBy, participantId: null);

        var known = await session.LoadAsync<KnownSession>(message.SessionId, cancellationToken);
        if (known is null)
        {
            // Local queues run in parallel, so the cancellation may overtake the scheduling: remember it, so the
            // late SessionScheduled keeps the session cancelled. No homework can be set at it yet.
            session.Store(new KnownSession(
                message.SessionId, message.PairId, Guid.Empty, DateTimeOffset.MinValue, KnownSessionStatus.Cancelled));

            return;
        }

        var cancelled = known with { Status = KnownSessionStatus.Cancelled };
        session.Store(cancelled);
        var next = await SessionCalendar.NextScheduledAfter(session, cancelled, cancellationToken);

        var open = await session.Query<HomeworkItem>()
            .Where(x => x.CurrentSessionId == message.SessionId && x.AwaitingSession == false)
            .Where(x => x.Status == HomeworkStatus.Assigned || x.Status == HomeworkStatus.InProgress)
            .ToListAsync(cancellationToken);

        foreach (var item in open)
        {
            var stream = await session.Events.FetchForWriting<HomeworkItem>(item.Id, cancellationToken);
            if (stream.Aggregate is { IsOpen: true, AwaitingSession: false } current
                && current.CurrentSessionId == message.SessionId)
            {
                await HomeworkStreams.Append(stream, MoveOrWait(message, next), bus);
            }
        }
    }

    private static IHomeworkEvent MoveOrWait(SessionCancelled message, KnownSession? next) =>
        next is null
            ? new HomeworkAwaitingSession(message.SessionId, message.Reason, message.CancelledBy, message.CancelledAt)
            : new HomeworkCarriedOver(
                message.SessionId,
                next.Id,
                next.StartsAt,
                message.Reason,
                message.CancelledBy,
                message.CancelledAt);
}
