using Glocal.Indicators.Model;

namespace Glocal.Indicators.Operations;

/// <summary>One row of the effective-weights table.</summary>
public sealed record EffectiveWeight(string Code, int Level, double Weight, double Effective);

/// <summary>
/// Weights (OECD/JRC Handbook, step 6): effective weights down the tree, PCA weights and weights optimised
/// towards equal correlations with the parent.
/// </summary>
public static class Weights
{
    /// <summary>
    /// Effective weight of a code: its weight divided by the sum of its siblings' weights, times its parent's
    /// effective weight (the top level has 1). COINr <c>get_eff_weights</c>.
    /// </summary>
    public static IReadOnlyList<EffectiveWeight> Effective(IndexStructure structure, IReadOnlyDictionary<string, double>? weights = null)
    {
        double W(string code) => weights is not null && weights.TryGetValue(code, out var w) ? w : structure.ByCode[code].Weight;
        var result = new Dictionary<string, double>(StringComparer.Ordinal);
        for (var level = structure.MaxLevel; level >= 1; level--)
        {
            foreach (var code in structure.CodesAtLevel(level))
            {
                var parent = structure.ByCode[code].Parent;
                if (parent is null)
                {
                    result[code] = 1;
                    continue;
                }

                var siblings = structure.Children[parent];
                result[code] = W(code) / siblings.Sum(W) * result[parent];
            }
        }

        return structure.AllCodes
            .Select(c => new EffectiveWeight(c, structure.ByCode[c].Level ?? 0, W(c), result[c]))
            .ToList();
    }

    /// <summary>
    /// PCA weights: for each aggregate, the loadings of the first principal component of the correlation
    /// matrix of its children (pairwise-complete Pearson), signed so they sum positive, negative loadings set to
    /// zero, scaled to sum 1. Children above level 1 are first aggregated with the current weights.
    /// Reference: OECD/JRC Handbook (2008) §6.1; COINr <c>get_PCA</c>.
    /// </summary>
    public static Dictionary<string, double> Pca(DataSet aggregated, IndexStructure structure, int? level = null)
    {
        var result = new Dictionary<string, double>(StringComparer.Ordinal);
        foreach (var kids in Groups(structure, level))
        {
            var cols = kids.Select(aggregated.Column).ToArray();
            var corr = new double[kids.Length, kids.Length];
            for (var i = 0; i < kids.Length; i++)
            {
                for (var j = 0; j < kids.Length; j++)
                {
                    var r = i == j ? 1 : Stats.Pearson(cols[i], cols[j]);
                    corr[i, j] = double.IsNaN(r) ? 0 : r;
                }
            }

            var v = LeadingEigenvector(corr);
            if (v.Sum() < 0)
            {
                v = v.Select(x => -x).ToArray();
            }

            var clipped = v.Select(x => Math.Max(0, x)).ToArray();
            var total = clipped.Sum();
            for (var i = 0; i < kids.Length; i++)
            {
                result[kids[i]] = total > 0 ? clipped[i] / total : 1.0 / kids.Length;
            }
        }

        return result;
    }

    /// <summary>
    /// Weights within each aggregate adjusted so that the children's correlations with the aggregate are
    /// proportional to target importances (equal by default: "balance"; COINr <c>get_opt_weights</c> with
    /// <c>itarg</c>): the fixed-point iteration wᵢ ← wᵢ · (tᵢ/Σt)/(ρᵢ/Σρ) on the arithmetic mean, up to 200 steps
    /// or until the shares agree within 1e-6. Weights stay ≥ 0, so a target that would need a negative weight
    /// is approached, not met.
    /// </summary>
    public static Dictionary<string, double> Optimise(DataSet aggregated, IndexStructure structure, int? level = null, IReadOnlyDictionary<string, double>? targets = null)
    {
        var result = new Dictionary<string, double>(StringComparer.Ordinal);
        foreach (var kids in Groups(structure, level))
        {
            var cols = kids.Select(aggregated.Column).ToArray();
            var w = Enumerable.Repeat(1.0 / kids.Length, kids.Length).ToArray();
            var t = kids.Select(k => targets is not null && targets.TryGetValue(k, out var v) ? v : 1.0).ToArray();
            var tTotal = t.Sum();
            var rows = cols[0].Length;
            var agg = new double[rows];
            for (var iteration = 0; iteration < 200 && kids.Length > 1; iteration++)
            {
                for (var r = 0; r < rows; r++)
                {
                    double s = 0, sw = 0;
                    for (var k = 0; k < kids.Length; k++)
                    {
                        if (!double.IsNaN(cols[k][r]))
                        {
                            s += w[k] * cols[k][r];
                            sw += w[k];
                        }
                    }

                    agg[r] = sw > 0 ? s / sw : double.NaN;
                }

                var rho = cols.Select(c => Math.Max(1e-6, Stats.Pearson(c, agg))).ToArray();
                if (rho.Any(double.IsNaN))
                {
                    break;
                }

                var rhoTotal = rho.Sum();
                var gap = 0.0;
                for (var k = 0; k < kids.Length; k++)
                {
                    var ratio = t[k] / tTotal / (rho[k] / rhoTotal);
                    gap = Math.Max(gap, Math.Abs((rho[k] / rhoTotal) - (t[k] / tTotal)));
                    w[k] *= ratio;
                }

                if (gap < 1e-6)
                {
                    break;
                }

                var total = w.Sum();
                for (var k = 0; k < kids.Length; k++)
                {
                    w[k] /= total;
                }
            }

            for (var k = 0; k < kids.Length; k++)
            {
                result[kids[k]] = w[k];
            }
        }

        return result;
    }

    /// <summary>The children of the aggregates at a level (all aggregates when null).</summary>
    private static IEnumerable<string[]> Groups(IndexStructure structure, int? level) =>
        structure.Children.Where(p => level is null || structure.ByCode[p.Key].Level == level).Select(p => p.Value);

    private static double[] LeadingEigenvector(double[,] a)
    {
        var n = a.GetLength(0);
        var v = Enumerable.Repeat(1 / Math.Sqrt(n), n).ToArray();
        for (var iteration = 0; iteration < 1000; iteration++)
        {
            var next = new double[n];
            for (var i = 0; i < n; i++)
            {
                for (var j = 0; j < n; j++)
                {
                    next[i] += a[i, j] * v[j];
                }
            }

            var norm = Math.Sqrt(next.Sum(x => x * x));
            if (norm == 0)
            {
                return v;
            }

            var delta = 0.0;
            for (var i = 0; i < n; i++)
            {
                next[i] /= norm;
                delta = Math.Max(delta, Math.Abs(next[i] - v[i]));
            }

            v = next;
            if (delta < 1e-12)
            {
                break;
            }
        }

        return v;
    }
}
