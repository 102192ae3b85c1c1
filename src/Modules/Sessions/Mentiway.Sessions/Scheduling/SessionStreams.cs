using Marten;
using JasperFx.Events;
using Mentiway.BuildingBlocks.Actors;
using Mentiway.BuildingBlocks.Errors;
using Mentiway.Sessions.Access;
using Mentiway.Sessions.Documents;
using Mentiway.Sessions.ReadModels;

namespace Mentiway.Sessions.Scheduling;

public static class SessionStreams
{
    /// <summary>
    /// The session as last stored, to decide who may change it before its stream is fetched: fetching with an
    /// If-Match compares versions first, and a stranger must get the 404, not learn from a 412 that it exists.
    /// </summary>
    public static async Task<Session> LoadSession(
        this IQuerySession session,
        Guid sessionId,
        CancellationToken cancellationToken) =>
        await session.LoadAsync<Session>(sessionId, cancellationToken)
            ?? throw new NotFoundException("session", sessionId);

    /// <summary>
    /// Loads a session's stream for a change. With an expected version (from If-Match) a stale one fails here;
    /// without one, Marten still checks on save that nobody appended in between, so a lost race never corrupts the
    /// stream. Both surface as concurrency exceptions, which the host answers with 412 or 409.
    /// </summary>
    public static async Task<IEventStream<Session>> FetchSessionForWriting(
        this IDocumentSession session,
        Guid sessionId,
        long? expectedVersion,
        CancellationToken cancellationToken)
    {
        var stream = expectedVersion is { } version
            ? await session.Events.FetchForWriting<Session>(sessionId, version, cancellationToken)
            : await session.Events.FetchForWriting<Session>(sessionId, cancellationToken);

        return stream.Aggregate is null ? throw new NotFoundException("session", sessionId) : stream;
    }

    /// <summary>
    /// Fetches a session's stream for a change only the pair's mentor (or an admin) makes. Who may is decided on
    /// the session as stored, before the stream and its If-Match are read. The pair comes along: some changes need
    /// it, and it is null only when this module's copy of it is lost.
    /// </summary>
    public static async Task<(IEventStream<Session> Stream, SessionPair? Pair)> FetchSessionForMentorsChange(
        this IDocumentSession session,
        ICurrentActor actor,
        Guid sessionId,
        long? expectedVersion,
        string refusal,
        CancellationToken cancellationToken)
    {
        var stored = await session.LoadSession(sessionId, cancellationToken);
        var pair = await session.LoadAsync<SessionPair>(stored.PairId, cancellationToken);

        (await actor.InSessionPairAsync(stored, pair, cancellationToken)).MustRunSession(stored, refusal);

        var stream = await session.FetchSessionForWriting(sessionId, expectedVersion, cancellationToken);

        return (stream, pair);
    }
}
