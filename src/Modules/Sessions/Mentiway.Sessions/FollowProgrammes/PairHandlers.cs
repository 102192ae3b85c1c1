using Marten;
using Mentiway.Programmes.Contracts;
using Mentiway.Sessions.Documents;
using Mentiway.Sessions.Events;
using Mentiway.Sessions.ReadModels;
using Wolverine;
using Wolverine.Runtime.Handlers;

namespace Mentiway.Sessions.FollowProgrammes;

public static class PairFormedHandler
{
    public static void Configure(HandlerChain chain) => chain.RetryOnConflicts();

    public static async Task Handle(PairFormed message, IDocumentSession session, CancellationToken ct)
    {
        // A repeated delivery, or one that arrives after the pair closed, must not reopen it.
        var known = await session.LoadAsync<SessionPair>(message.PairId, ct);
        if (known is not null)
        {
            // A close that came first left the pair without its people; they still decide who sees its sessions.
            if (known.MentorId == Guid.Empty)
            {
                session.Update(known with { MentorId = message.MentorId, MenteeId = message.MenteeId });
            }

            return;
        }

        session.Insert(new SessionPair(
            message.PairId, message.ProgrammeId, message.MentorId, message.MenteeId, SessionPairStatus.Active));
    }
}

/// <summary>
/// A closed pair takes no more sessions, and its scheduled ones are cancelled with the pair's reason, in the name
/// of whoever closed it. Run twice, the second run finds nothing scheduled left.
/// </summary>
public static class PairClosedHandler
{
    public static void Configure(HandlerChain chain) => chain.RetryOnConflicts();

    public static async Task Handle(
        PairClosed message,
        IDocumentSession session,
        IMessageContext messages,
        TimeProvider clock,
        CancellationToken ct)
    {
        var known = await session.LoadAsync<SessionPair>(message.PairId, ct);
        session.Store(known is null
            ? new SessionPair(message.PairId, message.ProgrammeId, Guid.Empty, Guid.Empty, SessionPairStatus.Closed)
            : known with { Status = SessionPairStatus.Closed });

        var scheduled = await session.Query<Session>()
            .Where(x => x.PairId == message.PairId && x.Status == SessionStatus.Scheduled)
            .ToListAsync(ct);

        foreach (var current in scheduled)
        {
            var stream = await session.Events.FetchForWriting<Session>(current.Id, ct);
            var cancelled = new SessionCancelled(current.Id, message.Reason, clock.GetUtcNow(), message.ClosedBy);
            stream.AppendOne(cancelled);

            await messages.PublishAsync(new Contracts.SessionCancelled(
                current.Id, current.PairId, cancelled.Reason, cancelled.CancelledAt, cancelled.CancelledBy));
        }
    }
}
