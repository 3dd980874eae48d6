using Glocal.Indicators.Model;

namespace Glocal.Indicators.Operations;

/// <summary>
/// Imputation of missing values (OECD/JRC Handbook, step 4), following COINr's <c>Impute</c> definitions.
/// Cross-sectional methods work within each Time of a panel; panel methods work along each unit's time series.
/// </summary>
public static class Impute
{
    /// <exception cref="IndicatorInputException">A group method names a group column that iData does not have.</exception>
    public static DataSet Apply(DataSet data, IndexInput input, ImputeStep step)
    {
        var result = data.CloneValues();
        switch (step.Method)
        {
            case ImputeMethod.Mean:
            case ImputeMethod.Median:
                foreach (var slice in data.Slices)
                {
                    foreach (var column in result.Columns)
                    {
                        FillColumn(column, slice, step.Method == ImputeMethod.Mean);
                    }
                }

                break;
            case ImputeMethod.MeanByGroup:
            case ImputeMethod.MedianByGroup:
                var groups = GroupLabels(data, input, step.Group);
                foreach (var slice in data.Slices)
                {
                    foreach (var bucket in slice.GroupBy(r => groups[r] ?? string.Empty, StringComparer.Ordinal))
                    {
                        var rows = bucket.ToArray();
                        foreach (var column in result.Columns)
                        {
                            FillColumn(column, rows, step.Method == ImputeMethod.MeanByGroup);
                        }
                    }
                }

                break;
            case ImputeMethod.RowMean:
                foreach (var slice in data.Slices)
                {
                    RowMean(result, input.Structure, slice, step);
                }

                break;
            case ImputeMethod.Latest:
            case ImputeMethod.Constant:
            case ImputeMethod.Linear:
            case ImputeMethod.LinearConstant:
                PanelImpute.Apply(result, step);
                break;
        }

        // A column without missing values is unchanged: share the input's array (data sets are immutable),
        // so only imputed columns outlive this call.
        for (var c = 0; c < data.Codes.Length; c++)
        {
            if (Stats.CountPresent(data.Columns[c]) == data.RowCount)
            {
                result.Columns[c] = data.Columns[c];
            }
        }

        return result;
    }

    private static string?[] GroupLabels(DataSet data, IndexInput input, string? group)
    {
        if (group is null || !input.Groups.TryGetValue(group, out var labels))
        {
            throw new IndicatorInputException("spec", null, "group",
                $"impute by group needs a group column of iData; '{group}' is not one ({string.Join(", ", input.Groups.Keys)}).");
        }

        return data.Units.Select((u, r) => labels[input.RowOf(u, data.Times[r])]).ToArray();
    }

    /// <summary>Replaces NaN at the given rows by the mean (or median) of the present values at those rows.</summary>
    private static void FillColumn(double[] column, int[] rows, bool mean)
    {
        var values = new double[rows.Length];
        var anyMissing = false;
        for (var i = 0; i < rows.Length; i++)
        {
            values[i] = column[rows[i]];
            anyMissing |= double.IsNaN(values[i]);
        }

        if (!anyMissing)
        {
            return;
        }

        var fill = mean ? Stats.Mean(values) : Stats.Median(values);
        foreach (var r in rows)
        {
            if (double.IsNaN(column[r]))
            {
                column[r] = fill;
            }
        }
    }

    /// <summary>
    /// Row-wise mean imputation (COINr <c>impute_by = "row"</c>): with normalise-first, each column is
    /// multiplied by its direction and min-max scaled to [0, 1]; a missing value gets the mean of the unit's
    /// present scaled values (over all indicators, or within the same parent), mapped back to the column's scale.
    /// </summary>
    private static void RowMean(DataSet data, IndexStructure structure, int[] rows, ImputeStep step)
    {
        var k = data.Codes.Length;
        var min = new double[k];
        var max = new double[k];
        var dir = new double[k];
        for (var c = 0; c < k; c++)
        {
            dir[c] = structure.ByCode.TryGetValue(data.Codes[c], out var m) ? m.Direction : 1;
            var slice = rows.Select(r => data.Columns[c][r] * dir[c]).ToArray();
            min[c] = Stats.Min(slice);
            max[c] = Stats.Max(slice);
        }

        double Scaled(int c, int r) => step.NormaliseFirst
            ? ((data.Columns[c][r] * dir[c]) - min[c]) / (max[c] - min[c])
            : data.Columns[c][r];

        var parent = data.Codes.Select(c => structure.ByCode.TryGetValue(c, out var m) ? m.Parent : null).ToArray();
        var fills = new List<(int C, int R, double V)>();
        foreach (var r in rows)
        {
            for (var c = 0; c < k; c++)
            {
                if (!double.IsNaN(data.Columns[c][r]))
                {
                    continue;
                }

                double sum = 0;
                var n = 0;
                for (var j = 0; j < k; j++)
                {
                    if (j == c || double.IsNaN(data.Columns[j][r]) || (step.WithinParent && !string.Equals(parent[j], parent[c], StringComparison.Ordinal)))
                    {
                        continue;
                    }

                    sum += Scaled(j, r);
                    n++;
                }

                if (n == 0)
                {
                    continue;
                }

                var mean = sum / n;
                fills.Add((c, r, step.NormaliseFirst ? ((mean * (max[c] - min[c])) + min[c]) / dir[c] : mean));
            }
        }

        foreach (var (c, r, v) in fills)
        {
            data.Columns[c][r] = v;
        }
    }
}
