using Marten;
using Mentiway.Homework.Documents;
using Mentiway.Programmes.Contracts;

namespace Mentiway.Homework.FollowProgrammes;

// The module keeps what it needs of programmes, people and pairs from the Programmes module's messages.
// Each handler stores the newest facts whole, so a message delivered twice changes nothing.

public static class ProgrammeLaunchedHandler
{
    public static void Handle(ProgrammeLaunched message, IDocumentSession session) =>
        session.Store(new KnownProgramme(message.ProgrammeId, message.CadenceDays));
}

public static class ParticipantEnrolledHandler
{
    public static void Handle(ParticipantEnrolled message, IDocumentSession session) =>
        session.Store(new KnownParticipant(message.ParticipantId, message.ProgrammeId, message.TimeZone));
}

public static class ParticipantUpdatedHandler
{
    public static void Handle(ParticipantUpdated message, IDocumentSession session) =>
        session.Store(new KnownParticipant(message.ParticipantId, message.ProgrammeId, message.TimeZone));
}

public static class PairFormedHandler
{
    public static async Task Handle(PairFormed message, IDocumentSession session, CancellationToken cancellationToken)
    {
        // A late duplicate must not reopen a pair whose closing was already heard of.
        var known = await session.LoadAsync<KnownPair>(message.PairId, cancellationToken);

        session.Store(new KnownPair(
            message.PairId,
            message.ProgrammeId,
            message.MentorId,
            message.MenteeId,
            IsClosed: known?.IsClosed ?? false));
    }
}
