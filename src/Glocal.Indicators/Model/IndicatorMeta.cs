namespace Glocal.Indicators.Model;

/// <summary>The kind of an iMeta row, as in COINr's <c>Type</c> column.</summary>
public enum MetaType
{
    Indicator,
    Aggregate,
    Group,
    Denominator,
    Other,
}

/// <summary>One row of COINr's iMeta table.</summary>
/// <param name="Line">1-based line in the source file (header is line 1), for error messages.</param>
public sealed record IndicatorMeta(
    int? Level,
    string Code,
    string Name,
    double Direction,
    double Weight,
    string? Unit,
    double? Target,
    string? Denominator,
    string? Parent,
    MetaType Type,
    int Line = 0);
