using JasperFx;
using Marten;
using Mentiway.Feedback.Contracts;
using Mentiway.Homework.Items;
using Wolverine;
using Wolverine.Attributes;

namespace Mentiway.Homework.ReceiveCoworkerFeedback;

/// <summary>The item's story says co-workers were asked (how many, the question), once per request.</summary>
public static class FeedbackRequestedHandler
{
    [RetryNow(typeof(ConcurrencyException), 50, 100, 250, 500)]
    public static Task Handle(
        FeedbackRequested message,
        IDocumentSession session,
        IMessageBus bus,
        CancellationToken cancellationToken) =>
        HomeworkContributions.Append(
            session,
            message.HomeworkId,
            item => item.CoworkerRequestIds.Contains(message.RequestId),
            new HomeworkCoworkerFeedbackRequested(
                message.RequestId,
                message.Question,
                message.InvitedCount,
                message.Anonymous,
                message.ExpiresAt,
                message.RequestedBy,
                message.RequestedAt),
            bus,
            cancellationToken);
}
