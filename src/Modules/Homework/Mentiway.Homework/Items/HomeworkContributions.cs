using Marten;
using Wolverine;

namespace Mentiway.Homework.Items;

/// <summary>
/// How other modules' contributions (co-worker requests and answers, reflections) reach an item's stream: the
/// item must exist (else Wolverine retries), and a contribution already on the stream appends nothing again.
/// Status is not checked: the owning module decided, and the item's story records what happened to it.
/// </summary>
internal static class HomeworkContributions
{
    public static async Task Append(
        IDocumentSession session,
        Guid homeworkId,
        Func<HomeworkItem, bool> alreadyOnStream,
        IHomeworkEvent contribution,
        IMessageBus bus,
        CancellationToken cancellationToken)
    {
        var stream = await session.Events.FetchForWriting<HomeworkItem>(homeworkId, cancellationToken);
        if (stream.Aggregate is not { } item)
        {
            throw new UnknownHomeworkException(homeworkId);
        }

        if (alreadyOnStream(item))
        {
            return;
        }

        await HomeworkStreams.Append(stream, contribution, bus);
    }
}
