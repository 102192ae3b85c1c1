namespace Mentiway.BuildingBlocks.Paging;

/// <summary>One page of a list. Lists are paged, at most 200 items a page.</summary>
public sealed record Page<T>(IReadOnlyList<T> Items, int PageNumber, int PageSize, long TotalItems)
{
    public bool HasNextPage => (long)PageNumber * PageSize < TotalItems;
}

/// <summary>Which page a caller asked for (query parameters page and pageSize), with the defaults applied.</summary>
public sealed record PageRequest(int? Page, int? PageSize)
{
    public const int MaxPageSize = 200;
    public const int DefaultPageSize = 50;

    /// <summary>Far beyond any real list, and low enough that the offset it means cannot overflow.</summary>
    public const int MaxPage = 100_000;

    public int Number => Page ?? 1;

    public int Size => PageSize ?? DefaultPageSize;
}
