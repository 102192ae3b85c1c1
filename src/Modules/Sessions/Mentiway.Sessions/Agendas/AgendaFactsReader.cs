using Marten;
using Mentiway.Homework.Contracts;
using Mentiway.Sessions.Documents;
using Mentiway.Sessions.ReadModels;
using Mentiway.Sessions.Scheduling;
using NodaTime;

namespace Mentiway.Sessions.Agendas;

/// <summary>
/// Whose agenda it is: times are written in the reader's zone, and only the mentor's agenda shows the mentor's own
/// items.
/// </summary>
public enum AgendaReader
{
    Mentor,
    Mentee,
}

/// <summary>Gathers what a session's agenda shows, for one reader: the mentor or the mentee.</summary>
public static class AgendaFactsReader
{
    public static async Task<AgendaFacts> Gather(
        IQuerySession session,
        Session current,
        SessionPair? pair,
        AgendaReader reader,
        CancellationToken cancellationToken)
    {
        var mentor = await session.LoadParticipant(pair?.MentorId, cancellationToken);
        var mentee = await session.LoadParticipant(pair?.MenteeId, cancellationToken);

        var others = await session.Query<Session>()
            .Where(x => x.PairId == current.PairId && x.Id != current.Id && x.Status != SessionStatus.Cancelled)
            .ToListAsync(cancellationToken);
        var previous = others.Where(x => x.StartsAt < current.StartsAt).MaxBy(x => x.StartsAt);
        var next = others.Where(x => x.StartsAt > current.StartsAt).MinBy(x => x.StartsAt);

        var previousId = previous?.Id ?? Guid.Empty;
        var items = await session.Query<AgendaHomework>()
            .Where(x => x.PairId == current.PairId
                && (x.SetAtSessionId == previousId
                    || x.SetAtSessionId == current.Id
                    || x.CurrentSessionId == current.Id))
            .ToListAsync(cancellationToken);

        // The mentor's preparation is the mentor's (ADR 0010): the mentee's agenda leaves it out everywhere,
        // whatever template prints it.
        if (reader == AgendaReader.Mentee)
        {
            items = items.Where(x => x.Assignee == HomeworkAssignee.Mentee).ToList();
        }

        var readerZone = DateTimeZoneProviders.Tzdb.GetZoneOrNull(
                (reader == AgendaReader.Mentor ? mentor : mentee)?.TimeZone ?? string.Empty)
            ?? DateTimeZone.Utc;

        return new AgendaFacts(
            reader,
            current,
            mentor,
            mentee,
            previous,
            next,
            SinceLastTime: items.Where(x => x.SetAtSessionId == previousId
                || (x.CurrentSessionId == current.Id && x.SetAtSessionId != current.Id)).ToList(),
            Preparation: items.Where(x => x.SetAtSessionId == current.Id && x.Assignee == HomeworkAssignee.Mentor)
                .ToList(),
            Homework: items.Where(x => x.SetAtSessionId == current.Id && x.Assignee == HomeworkAssignee.Mentee)
                .ToList(),
            ReaderZone: readerZone);
    }
}
