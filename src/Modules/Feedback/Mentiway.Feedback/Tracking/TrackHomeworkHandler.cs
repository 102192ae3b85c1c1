using Marten;
using Mentiway.Feedback.Documents;
using Mentiway.Homework.Contracts;

namespace Mentiway.Feedback.Tracking;

/// <summary>
/// Learns which homework items exist, whose they are (they decide who may see and act on an item's feedback) and
/// whether they wait for feedback. HomeworkStateChanged carries the item's version and wins over anything older; the
/// other two fill in until it arrives.
/// </summary>
public static class TrackHomeworkHandler
{
    public static async Task Handle(HomeworkAssigned message, IDocumentSession session, CancellationToken ct)
    {
        var known = await session.LoadAsync<HomeworkItem>(message.HomeworkId, ct);
        // Insert, never Store: if a later message about the item won a race with this one, the insert fails and
        // the retry finds the item known.
        if (known is null)
        {
            session.Insert(new HomeworkItem(
                message.HomeworkId,
                message.PairId,
                message.AssigneeId,
                message.Assignee,
                Status: "assigned",
                Version: 0));
        }
    }

    public static async Task Handle(HomeworkSubmitted message, IDocumentSession session, CancellationToken ct)
    {
        var known = await session.LoadAsync<HomeworkItem>(message.HomeworkId, ct);
        var item = known ?? new HomeworkItem(
            message.HomeworkId,
            message.PairId,
            message.AssigneeId,
            await AssigneeFromPair(message, session, ct),
            HomeworkItem.Submitted,
            Version: 0);

        session.Store(item with { Status = HomeworkItem.Submitted });
    }

    /// <summary>
    /// HomeworkSubmitted does not say whether the item is the mentee's homework or the mentor's preparation; the
    /// pair does: a mentor's item must never pass for the mentee's, or the mentee would see it.
    /// </summary>
    private static async Task<HomeworkAssignee> AssigneeFromPair(
        HomeworkSubmitted message,
        IDocumentSession session,
        CancellationToken ct)
    {
        var pair = await session.LoadAsync<KnownPair>(message.PairId, ct);

        return pair is not null && pair.MentorId == message.AssigneeId
            ? HomeworkAssignee.Mentor
            : HomeworkAssignee.Mentee;
    }

    public static async Task Handle(HomeworkStateChanged message, IDocumentSession session, CancellationToken ct)
    {
        var known = await session.LoadAsync<HomeworkItem>(message.HomeworkId, ct);
        if (known is not null && known.Version >= message.Version)
        {
            return;
        }

        session.Store(new HomeworkItem(
            message.HomeworkId,
            message.PairId,
            message.AssigneeId,
            message.Assignee,
            message.Status.ToLowerInvariant(),
            message.Version));
    }
}
