using Glocal.Indicators.Model;

namespace Glocal.Indicators.Operations;

/// <summary>
/// Imputation along each unit's time series (COINr <c>impute_panel</c>):
/// <list type="bullet">
/// <item><c>latest</c>: the most recent earlier value no more than <c>maxYears</c> before;</item>
/// <item><c>constant</c>: the previous value carried forward, the first value carried back (R <c>approx</c>, method "constant", rule 2);</item>
/// <item><c>linear</c>: linear interpolation between the surrounding values, ends left missing (rule 1);</item>
/// <item><c>linear_constant</c>: linear interpolation, ends held at the nearest value (rule 2).</item>
/// </list>
/// </summary>
public static class PanelImpute
{
    public static void Apply(DataSet data, ImputeStep step)
    {
        foreach (var unitRows in Enumerable.Range(0, data.RowCount).GroupBy(r => data.Units[r], StringComparer.Ordinal))
        {
            var rows = unitRows.OrderBy(r => data.Times[r]).ToArray();
            var times = rows.Select(r => (double)data.Times[r]).ToArray();
            foreach (var column in data.Columns)
            {
                var y = rows.Select(r => column[r]).ToArray();
                var filled = Fill(times, y, step.Method, step.MaxYears);
                for (var i = 0; i < rows.Length; i++)
                {
                    column[rows[i]] = filled[i];
                }
            }
        }
    }

    /// <summary>Fills NaN in <paramref name="y"/> observed at increasing <paramref name="t"/>.</summary>
    public static double[] Fill(double[] t, double[] y, ImputeMethod method, int? maxYears)
    {
        var result = (double[])y.Clone();
        var known = Enumerable.Range(0, y.Length).Where(i => !double.IsNaN(y[i])).ToArray();
        if (known.Length == 0)
        {
            return result;
        }

        for (var i = 0; i < y.Length; i++)
        {
            if (!double.IsNaN(y[i]))
            {
                continue;
            }

            var prev = known.LastOrDefault(k => k < i, -1);
            var next = known.FirstOrDefault(k => k > i, -1);
            result[i] = method switch
            {
                ImputeMethod.Latest => prev >= 0 && (maxYears is null || t[i] - t[prev] <= maxYears) ? y[prev] : double.NaN,
                ImputeMethod.Constant => prev >= 0 ? y[prev] : y[next],
                ImputeMethod.Linear => prev >= 0 && next >= 0 ? Interpolate(t, y, prev, next, i) : double.NaN,
                ImputeMethod.LinearConstant => prev >= 0 && next >= 0 ? Interpolate(t, y, prev, next, i) : prev >= 0 ? y[prev] : y[next],
                _ => throw new ArgumentOutOfRangeException(nameof(method), method, "not a panel imputation method"),
            };
        }

        return result;
    }

    private static double Interpolate(double[] t, double[] y, int a, int b, int i) =>
        y[a] + ((y[b] - y[a]) * (t[i] - t[a]) / (t[b] - t[a]));
}
