using JasperFx;
using Marten;
using Mentiway.BuildingBlocks.Requests;
using Mentiway.Feedback.Contracts;
using Mentiway.Homework.Items;
using Wolverine;
using Wolverine.Attributes;

namespace Mentiway.Homework.ReceiveReflection;

/// <summary>
/// The assignee's self-reflection joins the item's story. The message carries no id of its own, so a second
/// delivery is recognised by being the same reflection (author, moment, rating and text) as the latest one.
/// </summary>
public static class HomeworkReflectionAddedHandler
{
    [RetryNow(typeof(ConcurrencyException), 50, 100, 250, 500)]
    public static Task Handle(
        HomeworkReflectionAdded message,
        IDocumentSession session,
        IMessageBus bus,
        CancellationToken cancellationToken)
    {
        var added = new HomeworkSelfReflectionAdded(message.SelfRating, message.Text, message.AddedBy, message.AddedAt);
        ActingHeaders.RecordCause(session, message.AddedBy, message.AddedByParticipantId);

        return HomeworkContributions.Append(
            session,
            message.HomeworkId,
            item => item.SelfReflection == new SelfReflection(added.SelfRating, added.Text, added.By, added.At),
            added,
            bus,
            cancellationToken);
    }
}
