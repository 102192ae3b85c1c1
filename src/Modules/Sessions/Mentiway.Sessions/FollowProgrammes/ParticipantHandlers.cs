using Marten;
using Mentiway.Programmes.Contracts;
using Mentiway.Sessions.Documents;
using Wolverine.Runtime.Handlers;

namespace Mentiway.Sessions.FollowProgrammes;

// Messages may arrive twice or late: a participant's copy is replaced only by a change at least as recent.

public static class ParticipantEnrolledHandler
{
    public static void Configure(HandlerChain chain) => chain.RetryOnConflicts();

    public static Task Handle(ParticipantEnrolled message, IDocumentSession session, CancellationToken ct) =>
        ParticipantCopies.Keep(
            session,
            new SessionParticipant(message.ParticipantId, message.DisplayName, message.TimeZone, message.EnrolledAt),
            ct);
}

public static class ParticipantUpdatedHandler
{
    public static void Configure(HandlerChain chain) => chain.RetryOnConflicts();

    public static Task Handle(ParticipantUpdated message, IDocumentSession session, CancellationToken ct) =>
        ParticipantCopies.Keep(
            session,
            new SessionParticipant(message.ParticipantId, message.DisplayName, message.TimeZone, message.UpdatedAt),
            ct);
}

internal static class ParticipantCopies
{
    public static async Task Keep(IDocumentSession session, SessionParticipant incoming, CancellationToken ct)
    {
        var known = await session.LoadAsync<SessionParticipant>(incoming.Id, ct);
        if (known is not null && known.ChangedAt > incoming.ChangedAt)
        {
            return;
        }

        // Insert and update, not upsert: with optimistic concurrency a racing copy fails and is retried.
        if (known is null)
        {
            session.Insert(incoming);
        }
        else
        {
            session.Update(incoming);
        }
    }
}
