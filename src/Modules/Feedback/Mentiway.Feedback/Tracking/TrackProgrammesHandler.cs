using Marten;
using Mentiway.Feedback.Documents;
using Mentiway.Programmes.Contracts;

namespace Mentiway.Feedback.Tracking;

/// <summary>Learns of programmes and pairs, for ratings per pair and programme. Storing twice is harmless.</summary>
public static class TrackProgrammesHandler
{
    public static void Handle(ProgrammeLaunched message, IDocumentSession session) =>
        session.Store(new KnownProgramme(message.ProgrammeId));

    public static void Handle(PairFormed message, IDocumentSession session) =>
        session.Store(new KnownPair(message.PairId, message.ProgrammeId, message.MentorId, message.MenteeId));
}
