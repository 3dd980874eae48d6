using Glocal.Indicators.Model;

namespace Glocal.Indicators.Operations;

/// <summary>
/// Normalisation (OECD/JRC Handbook, step 5) as COINr's <c>Normalise</c>: each indicator is multiplied by its
/// Direction, then mapped by the method (COINr's <c>n_*</c> functions). Within each Time of a panel, or over all
/// years at once when <see cref="NormaliseStep.Global"/>.
/// </summary>
public static class Normalise
{
    /// <exception cref="IndicatorInputException">dist2ref names a unit that is not in the data; fracmax with Direction −1 on non-positive data.</exception>
    public static DataSet Apply(DataSet data, IndexStructure structure, NormaliseStep step)
    {
        var result = data.WithColumns(data.Codes, data.Columns.Select(c => new double[c.Length]).ToArray());
        var slices = step.Global || !data.IsPanel ? [Enumerable.Range(0, data.RowCount).ToArray()] : data.Slices;
        foreach (var slice in slices)
        {
            var x = new double[slice.Length];
            for (var c = 0; c < data.Codes.Length; c++)
            {
                var code = data.Codes[c];
                var spec = step.Individual is not null && step.Individual.TryGetValue(code, out var own) ? own : step;
                var meta = structure.ByCode.TryGetValue(code, out var m) ? m : null;
                var direction = meta?.Direction ?? 1;
                for (var i = 0; i < slice.Length; i++)
                {
                    x[i] = data.Columns[c][slice[i]];
                }

                var reference = -1;
                if (spec.Method == NormaliseMethod.Dist2Ref)
                {
                    reference = Array.FindIndex(slice, r => string.Equals(data.Units[r], spec.Reference, StringComparison.Ordinal));
                    if (reference < 0 && int.TryParse(spec.Reference, System.Globalization.CultureInfo.InvariantCulture, out var position)
                        && position >= 1 && position <= slice.Length)
                    {
                        reference = position - 1; // COINr's iref: a 1-based row position
                    }

                    if (reference < 0)
                    {
                        throw new IndicatorInputException("spec", null, "reference", $"dist2ref: unit '{spec.Reference}' is not in the data.");
                    }
                }

                if (spec.Method == NormaliseMethod.Goalposts && meta?.ExtraValue("goalpost_lower") is { } gl && meta.ExtraValue("goalpost_upper") is { } gu)
                {
                    // COINr's iMeta route (f_n_para = "use_iMeta"): goalposts per indicator.
                    spec = spec with { GoalLower = gl, GoalUpper = gu, GoalScale = meta.ExtraValue("goalpost_scale") ?? spec.GoalScale };
                }

                var y = Column(x, direction, spec, meta?.Target, reference, code);
                for (var i = 0; i < slice.Length; i++)
                {
                    result.Columns[c][slice[i]] = y[i];
                }
            }
        }

        return result;
    }

    /// <summary>Normalises one indicator vector (raw orientation) with its direction.</summary>
    public static double[] Column(double[] raw, double direction, NormaliseStep spec, double? target = null, int reference = -1, string code = "")
    {
        if (spec.Method == NormaliseMethod.Goalposts)
        {
            return Goalposts(raw, direction, spec.GoalLower, spec.GoalUpper, spec.GoalScale);
        }

        if (spec.Method == NormaliseMethod.FracMax)
        {
            return FracMax(raw, direction, code);
        }

        var x = new double[raw.Length];
        for (var i = 0; i < x.Length; i++)
        {
            x[i] = raw[i] * direction;
        }

        return spec.Method switch
        {
            NormaliseMethod.MinMax => MinMax(x, spec.Lower, spec.Upper),
            NormaliseMethod.ZScore => ZScore(x, spec.Mean, spec.Sd),
            NormaliseMethod.Rank => Ranking.LowIsFirst(x),
            NormaliseMethod.PRank => PRank(x),
            NormaliseMethod.Borda => Ranking.LowIsFirst(x).Select(r => r - 1).ToArray(),
            NormaliseMethod.Dist2Max => Dist2Max(x),
            NormaliseMethod.Dist2Ref => Dist2Ref(x, reference, spec.CapMax),
            NormaliseMethod.Dist2Target => Dist2Target(x, (target ?? throw new IndicatorInputException("iMeta", null, "Target",
                $"dist2target needs a Target for '{code}'.")) * direction, spec.CapMax),
            NormaliseMethod.None => x,
            NormaliseMethod.Goalposts or NormaliseMethod.FracMax => throw new InvalidOperationException("handled above"),
        };
    }

    /// <summary>Min-max: (x − min)/(max − min) · (u − l) + l (COINr <c>n_minmax</c>).</summary>
    public static double[] MinMax(double[] x, double lower, double upper)
    {
        var min = Stats.Min(x);
        var max = Stats.Max(x);
        var y = new double[x.Length];
        for (var i = 0; i < x.Length; i++)
        {
            y[i] = ((x[i] - min) / (max - min) * (upper - lower)) + lower;
        }

        return y;
    }

    /// <summary>z-score: (x − mean)/sd · s + m, sample sd (COINr <c>n_zscore</c>).</summary>
    public static double[] ZScore(double[] x, double mean, double sd)
    {
        var m = Stats.Mean(x);
        var s = Stats.StdDev(x);
        return x.Select(v => ((v - m) / s * sd) + mean).ToArray();
    }

    /// <summary>Percentile rank: (rank − 1)/(n − 1), ranks ascending with ties at the minimum (COINr <c>n_prank</c>).</summary>
    public static double[] PRank(double[] x)
    {
        var n = Stats.CountPresent(x);
        return Ranking.LowIsFirst(x).Select(r => (r - 1) / (n - 1)).ToArray();
    }

    /// <summary>Distance to the maximum: 1 − (max − x)/(max − min) (COINr <c>n_dist2max</c>).</summary>
    public static double[] Dist2Max(double[] x)
    {
        var min = Stats.Min(x);
        var max = Stats.Max(x);
        return x.Select(v => 1 - ((max - v) / (max - min))).ToArray();
    }

    /// <summary>Distance to a reference unit: 1 − (x_ref − x)/(x_ref − min), optionally capped at 1 (COINr <c>n_dist2ref</c>).</summary>
    public static double[] Dist2Ref(double[] x, int reference, bool capMax)
    {
        var min = Stats.Min(x);
        var xref = x[reference];
        return x.Select(v => Cap(1 - ((xref - v) / (xref - min)), capMax)).ToArray();
    }

    /// <summary>
    /// Distance to target: (x − min)/(target − min), optionally capped at 1 (COINr <c>n_dist2targ</c> with iMeta
    /// targets: both the data and the target are multiplied by the direction first).
    /// </summary>
    public static double[] Dist2Target(double[] x, double target, bool capMax)
    {
        var min = Stats.Min(x);
        return x.Select(v => Cap((v - min) / (target - min), capMax)).ToArray();
    }

    /// <summary>
    /// Fraction of the best value. Direction +1: x / max (COINr <c>n_fracmax</c>). Direction −1: min / x, so the
    /// best (lowest) value scores 1 and the scale stays in (0, 1] — COINr divides −x by max(−x), which puts the
    /// best unit lowest (see ADR 0010). Needs positive values when the direction is −1.
    /// </summary>
    public static double[] FracMax(double[] raw, double direction, string code = "")
    {
        if (direction > 0)
        {
            var max = Stats.Max(raw);
            return raw.Select(v => v / max).ToArray();
        }

        var min = Stats.Min(raw);
        if (!(min > 0))
        {
            throw new IndicatorInputException("data", null, code,
                $"fracmax with Direction −1 needs positive values; the minimum of '{code}' is {min}.");
        }

        return raw.Select(v => min / v).ToArray();
    }

    /// <summary>
    /// Goalposts: (x − l)/(u − l) for Direction +1, (x − u)/(l − u) for −1, truncated to [0, 1], times the scale
    /// (COINr <c>n_goalposts</c>; applied to the original orientation of the data).
    /// </summary>
    public static double[] Goalposts(double[] raw, double direction, double lower, double upper, double scale) =>
        raw.Select(v =>
        {
            var y = direction < 0 ? (v - upper) / (lower - upper) : (v - lower) / (upper - lower);
            return double.IsNaN(y) ? y : Math.Clamp(y, 0, 1) * scale;
        }).ToArray();

    private static double Cap(double y, bool capMax) => capMax && y > 1 ? 1 : y;
}
