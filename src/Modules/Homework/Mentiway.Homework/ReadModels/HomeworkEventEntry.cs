using JasperFx.Events;
using Mentiway.Homework.Items;

namespace Mentiway.Homework.ReadModels;

/// <summary>
/// One event of an item's stream as the audit trail shows it: its stable stored name, its data, who and when (the
/// domain's own moment, not the database's), the item's version after it, and the request that caused it.
/// </summary>
public sealed record HomeworkEventEntry(
    Guid HomeworkId,
    long Version,
    long Sequence,
    string Type,
    string Actor,
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
            data.At,
            stored.CorrelationId,
            data);
    }
}
