namespace Glocal.Indicators.Model;

/// <summary>
/// Everything read from COINr's iData and iMeta tables: the index structure, the raw indicator data set,
/// and the per-row unit names, group labels and denominators (aligned with the rows of <see cref="Raw"/>,
/// which are in file order).
/// </summary>
public sealed record IndexInput(
    IndexStructure Structure,
    DataSet Raw,
    string[] UnitNames,
    IReadOnlyDictionary<string, string?[]> Groups,
    IReadOnlyDictionary<string, double[]> Denominators)
{
    private Dictionary<(string, int), int>? _rows;

    /// <summary>The row of <see cref="Raw"/> holding a unit at a time.</summary>
    public int RowOf(string unit, int time)
    {
        _rows ??= Enumerable.Range(0, Raw.RowCount).ToDictionary(r => (Raw.Units[r], Raw.Times[r]));
        return _rows[(unit, time)];
    }

    /// <summary>The 1-based line of a raw row in the iData file (header is line 1).</summary>
    public static int LineOfRow(int row) => row + 2;
}
