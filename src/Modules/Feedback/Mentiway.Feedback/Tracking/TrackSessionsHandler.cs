using Marten;
using Mentiway.Feedback.Documents;
using Mentiway.Sessions.Contracts;

namespace Mentiway.Feedback.Tracking;

/// <summary>Learns whether a session was held, since only a held session can be rated or reflected on.</summary>
public static class TrackSessionsHandler
{
    public static async Task Handle(SessionScheduled message, IDocumentSession session, CancellationToken ct)
    {
        // A redelivered or late SessionScheduled must not undo a hold or a cancellation already known. Insert, never
        // Store: if the hold wins a race with this message, the insert fails and the retry finds the session known.
        var known = await session.LoadAsync<KnownSession>(message.SessionId, ct);
        if (known is null)
        {
            session.Insert(new KnownSession(message.SessionId, message.PairId, KnownSessionStatus.Scheduled));
        }
    }

    public static void Handle(SessionHeld message, IDocumentSession session) =>
        session.Store(new KnownSession(message.SessionId, message.PairId, KnownSessionStatus.Held));

    public static void Handle(SessionCancelled message, IDocumentSession session) =>
        session.Store(new KnownSession(message.SessionId, message.PairId, KnownSessionStatus.Cancelled));
}
