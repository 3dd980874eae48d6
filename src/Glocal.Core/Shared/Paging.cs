using System.ComponentModel.DataAnnotations;

namespace Glocal.Core.Shared;

/// <summary>One page of a list, with the total so clients can render pagers.</summary>
public sealed record Page<T>(IReadOnlyList<T> Items, int PageNumber, int PageSize, int Total)
{
    public int PageCount => Total == 0 ? 0 : (Total + PageSize - 1) / PageSize;
}

/// <summary>Paging of a list request; bound from the query string (?page=2&amp;pageSize=50).</summary>
public sealed record PageRequest([property: Range(1, 1_000_000)] int Page = 1, [property: Range(1, PageRequest.MaxPageSize)] int PageSize = 50)
{
    public const int MaxPageSize = 200;

    public int Skip => (Page - 1) * PageSize;
}
