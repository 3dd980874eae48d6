namespace Glocal.Indicators.Model;

/// <summary>
/// A data set of the pipeline: one row per unit and time, one column per indicator or aggregate code.
/// Columns are stored column-major (<c>Columns[c][row]</c>); a missing value is <see cref="double.NaN"/>.
/// </summary>
/// <param name="Units">uCode of each row.</param>
/// <param name="Times">Time of each row (all equal when the data are not a panel).</param>
/// <param name="Codes">Column codes, in order.</param>
/// <param name="Columns">Values, <c>Columns[c][row]</c>.</param>
public sealed record DataSet(string[] Units, int[] Times, string[] Codes, double[][] Columns)
{
    private Dictionary<string, int>? _index;
    private int[][]? _slices;

    /// <summary>Number of rows.</summary>
    public int RowCount => Units.Length;

    /// <summary>True when the rows span more than one Time value.</summary>
    public bool IsPanel => Slices.Length > 1;

    /// <summary>Row indices grouped by Time, in increasing Time order.</summary>
    public int[][] Slices => _slices ??= BuildSlices(Times);

    /// <summary>The column index of a code, or -1.</summary>
    public int IndexOf(string code)
    {
        _index ??= Codes.Select((c, i) => (c, i)).ToDictionary(p => p.c, p => p.i, StringComparer.Ordinal);
        return _index.TryGetValue(code, out var i) ? i : -1;
    }

    /// <summary>The column of a code; throws when absent.</summary>
    public double[] Column(string code)
    {
        var i = IndexOf(code);
        return i >= 0 ? Columns[i] : throw new KeyNotFoundException($"No column '{code}' in the data set.");
    }

    /// <summary>A copy with the same rows and new columns.</summary>
    public DataSet WithColumns(string[] codes, double[][] columns) => new(Units, Times, codes, columns);

    /// <summary>A deep copy of the values (rows and codes shared).</summary>
    public DataSet CloneValues() => WithColumns(Codes, Columns.Select(c => (double[])c.Clone()).ToArray());

    /// <summary>Keeps only the given rows, in the given order.</summary>
    public DataSet SelectRows(IReadOnlyList<int> rows)
    {
        var units = new string[rows.Count];
        var times = new int[rows.Count];
        for (var r = 0; r < rows.Count; r++)
        {
            units[r] = Units[rows[r]];
            times[r] = Times[rows[r]];
        }

        var columns = new double[Columns.Length][];
        for (var c = 0; c < Columns.Length; c++)
        {
            var source = Columns[c];
            var column = new double[rows.Count];
            for (var r = 0; r < rows.Count; r++)
            {
                column[r] = source[rows[r]];
            }

            columns[c] = column;
        }

        return new DataSet(units, times, Codes, columns);
    }

    private static int[][] BuildSlices(int[] times) =>
        Enumerable.Range(0, times.Length)
            .GroupBy(r => times[r])
            .OrderBy(g => g.Key)
            .Select(g => g.ToArray())
            .ToArray();
}
