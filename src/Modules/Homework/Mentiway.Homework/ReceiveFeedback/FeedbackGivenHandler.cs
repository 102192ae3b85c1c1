using JasperFx;
using Marten;
using Mentiway.BuildingBlocks.Requests;
using Mentiway.Feedback.Contracts;
using Mentiway.Homework.Contracts;
using Mentiway.Homework.Items;
using Wolverine;
using Wolverine.Attributes;

namespace Mentiway.Homework.ReceiveFeedback;

/// <summary>
/// Released feedback joins the item's story: accepted completes a submitted item, needs rework sends it back to
/// in progress. Feedback already on the stream (a second delivery) or for an item no longer waiting for feedback
/// changes nothing.
/// </summary>
public static class FeedbackGivenHandler
{
    [RetryNow(typeof(ConcurrencyException), 50, 100, 250, 500)]
    public static async Task Handle(
        FeedbackGiven message,
        IDocumentSession session,
        IMessageBus bus,
        CancellationToken cancellationToken)
    {
        var stream = await session.Events.FetchForWriting<HomeworkItem>(message.HomeworkId, cancellationToken);
        if (stream.Aggregate is not { } item
            || item.FeedbackIds.Contains(message.FeedbackId)
            || HomeworkLifecycle.Allows(item.Status, HomeworkAction.ReceiveFeedback) == false)
        {
            return;
        }

        var received = new HomeworkFeedbackReceived(
            message.FeedbackId,
            message.Outcome == FeedbackOutcome.Accepted ? FeedbackOutcomes.Accepted : FeedbackOutcomes.NeedsRework,
            message.WentWell,
            message.ToImprove,
            message.NextStep,
            message.GivenBy,
            message.GivenAt,
            message.Fuko is { } fuko
                ? new HomeworkFukoNote(fuko.Facts, fuko.Feelings, fuko.Consequences, fuko.Expectations)
                : null);

        // The mentor caused this event in the Feedback module: the item's history says so, as for their own changes.
        ActingHeaders.RecordCause(session, message.GivenBy, message.GivenByParticipantId);
        await HomeworkStreams.Append(stream, received, bus);
    }
}
