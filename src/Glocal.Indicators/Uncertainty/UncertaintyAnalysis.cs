using Glocal.Indicators.Model;
using Glocal.Indicators.Operations;

namespace Glocal.Indicators.Uncertainty;

/// <summary>Rank statistics of one unit over the replications.</summary>
public sealed record RankStatistics(string Unit, double Nominal, double Mean, double Median, double Q05, double Q95);

/// <summary>
/// The outcome of an uncertainty analysis: the inputs' draws, the target's scores and ranks of every
/// replication (<c>[replication][unit]</c>), and per-unit rank statistics.
/// </summary>
public sealed record UncertaintyResult(
    string[] Units,
    string[] InputNames,
    double[][] Draws,
    double[][] Scores,
    double[][] Ranks,
    double[] NominalScores,
    double[] NominalRanks,
    IReadOnlyList<RankStatistics> Statistics);

/// <summary>
/// Uncertainty analysis (OECD/JRC Handbook, step 7; COINr <c>get_sensitivity(SA_type = "UA")</c>): N replications,
/// each drawing every uncertain input independently and uniformly, run in parallel.
/// </summary>
public static class UncertaintyAnalysis
{
    public static UncertaintyResult Run(ReplicationEngine engine, int runs, long seed, int? maxDegreeOfParallelism = null)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(runs, 1);
        var k = engine.InputCount;
        var draws = new double[runs][];
        for (var j = 0; j < runs; j++)
        {
            draws[j] = new double[k];
            for (var i = 0; i < k; i++)
            {
                draws[j][i] = CounterRandom.Uniform(seed, j, i);
            }
        }

        var (scores, ranks) = RunDesign(engine, draws, seed, runs, maxDegreeOfParallelism);
        return new UncertaintyResult(engine.Units, [], draws, scores, ranks, engine.NominalScores, engine.NominalRanks,
            Statistics(engine.Units, engine.NominalRanks, ranks));
    }

    /// <summary>Runs every row of a design (one uniform per input) in parallel; returns scores and ranks per row.</summary>
    public static (double[][] Scores, double[][] Ranks) RunDesign(ReplicationEngine engine, double[][] design, long seed, int weightSets, int? maxDegreeOfParallelism = null)
    {
        var units = engine.Units.Length;
        var scores = new double[design.Length][];
        var ranks = new double[design.Length][];
        var options = new ParallelOptions { MaxDegreeOfParallelism = maxDegreeOfParallelism ?? Environment.ProcessorCount };
        try
        {
            Parallel.For(0, design.Length, options, engine.CreateBuffers, (j, _, buffers) =>
            {
                var s = new double[units];
                var r = new double[units];
                engine.Run(design[j], seed, weightSets, buffers, s, r);
                scores[j] = s;
                ranks[j] = r;
                return buffers;
            }, _ => { });
        }
        catch (AggregateException e) when (e.InnerExceptions[0] is IndicatorInputException input)
        {
            // A combination of alternatives that cannot be built (e.g. a geometric mean over a range that
            // includes 0) is the spec's fault: report it once, as the input error it is.
            System.Runtime.ExceptionServices.ExceptionDispatchInfo.Throw(input);
        }

        return (scores, ranks);
    }

    /// <summary>Nominal, mean, median, 5th and 95th percentile (type 7) of each unit's rank.</summary>
    public static IReadOnlyList<RankStatistics> Statistics(string[] units, double[] nominal, double[][] ranks)
    {
        var result = new List<RankStatistics>(units.Length);
        var column = new double[ranks.Length];
        for (var u = 0; u < units.Length; u++)
        {
            for (var j = 0; j < ranks.Length; j++)
            {
                column[j] = ranks[j][u];
            }

            result.Add(new RankStatistics(units[u], nominal[u], Stats.Mean(column), Stats.Median(column),
                Stats.Quantile(column, 0.05), Stats.Quantile(column, 0.95)));
        }

        return result;
    }

    /// <summary>Builds the engine and runs the analysis for a parsed spec.</summary>
    public static UncertaintyResult Run(IndexInput input, PipelineSpec spec, int runs, long seed, IReadOnlyDictionary<string, double>? weights = null)
    {
        var engine = new ReplicationEngine(input, spec.Steps, RequireUncertainty(spec), weights);
        return Run(engine, runs, seed) with { InputNames = spec.Uncertainty!.Inputs.Select(i => i.Name).ToArray() };
    }

    internal static UncertaintySpec RequireUncertainty(PipelineSpec spec) =>
        spec.Uncertainty ?? throw new IndicatorInputException("spec", null, "uncertainty", "the spec needs an \"uncertainty\" section naming the alternatives of each parameter.");
}
