using JasperFx;
using Marten;
using Mentiway.Feedback.Contracts;
using Mentiway.Homework.Items;
using Wolverine;
using Wolverine.Attributes;

namespace Mentiway.Homework.ReceiveCoworkerFeedback;

/// <summary>A co-worker's answer joins the item's story once per answer id, and never says who answered.</summary>
public static class CoworkerFeedbackAnsweredHandler
{
    [RetryNow(typeof(ConcurrencyException), 50, 100, 250, 500)]
    public static Task Handle(
        CoworkerFeedbackAnswered message,
        IDocumentSession session,
        IMessageBus bus,
        CancellationToken cancellationToken) =>
        HomeworkContributions.Append(
            session,
            message.HomeworkId,
            item => item.CoworkerAnswerIds.Contains(message.AnswerId),
            new HomeworkCoworkerFeedbackAnswered(
                message.AnswerId,
                message.RequestId,
                message.Answer,
                message.Anonymous,
                HomeworkCoworkerFeedbackAnswered.Answerer,
                message.AnsweredAt),
            bus,
            cancellationToken);
}
