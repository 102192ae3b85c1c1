using Marten;

namespace Mentiway.BuildingBlocks.Paging;

public static class PagedQueries
{
    /// <summary>
    /// Reads one page and the total in two plain queries. (Marten's paged list counts alongside the rows, so a page
    /// past the end would report a total of zero.)
    /// </summary>
    public static async Task<Page<TView>> ToPageAsync<TDocument, TView>(
        this IQueryable<TDocument> query,
        PageRequest paging,
        Func<TDocument, TView> view,
        CancellationToken cancellationToken)
        where TDocument : notnull
    {
        var total = await query.CountAsync(cancellationToken);
        var items = await query
            .Skip((paging.Number - 1) * paging.Size)
            .Take(paging.Size)
            .ToListAsync(cancellationToken);

        return new Page<TView>(items.Select(view).ToList(), paging.Number, paging.Size, total);
    }
}
