namespace Mentiway.BuildingBlocks.Paging;

/// <summary>One page of a list: lists are paged, at most <see cref="PageRequest.MaxPageSize"/> items a page.</summary>
public sealed record Page<T>(IReadOnlyList<T> Items, int PageNumber, int PageSize, long TotalItems)
{
    public bool HasNextPage => (long)PageNumber * PageSize < TotalItems;
}

public sealed record PageRequest(int? Page, int? PageSize)
{
    public const int MaxPageSize = 200;
    public const int DefaultPageSize = 50;

    public int Number => Page ?? 1;

    public int Size => PageSize ?? DefaultPageSize;
}
