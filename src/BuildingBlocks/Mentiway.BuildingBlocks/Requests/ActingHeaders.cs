using Marten;
using Mentiway.BuildingBlocks.Actors;

namespace Mentiway.BuildingBlocks.Requests;

/// <summary>
/// What every change records of its cause, from the token and never from a body: the person's subject and the
/// participant they acted as. Events carry both as headers; events and documents carry the acting participant as
/// their last-modified-by (or the subject, when an admin acts from outside the programme).
/// </summary>
public static class ActingHeaders
{
    public const string Subject = "actingSubject";

    public const string Participant = "actingParticipantId";

    /// <summary>What an anonymous change (a co-worker answering through their link) records as its cause.</summary>
    public const string Anonymous = "anonymous";

    public static void Record(IDocumentSession session, ICurrentActor actor)
    {
        if (actor.HasSubject == false)
        {
            session.LastModifiedBy = Anonymous;
            return;
        }

        RecordCause(session, actor.Subject, actor.ActingParticipantId);
    }

    /// <summary>
    /// For a message handler changing something because of what a person did in another module: the message
    /// names them (and, where it knows it, the participant they acted as).
    /// </summary>
    public static void RecordCause(IDocumentSession session, string subject, Guid? participantId)
    {
        session.SetHeader(Subject, subject);
        if (participantId is { } id)
        {
            session.SetHeader(Participant, id);
        }

        session.LastModifiedBy = participantId?.ToString() ?? subject;
    }
}
