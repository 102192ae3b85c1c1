using Marten;
using Mentiway.Homework.Contracts;
using Mentiway.Sessions.Documents;

namespace Mentiway.Sessions.FollowHomework;

/// <summary>
/// Keeps one copy of each homework item for agendas. States may arrive twice or out of order: a copy is replaced
/// only by a higher version.
/// </summary>
public static class HomeworkStateChangedHandler
{
    public static async Task Handle(HomeworkStateChanged message, IDocumentSession session, CancellationToken ct)
    {
        var known = await session.LoadAsync<AgendaHomework>(message.HomeworkId, ct);
        if (known is not null && known.Version >= message.Version)
        {
            return;
        }

        session.Store(new AgendaHomework(
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
            Version: message.Version));
    }
}
