using Glocal.Indicators.Model;

namespace Glocal.Indicators.Operations;

/// <summary>
/// One row of the treatment table (COINr's <c>Dets_Table</c>): the skew/kurtosis check before treatment (0),
/// after winsorisation (1) and after the fallback transformation (2), and the number of winsorised points.
/// </summary>
public sealed record TreatDetail(
    string Code,
    int Time,
    bool Pass0,
    double Skew0,
    double Kurt0,
    int? Winsorised,
    bool? Pass1,
    double Skew1,
    double Kurt1,
    bool? Pass2,
    double Skew2,
    double Kurt2);

/// <summary>The treatment audit: details per indicator (and time), and a label per treated point (<c>Points[c][row]</c>).</summary>
public sealed record TreatAudit(IReadOnlyList<TreatDetail> Details, string[] Codes, string[][] Points);

/// <summary>
/// Outlier treatment as COINr's <c>Treat</c> (defaults: <c>winsorise</c>, <c>log_CT</c>, <c>check_SkewKurt</c>).
/// An indicator passes when |skew| &lt; s or excess kurtosis &lt; k (type-2 sample statistics, <see cref="Stats.Skew"/>).
/// A failing one is winsorised one value at a time on the tail given by the sign of the skew (the extreme
/// value, with any ties, is set to the next value inward), until it passes or <c>winmax</c> points are
/// winsorised. If it still fails, the fallback is applied to the original values (or to the winsorised
/// ones with <c>combine</c>): log_CT ln(x − min + 0.01(max − min)); log_CT_plus the same for positive skew
/// and −ln(max + a − x) otherwise; Box-Cox ((x − min + 1)^λ − 1)/λ, or ln for λ = 0.
/// Reference: OECD/JRC Handbook (2008) §4; COINr documentation, "Outlier treatment".
/// </summary>
public static class Treat
{
    public static (DataSet Data, TreatAudit Audit) Apply(DataSet data, TreatStep step)
    {
        // Copy-on-write: a column that passes untouched shares the input's array (data sets are immutable).
        var result = data.WithColumns(data.Codes, (double[][])data.Columns.Clone());
        var points = new string[data.Codes.Length][];
        var perColumn = new List<TreatDetail>[data.Codes.Length];
        var slices = data.Slices;

        // Columns are independent: large data sets (a national panel) use both cores, small ones stay sequential.
        var parallel = (long)data.RowCount * data.Codes.Length >= ParallelThreshold;
        if (parallel)
        {
            Parallel.For(0, data.Codes.Length, c => perColumn[c] = TreatColumn(data, result, points, slices, step, c));
        }
        else
        {
            for (var c = 0; c < data.Codes.Length; c++)
            {
                perColumn[c] = TreatColumn(data, result, points, slices, step, c);
            }
        }

        // COINr's table order: by time, then by indicator.
        var details = perColumn.SelectMany(d => d).OrderBy(d => d.Time).ToList();
        var none = points.Any(p => p is null) ? new string[data.RowCount] : [];
        Array.Fill(none, string.Empty);
        for (var c = 0; c < points.Length; c++)
        {
            points[c] ??= none; // columns nobody touched share one all-empty column
        }

        return (result, new TreatAudit(details, data.Codes, points));
    }

    /// <summary>Cells (rows × columns) from which <see cref="Apply"/> treats columns in parallel.</summary>
    public const long ParallelThreshold = 50_000;

    private static List<TreatDetail> TreatColumn(DataSet data, DataSet result, string[][] points, int[][] slices, TreatStep step, int c)
    {
        var details = new List<TreatDetail>(slices.Length);
        var spec = step;
        if (step.Individual is not null && step.Individual.TryGetValue(data.Codes[c], out var own))
        {
            if (own is null)
            {
                return details;
            }

            spec = own;
        }

        foreach (var slice in slices)
        {
            var x = new double[slice.Length];
            var labels = new string[slice.Length];
            for (var i = 0; i < slice.Length; i++)
            {
                x[i] = data.Columns[c][slice[i]];
            }

            var detail = Vector(x, labels, spec, data.Codes[c], data.Times[slice[0]]);
            details.Add(detail);
            if (!detail.Pass0 || spec.ForceWin)
            {
                if (ReferenceEquals(result.Columns[c], data.Columns[c]))
                {
                    result.Columns[c] = (double[])data.Columns[c].Clone();
                }

                for (var i = 0; i < slice.Length; i++)
                {
                    result.Columns[c][slice[i]] = x[i];
                }

                if (points[c] is null)
                {
                    points[c] = new string[data.RowCount];
                    Array.Fill(points[c], string.Empty);
                }

                for (var i = 0; i < slice.Length; i++)
                {
                    points[c][slice[i]] = labels[i];
                }
            }
        }

        return details;
    }

    /// <summary>Treats one vector in place; writes a label per point ("winhi", "winlo", "+log_CT", …).</summary>
    public static TreatDetail Vector(double[] x, string[] labels, TreatStep spec, string code = "", int time = 0)
    {
        Array.Fill(labels, string.Empty);
        var (pass0, skew0, kurt0) = Check(x, spec);
        if (pass0 && !spec.ForceWin)
        {
            return new TreatDetail(code, time, pass0, skew0, kurt0, null, null, double.NaN, double.NaN, null, double.NaN, double.NaN);
        }

        var original = (double[])x.Clone();
        var winsorised = Winsorise(x, labels, spec);
        var (pass1, skew1, kurt1) = Check(x, spec);
        if (pass1 || spec.Fallback == TreatFallback.None)
        {
            return new TreatDetail(code, time, pass0, skew0, kurt0, winsorised, pass1, skew1, kurt1, null, double.NaN, double.NaN);
        }

        if (!spec.Combine)
        {
            Array.Copy(original, x, x.Length);
        }

        var label = Transform(x, spec);
        for (var i = 0; i < labels.Length; i++)
        {
            // COINr pastes the two treatment labels with "+" (so an unwinsorised point reads "+log_CT").
            labels[i] = label.Length == 0 ? labels[i] : labels[i] + "+" + label;
        }

        var (pass2, skew2, kurt2) = Check(x, spec);
        return new TreatDetail(code, time, pass0, skew0, kurt0, winsorised, pass1, skew1, kurt1, pass2, skew2, kurt2);
    }

    /// <summary>COINr's <c>check_SkewKurt</c>: pass when |skew| &lt; s or kurtosis &lt; k. Fewer than 4 values pass untreated.</summary>
    public static (bool Pass, double Skew, double Kurt) Check(ReadOnlySpan<double> x, TreatStep spec)
    {
        var (skew, kurt, n) = Stats.SkewKurtosis(x);
        if (n < 4)
        {
            return (true, skew, kurt);
        }

        return ((Math.Abs(skew) < spec.Skew) || (kurt < spec.Kurtosis), skew, kurt);
    }

    /// <summary>
    /// Winsorisation loop. The count is COINr's: the points tied at the extreme in the latest high step plus
    /// those of the latest low step (earlier winsorised points are tied with the new extreme, so it counts
    /// them all). <c>winmax = null</c> means no limit: it stops when the check passes or nothing is left to clip.
    /// </summary>
    private static int Winsorise(double[] x, string[] labels, TreatStep spec)
    {
        var high = new List<int>();
        var low = new List<int>();
        var count = 0;
        var (passing, skew, _) = Check(x, spec);
        while ((!passing || spec.ForceWin) && (spec.WinMax is null || count < spec.WinMax))
        {
            // The tail is given by the sign of the current skew (COINr: skew ≥ 0 → high).
            var sign = skew >= 0 ? 1.0 : -1.0;
            var extreme = double.NegativeInfinity;
            var next = double.NegativeInfinity;
            foreach (var raw in x)
            {
                var v = raw * sign;
                if (v > extreme)
                {
                    next = extreme;
                    extreme = v;
                }
                else if (v < extreme && v > next)
                {
                    next = v;
                }
            }

            if (double.IsNegativeInfinity(next))
            {
                break; // all values equal: nothing left to winsorise
            }

            var tied = new List<int>();
            for (var i = 0; i < x.Length; i++)
            {
                if (x[i] * sign == extreme)
                {
                    tied.Add(i);
                    x[i] = next * sign;
                }
            }

            if (sign > 0)
            {
                high = tied;
            }
            else
            {
                low = tied;
            }

            count = high.Count + low.Count;
            (passing, skew, _) = Check(x, spec);
        }

        // COINr labels the points of the latest step on each side (which include all earlier ones on that side).
        foreach (var i in high)
        {
            labels[i] = "winhi";
        }

        foreach (var i in low)
        {
            labels[i] = "winlo";
        }

        return count;
    }

    private static string Transform(double[] x, TreatStep spec)
    {
        var min = Stats.Min(x);
        var max = Stats.Max(x);
        var a = 0.01 * (max - min);
        switch (spec.Fallback)
        {
            case TreatFallback.LogCt:
                Map(x, v => Math.Log(v - min + a));
                return "log_CT";
            case TreatFallback.LogCtPlus:
                if (Stats.Skew(x) > 0)
                {
                    Map(x, v => Math.Log(v - min + a));
                    return "log_CT";
                }

                Map(x, v => -Math.Log(max + a - v));
                return "log_CT_neg";
            case TreatFallback.BoxCox:
                var lambda = spec.Lambda;
                Map(x, v => lambda == 0 ? Math.Log(v - min + 1) : (Math.Pow(v - min + 1, lambda) - 1) / lambda);
                return string.Empty; // COINr's boxcox returns no point labels
            case TreatFallback.None:
            default:
                return string.Empty;
        }
    }

    private static void Map(double[] x, Func<double, double> f)
    {
        for (var i = 0; i < x.Length; i++)
        {
            x[i] = double.IsNaN(x[i]) ? double.NaN : f(x[i]);
        }
    }
}
