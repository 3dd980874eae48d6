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
/// <param name="Extra">Numeric values of any other iMeta columns, by column name.</param>
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
    int Line = 0,
    IReadOnlyDictionary<string, double>? Extra = null)
{
    /// <summary>A numeric value of a non-standard iMeta column (e.g. COINr's <c>goalpost_lower</c>), if present.</summary>
    public double? ExtraValue(string column) => Extra is not null && Extra.TryGetValue(column, out var v) && !double.IsNaN(v) ? v : null;
}
