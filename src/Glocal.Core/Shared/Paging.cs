using System.ComponentModel.DataAnnotations;

namespace Glocal.Core.Shared;

/// <summary>One page of a list, with the total so clients can render pagers.</summary>
public sealed record Page<T>(IReadOnlyList<T> Items, int PageNumber, int PageSize, int Total)
{
    public int PageCount => Total == 0 ? 0 : (Total + PageSize - 1) / PageSize;
}

public sealed record PageRequest
{
    public const int MaxPageSize = 200;

    [Range(1, int.MaxValue)]
    public int Page { get; init; } = 1;

    [Range(1, MaxPageSize)]
    public int PageSize { get; init; } = 50;

    public int Skip => (Page - 1) * PageSize;
}
