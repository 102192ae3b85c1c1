using JasperFx.Events;
using Marten;
using Mentiway.BuildingBlocks.Access;
using Mentiway.BuildingBlocks.Errors;
using Wolverine;

namespace Mentiway.Homework.Items;

/// <summary>
/// How every change reaches an item's stream: fetched for writing (so a lost race or a stale version is a
/// concurrency error, never a corrupt stream), one event appended, and the contract messages published through
/// the same unit of work's outbox, so the change and its announcement commit together or not at all.
/// </summary>
public static class HomeworkStreams
{
    /// <summary>
    /// The item's stream for one change, once the caller's standing allows it (see <see cref="HomeworkAccess"/>).
    /// The rule is applied to the stored item before the expected version is checked, so that someone who may not
    /// see the item gets the 404 of a missing one, never a 412 that would tell them it exists.
    /// </summary>
    public static async Task<(IEventStream<HomeworkItem> Stream, Standing Standing)> FetchForWriting(
        IDocumentSession session,
        Guid homeworkId,
        long? expectedVersion,
        Func<HomeworkItem, Task<Standing>> mayChange,
        CancellationToken cancellationToken)
    {
        if (expectedVersion is { } version)
        {
            // Marten would call an unknown stream "version 0"; the caller deserves a 404, not a 412.
            var stored = await session.LoadAsync<HomeworkItem>(homeworkId, cancellationToken)
                ?? throw new NotFoundException("homework", homeworkId);
            var standing = await mayChange(stored);

            var expected = await session.Events.FetchForWriting<HomeworkItem>(homeworkId, version, cancellationToken);

            return (expected, standing);
        }

        var stream = await session.Events.FetchForWriting<HomeworkItem>(homeworkId, cancellationToken);
        if (stream.Aggregate is not { } item)
        {
            throw new NotFoundException("homework", homeworkId);
        }

        return (stream, await mayChange(item));
    }

    public static async Task<HomeworkItem> Append(
        IEventStream<HomeworkItem> stream,
        IHomeworkEvent change,
        IMessageBus bus)
    {
        stream.AppendOne(change);
        var version = (stream.StartingVersion ?? 0) + stream.Events.Count;
        var changed = stream.Aggregate!.Then(change) with { Version = version };

        await Publish(changed, change, bus);

        return changed;
    }

    public static async Task<HomeworkItem> Start(IDocumentSession session, HomeworkAssigned assigned, IMessageBus bus)
    {
        session.Events.StartStream<HomeworkItem>(assigned.HomeworkId, assigned);
        var item = HomeworkItem.Create(assigned) with { Version = 1 };

        await Publish(item, assigned, bus);

        return item;
    }

    private static async Task Publish(HomeworkItem item, IHomeworkEvent change, IMessageBus bus)
    {
        if (SpecificMessage(item, change) is { } message)
        {
            await bus.PublishAsync(message);
        }

        await bus.PublishAsync(StateChanged(item));
    }

    private static object? SpecificMessage(HomeworkItem item, IHomeworkEvent change) => change switch
    {
        HomeworkAssigned e => new Contracts.HomeworkAssigned(
            item.Id, e.SessionId, item.PairId, item.AssigneeId, item.Assignee, item.DueAt, e.At, e.By),
        HomeworkSubmitted e => new Contracts.HomeworkSubmitted(
            item.Id, item.CurrentSessionId, item.PairId, item.AssigneeId, e.At, e.By),
        HomeworkFeedbackReceived e when item.Status == HomeworkStatus.Completed => new Contracts.HomeworkCompleted(
            item.Id, item.CurrentSessionId, item.PairId, e.At, e.By),
        HomeworkCancelled e => new Contracts.HomeworkCancelled(
            item.Id, item.CurrentSessionId, item.PairId, e.Reason, e.At, e.By),
        HomeworkCarriedOver e => new Contracts.HomeworkCarriedOver(
            item.Id, e.FromSessionId, e.ToSessionId, item.PairId, e.At, e.By),
        HomeworkCommentWritten e => new Contracts.HomeworkCommentAdded(
            item.Id, item.PairId, e.CommentId, e.By, e.AuthorParticipantId, e.AuthorRole, e.At),
        _ => null,
    };

    private static Contracts.HomeworkStateChanged StateChanged(HomeworkItem item) => new(
        item.Id,
        item.PairId,
        item.SetAtSessionId,
        item.CurrentSessionId,
        item.Assignee,
        item.AssigneeId,
        item.Title,
        item.Instructions,
        HomeworkLifecycle.StatusText(item.Status),
        item.DueAt,
        item.Results,
        item.Reflection,
        item.Feedback,
        item.Version);
}
