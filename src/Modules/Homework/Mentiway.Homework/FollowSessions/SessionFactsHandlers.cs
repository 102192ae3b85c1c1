using JasperFx;
using Marten;
using Mentiway.Homework.Documents;
using Mentiway.Homework.Items;
using Mentiway.Sessions.Contracts;
using Wolverine;
using Wolverine.Attributes;

namespace Mentiway.Homework.FollowSessions;

// The module keeps each session's pair, start and status from the Sessions module's messages.

public static class SessionScheduledHandler
{
    /// <summary>
    /// Stores the session, and moves to it the pair's open homework that waits for a session since its own was
    /// cancelled, so that nothing dangles once the pair meets again.
    /// </summary>
    [RetryNow(typeof(ConcurrencyException), 50, 100, 250, 500)]
    public static async Task Handle(
        SessionScheduled message,
        IDocumentSession session,
        IMessageBus bus,
        CancellationToken cancellationToken)
    {
        var known = await session.LoadAsync<KnownSession>(message.SessionId, cancellationToken);
        session.Store(new KnownSession(
            message.SessionId,
            message.PairId,
            message.ProgrammeId,
            message.StartsAt,
            known?.Status ?? KnownSessionStatus.Scheduled));

        var waiting = await session.Query<HomeworkItem>()
            .Where(x => x.PairId == message.PairId && x.AwaitingSession)
            .ToListAsync(cancellationToken);

        foreach (var item in waiting)
        {
            var stream = await session.Events.FetchForWriting<HomeworkItem>(item.Id, cancellationToken);
            if (stream.Aggregate is { AwaitingSession: true, IsOpen: true } current)
            {
                var carried = new HomeworkCarriedOver(
                    current.CurrentSessionId,
                    message.SessionId,
                    message.StartsAt,
                    "The pair has a new session",
                    message.ScheduledBy,
                    message.ScheduledAt);
                await HomeworkStreams.Append(stream, carried, bus);
            }
        }
    }
}

public static class SessionRescheduledHandler
{
    public static async Task Handle(
        SessionRescheduled message,
        IDocumentSession session,
        CancellationToken cancellationToken)
    {
        var known = await session.LoadAsync<KnownSession>(message.SessionId, cancellationToken);
        if (known is not null)
        {
            session.Store(known with { StartsAt = message.StartsAt });
        }
    }
}

public static class SessionHeldHandler
{
    public static async Task Handle(SessionHeld message, IDocumentSession session, CancellationToken cancellationToken)
    {
        var known = await session.LoadAsync<KnownSession>(message.SessionId, cancellationToken);
        if (known is { Status: KnownSessionStatus.Scheduled })
        {
            session.Store(known with { Status = KnownSessionStatus.Held });
        }
    }
}
