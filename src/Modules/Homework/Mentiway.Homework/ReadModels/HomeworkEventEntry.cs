using JasperFx.Events;
using Mentiway.BuildingBlocks.Requests;
using Mentiway.Homework.Items;

namespace Mentiway.Homework.ReadModels;

/// <summary>
/// One event of an item's stream as the audit trail shows it: its stable stored name, its data, who and when (the
/// domain's own moment, not the database's), the item's version after it, and the request that caused it. Who
/// acted is the subject the event names (Actor) and, for a change made through the API, the participant the
/// person acted as, from the event's headers (none for an admin from outside the programme, nor for changes
/// other modules caused).
/// </summary>
public sealed record HomeworkEventEntry(
    Guid HomeworkId,
    long Version,
    long Sequence,
    string Type,
    string Actor,
    Guid? ActingParticipantId,
    DateTimeOffset At,
    string? CorrelationId,
    object Data)
{
    public static HomeworkEventEntry From(IEvent stored)
    {
        var data = (IHomeworkEvent)stored.Data;

        return new HomeworkEventEntry(
            stored.StreamId,
            stored.Version,
            stored.Sequence,
            HomeworkEventNames.All[data.GetType()],
            data.By,
            ActingParticipantOf(stored),
            data.At,
            stored.CorrelationId,
            data);
    }

    // Headers come back from the store as JSON values; the participant id is written as its text.
    private static Guid? ActingParticipantOf(IEvent stored) =>
        stored.Headers?.TryGetValue(ActingHeaders.Participant, out var value) == true
        && Guid.TryParse(value?.ToString(), out var participantId)
            ? participantId
            : null;
}
