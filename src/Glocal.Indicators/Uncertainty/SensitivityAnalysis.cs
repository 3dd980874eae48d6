using Glocal.Indicators.Model;
using Glocal.Indicators.Operations;

namespace Glocal.Indicators.Uncertainty;

/// <summary>First-order and total sensitivity indices of one input, with bootstrap percentile intervals.</summary>
public sealed record SensitivityIndex(string Input, double First, double FirstLow, double FirstHigh, double Total, double TotalLow, double TotalHigh);

/// <summary>The outcome of a sensitivity analysis: its design's runs (as an uncertainty result) and the indices.</summary>
public sealed record SensitivityResult(UncertaintyResult Runs, double[] Output, IReadOnlyList<SensitivityIndex> Indices);

/// <summary>
/// Variance-based sensitivity analysis on a Saltelli design (COINr <c>get_sensitivity(SA_type = "SA")</c>).
/// From a base sample of N points in [0,1)^{2k} (pseudo-random or Sobol), A is the first k columns, B the last
/// k, and ABᵢ is A with column i from B: N(k + 2) runs. The output of a run is the mean absolute shift of the
/// target's ranks from the nominal ranks. With V the variance of f(A) ∪ f(B):
/// first order Sᵢ = mean(f(B)(f(ABᵢ) − f(A)))/V (Saltelli et al. 2010, eq. b);
/// total STᵢ = mean((f(A) − f(ABᵢ))²)/(2V) (Jansen 1999).
/// Confidence intervals: 2.5th and 97.5th percentiles over bootstrap resamples of the N rows.
/// Reference: Saltelli et al. (2010), "Variance based sensitivity analysis of model output", CPC 181:259–270.
/// </summary>
public static class SensitivityAnalysis
{
    public static SensitivityResult Run(ReplicationEngine engine, UncertaintySpec spec, int n, long seed, int? maxDegreeOfParallelism = null)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(n, 2);
        var k = engine.InputCount;
        var baseSample = spec.Sampling == Sampling.Sobol
            ? SobolSequence.Generate(n, 2 * k)
            : Enumerable.Range(0, n).Select(j => Enumerable.Range(0, 2 * k).Select(i => CounterRandom.Uniform(seed, j, i)).ToArray()).ToArray();
        var design = new double[n * (k + 2)][];
        for (var j = 0; j < n; j++)
        {
            design[j] = baseSample[j][..k];
            design[n + j] = baseSample[j][k..];
            for (var i = 0; i < k; i++)
            {
                var ab = (double[])design[j].Clone();
                ab[i] = baseSample[j][k + i];
                design[((2 + i) * n) + j] = ab;
            }
        }

        var (scores, ranks) = UncertaintyAnalysis.RunDesign(engine, design, seed, n, maxDegreeOfParallelism);
        var y = ranks.Select(r => MeanAbsoluteShift(r, engine.NominalRanks)).ToArray();
        var indices = Indices(y, n, k, spec.Inputs.Select(i => i.Name).ToArray(), spec.Bootstrap, seed);
        var runs = new UncertaintyResult(engine.Units, spec.Inputs.Select(i => i.Name).ToArray(), design, scores, ranks,
            engine.NominalScores, engine.NominalRanks, UncertaintyAnalysis.Statistics(engine.Units, engine.NominalRanks, ranks));
        return new SensitivityResult(runs, y, indices);
    }

    /// <summary>Builds the engine and runs the analysis for a parsed spec.</summary>
    public static SensitivityResult Run(IndexInput input, PipelineSpec spec, int n, long seed, IReadOnlyDictionary<string, double>? weights = null)
    {
        var u = UncertaintyAnalysis.RequireUncertainty(spec);
        return Run(new ReplicationEngine(input, spec.Steps, u, weights), u, n, seed);
    }

    /// <summary>The estimators on outputs laid out as [f(A); f(B); f(AB₁); …; f(AB_k)], each block N long.</summary>
    public static IReadOnlyList<SensitivityIndex> Indices(double[] y, int n, int k, string[] names, int bootstrap, long seed)
    {
        var all = Enumerable.Range(0, n).ToArray();
        var result = new List<SensitivityIndex>(k);
        var firstBoot = new double[bootstrap];
        var totalBoot = new double[bootstrap];
        var sample = new int[n];
        for (var i = 0; i < k; i++)
        {
            var (first, total) = Estimate(y, n, i, all);
            for (var b = 0; b < bootstrap; b++)
            {
                for (var j = 0; j < n; j++)
                {
                    sample[j] = (int)(CounterRandom.Uniform(seed, 7_000_001L + b, j) * n);
                }

                (firstBoot[b], totalBoot[b]) = Estimate(y, n, i, sample);
            }

            result.Add(new SensitivityIndex(names[i], first,
                Stats.Quantile(firstBoot, 0.025), Stats.Quantile(firstBoot, 0.975),
                total, Stats.Quantile(totalBoot, 0.025), Stats.Quantile(totalBoot, 0.975)));
        }

        return result;
    }

    private static (double First, double Total) Estimate(double[] y, int n, int i, int[] rows)
    {
        double sum = 0, sum2 = 0, first = 0, total = 0;
        foreach (var j in rows)
        {
            double a = y[j], b = y[n + j], ab = y[((2 + i) * n) + j];
            sum += a + b;
            sum2 += (a * a) + (b * b);
            first += b * (ab - a);
            total += (a - ab) * (a - ab);
        }

        var m = rows.Length;
        var mean = sum / (2 * m);
        var variance = (sum2 / (2 * m)) - (mean * mean);
        return variance > 0 ? (first / m / variance, total / m / (2 * variance)) : (double.NaN, double.NaN);
    }

    /// <summary>Mean over units of |rank − nominal rank| (units missing in either are skipped).</summary>
    public static double MeanAbsoluteShift(double[] ranks, double[] nominal)
    {
        double sum = 0;
        var count = 0;
        for (var u = 0; u < ranks.Length; u++)
        {
            if (!double.IsNaN(ranks[u]) && !double.IsNaN(nominal[u]))
            {
                sum += Math.Abs(ranks[u] - nominal[u]);
                count++;
            }
        }

        return count == 0 ? double.NaN : sum / count;
    }
}
