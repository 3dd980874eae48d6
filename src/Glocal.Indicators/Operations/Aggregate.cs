using Glocal.Indicators.Model;

namespace Glocal.Indicators.Operations;

/// <summary>
/// Aggregation (OECD/JRC Handbook, step 6) level by level along Parent, as COINr's <c>Aggregate</c>. For each
/// unit and aggregate, the children that are present (non-NaN) are combined with their weights renormalised
/// over those children (wᵢ/Σw):
/// arithmetic Σwx/Σw; geometric exp(Σw ln x/Σw); harmonic Σw/Σ(w/x); power (Σw xᵖ/Σw)^{1/p}; median of the
/// present children; Copeland: row sums of the outranking matrix mapped to +1/0/−1 (units compared within a Time).
/// With a data-availability threshold, an aggregate whose share of present children is below it is missing.
/// Reference: OECD/JRC Handbook (2008) §6; COINr <c>a_amean</c>, <c>a_gmean</c>, <c>a_hmean</c>, <c>a_genmean</c>, <c>a_copeland</c>.
/// </summary>
public static class Aggregate
{
    /// <summary>Aggregates a normalised data set (indicator columns) into all codes of the plan.</summary>
    public static DataSet Apply(DataSet normalised, AggregationPlan plan, AggregateStep step)
    {
        var columns = new double[plan.Codes.Length][];
        for (var c = 0; c < plan.IndicatorCount; c++)
        {
            var i = normalised.IndexOf(plan.Codes[c]);
            columns[c] = i >= 0 ? normalised.Columns[i] : throw new KeyNotFoundException($"Indicator '{plan.Codes[c]}' is not in the data set.");
        }

        for (var c = plan.IndicatorCount; c < columns.Length; c++)
        {
            columns[c] = new double[normalised.RowCount];
        }

        Compute(columns, normalised.Slices, plan, step);
        return normalised.WithColumns(plan.Codes, columns);
    }

    /// <summary>
    /// Fills the aggregate columns (indices ≥ IndicatorCount) of <paramref name="columns"/> in place. Allocates
    /// nothing for the row-wise methods, so replications can reuse their buffers.
    /// </summary>
    public static void Compute(double[][] columns, int[][] slices, AggregationPlan plan, AggregateStep step)
    {
        var rows = columns[0].Length;
        for (var n = 0; n < plan.NodeCount; n++)
        {
            var method = step.MethodFor(plan.NodeLevels[n]);
            var target = columns[plan.IndicatorCount + n];
            var kids = plan.Children[n];
            var w = plan.Weights[n];
            if (method == AggregateMethod.Copeland)
            {
                foreach (var slice in slices)
                {
                    Copeland(columns, kids, w, slice, target);
                }

                ApplyThreshold(columns, kids, step.Threshold, target);
                continue;
            }

            for (var r = 0; r < rows; r++)
            {
                target[r] = Row(columns, kids, w, r, method, step.P, step.Threshold, plan.Codes[plan.IndicatorCount + n]);
            }
        }
    }

    private static double Row(double[][] columns, int[] kids, double[] w, int r, AggregateMethod method, double p, double? threshold, string code)
    {
        double sw = 0, acc = 0;
        var present = 0;
        for (var k = 0; k < kids.Length; k++)
        {
            var x = columns[kids[k]][r];
            if (double.IsNaN(x))
            {
                continue;
            }

            present++;
            sw += w[k];
            switch (method)
            {
                case AggregateMethod.Arithmetic:
                    acc += w[k] * x;
                    break;
                case AggregateMethod.Geometric:
                    acc += w[k] * Math.Log(Positive(x, code, "geometric"));
                    break;
                case AggregateMethod.Harmonic:
                    acc += w[k] / NonZero(x, code);
                    break;
                case AggregateMethod.Power:
                    acc += w[k] * (p == 0 ? Math.Log(Positive(x, code, "power (p = 0)")) : Math.Pow(p < 0 ? Positive(x, code, "power (p < 0)") : x, p));
                    break;
                case AggregateMethod.Median:
                case AggregateMethod.Copeland:
                default:
                    break;
            }
        }

        if (present == 0 || (threshold is { } t && (double)present / kids.Length < t))
        {
            return double.NaN;
        }

        return method switch
        {
            AggregateMethod.Arithmetic => acc / sw,
            AggregateMethod.Geometric => Math.Exp(acc / sw),
            AggregateMethod.Harmonic => sw / acc,
            AggregateMethod.Power => p == 0 ? Math.Exp(acc / sw) : Math.Pow(acc / sw, 1 / p),
            AggregateMethod.Median => Median(columns, kids, r),
            AggregateMethod.Copeland => double.NaN,
        };
    }

    private static double Median(double[][] columns, int[] kids, int r)
    {
        Span<double> values = kids.Length <= 256 ? stackalloc double[kids.Length] : new double[kids.Length];
        for (var k = 0; k < kids.Length; k++)
        {
            values[k] = columns[kids[k]][r];
        }

        var n = 0;
        for (var k = 0; k < values.Length; k++)
        {
            if (!double.IsNaN(values[k]))
            {
                values[n++] = values[k];
            }
        }

        var present = values[..n];
        present.Sort();
        return n % 2 == 1 ? present[n / 2] : (present[(n / 2) - 1] + present[n / 2]) / 2;
    }

    /// <summary>
    /// Copeland: o(a,b) = Σ w where x_a &gt; x_b + ½ Σ w where equal (weights scaled to sum 1, missing comparisons
    /// skipped); score(a) = Σ_b sign(o(a,b) − ½).
    /// </summary>
    private static void Copeland(double[][] columns, int[] kids, double[] w, int[] slice, double[] target)
    {
        var total = w.Sum();
        foreach (var a in slice)
        {
            double score = 0;
            foreach (var b in slice)
            {
                if (a == b)
                {
                    continue;
                }

                double o = 0;
                for (var k = 0; k < kids.Length; k++)
                {
                    var xa = columns[kids[k]][a];
                    var xb = columns[kids[k]][b];
                    if (xa > xb)
                    {
                        o += w[k] / total;
                    }
                    else if (xa == xb)
                    {
                        o += w[k] / total / 2;
                    }
                }

                score += o > 0.5 ? 1 : o < 0.5 ? -1 : 0;
            }

            target[a] = score;
        }
    }

    private static void ApplyThreshold(double[][] columns, int[] kids, double? threshold, double[] target)
    {
        for (var r = 0; r < target.Length; r++)
        {
            var present = kids.Count(k => !double.IsNaN(columns[k][r]));
            if (present == 0 || (threshold is { } t && (double)present / kids.Length < t))
            {
                target[r] = double.NaN;
            }
        }
    }

    private static double Positive(double x, string code, string method) =>
        x > 0 ? x : throw new IndicatorInputException("spec", null, code,
            $"the {method} mean needs positive values but a child of '{code}' is {x}; normalise onto a positive range (e.g. [1, 100]) first.");

    private static double NonZero(double x, string code) =>
        x != 0 ? x : throw new IndicatorInputException("spec", null, code,
            $"the harmonic mean needs non-zero values but a child of '{code}' is 0; normalise onto a positive range first.");
}
