using JasperFx;
using Marten;
using Mentiway.BuildingBlocks.Requests;
using Mentiway.Homework.Documents;
using Mentiway.Homework.Items;
using Mentiway.Programmes.Contracts;
using Wolverine;
using Wolverine.Attributes;

namespace Mentiway.Homework.CancelOnPairClosed;

/// <summary>
/// A closed pair does no more homework: its open items are cancelled with the pair's reason, their history kept.
/// A second delivery finds nothing open.
/// </summary>
public static class PairClosedHandler
{
    [RetryNow(typeof(ConcurrencyException), 50, 100, 250, 500)]
    public static async Task Handle(
        PairClosed message,
        IDocumentSession session,
        IMessageBus bus,
        CancellationToken cancellationToken)
    {
        // The message names the person who closed the pair, not the participant they acted as.
        ActingHeaders.RecordCause(session, message.ClosedBy, participantId: null);

        // Stored even when the closing overtakes the forming, so that a late PairFormed leaves the pair closed.
        var pair = await session.LoadAsync<KnownPair>(message.PairId, cancellationToken);
        session.Store((pair ?? new KnownPair(message.PairId, message.ProgrammeId, Guid.Empty, Guid.Empty, false))
            with { IsClosed = true });

        var open = await session.Query<HomeworkItem>()
            .Where(x => x.PairId == message.PairId)
            .Where(x => x.Status == HomeworkStatus.Assigned || x.Status == HomeworkStatus.InProgress)
            .ToListAsync(cancellationToken);

        foreach (var item in open)
        {
            var stream = await session.Events.FetchForWriting<HomeworkItem>(item.Id, cancellationToken);
            if (stream.Aggregate is { IsOpen: true })
            {
                var reason = $"The pair was closed: {message.Reason}";
                var cancelled = new HomeworkCancelled(reason, message.ClosedBy, message.ClosedAt);
                await HomeworkStreams.Append(stream, cancelled, bus);
            }
        }
    }
}
