using Marten;

namespace Mentiway.Homework.Documents;

/// <summary>Finds a pair's sessions among those the module has heard of.</summary>
public static class SessionCalendar
{
    /// <summary>The pair's earliest scheduled session starting after the given one, other than it.</summary>
    public static async Task<KnownSession?> NextScheduledAfter(
        IQuerySession session,
        KnownSession after,
        CancellationToken cancellationToken) =>
        await session.Query<KnownSession>()
            .Where(x => x.PairId == after.PairId
                && x.Status == KnownSessionStatus.Scheduled
                && x.Id != after.Id
                && x.StartsAt > after.StartsAt)
            .OrderBy(x => x.StartsAt)
            .FirstOrDefaultAsync(cancellationToken);
}
