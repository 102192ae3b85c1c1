using Marten;
using Mentiway.Homework.Contracts;
using Mentiway.Sessions.Documents;
using Mentiway.Sessions.FollowProgrammes;
using Wolverine.Runtime.Handlers;

namespace Mentiway.Sessions.FollowHomework;

/// <summary>
/// Keeps one copy of each homework item for agendas. States may arrive twice or out of order: a copy is replaced
/// only by a higher version.
/// </summary>
public static class HomeworkStateChangedHandler
{
    public static void Configure(HandlerChain chain) => chain.RetryOnConflicts();

    public static async Task Handle(HomeworkStateChanged message, IDocumentSession session, CancellationToken ct)
    {
        var known = await session.LoadAsync<AgendaHomework>(message.HomeworkId, ct);
        if (known is not null && known.Version >= message.Version)
        {
            return;
        }

        var copy = new AgendaHomework(
            Id: message.HomeworkId,
            PairId: message.PairId,
            SetAtSessionId: message.SetAtSessionId,
            CurrentSessionId: message.CurrentSessionId,
            Assignee: message.Assignee,
            Title: message.Title,
            Instructions: message.Instructions,
            Status: message.Status,
            DueAt: message.DueAt,
            Results: message.Results,
            Reflection: message.Reflection,
            Feedback: message.Feedback,
            Version: message.Version);

        // Insert and update, not upsert: with optimistic concurrency a racing version fails and is retried.
        if (known is null)
        {
            session.Insert(copy);
        }
        else
        {
            session.Update(copy);
        }
    }
}
