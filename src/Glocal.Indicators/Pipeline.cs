using Glocal.Indicators.Model;
using Glocal.Indicators.Operations;

namespace Glocal.Indicators;

/// <summary>A named data set produced by a step (or the Raw data, with no step).</summary>
public sealed record StageResult(string Name, Step? Step, DataSet Data);

/// <summary>
/// The outcome of a build: every stage's data set in order, the audits of screening and treatment, and the
/// weights and tree used for aggregation. Replay with <see cref="Pipeline.Run"/> on <see cref="Steps"/>.
/// </summary>
public sealed record IndexBuildResult(
    IndexInput Input,
    IReadOnlyList<Step> Steps,
    IReadOnlyList<StageResult> Stages,
    ScreenReport? Screen,
    TreatAudit? Treat,
    AggregationPlan? Plan,
    IReadOnlyDictionary<string, double> Weights)
{
    /// <summary>The latest data set with that name, or null.</summary>
    public DataSet? Stage(string name) => Stages.LastOrDefault(s => string.Equals(s.Name, name, StringComparison.Ordinal))?.Data;

    /// <summary>The last data set of the pipeline.</summary>
    public DataSet Final => Stages[^1].Data;
}

/// <summary>Runs a list of declarative steps over an input, keeping every stage.</summary>
public static class Pipeline
{
    /// <summary>Runs the steps in order, starting from the Raw data set.</summary>
    /// <param name="weights">Custom weights by code (e.g. from a weights file); they override iMeta's.</param>
    public static IndexBuildResult Run(IndexInput input, IReadOnlyList<Step> steps, IReadOnlyDictionary<string, double>? weights = null)
    {
        var stages = new List<StageResult> { new("Raw", null, input.Raw) };
        var data = input.Raw;
        ScreenReport? screen = null;
        TreatAudit? treat = null;
        AggregationPlan? plan = null;
        var usedWeights = MergeWeights(input.Structure, weights, null);
        foreach (var step in steps)
        {
            switch (step)
            {
                case DenominateStep d:
                    data = Denominate.Apply(data, input, d);
                    break;
                case ScreenStep s:
                    (data, screen) = Screen.Apply(data, s);
                    break;
                case ImputeStep i:
                    data = Impute.Apply(data, input, i);
                    break;
                case TreatStep t:
                    (data, treat) = Treat.Apply(data, t);
                    break;
                case NormaliseStep n:
                    data = Normalise.Apply(data, input.Structure, n);
                    break;
                case AggregateStep a:
                    usedWeights = MergeWeights(input.Structure, weights, a.CustomWeights);
                    (data, plan, usedWeights) = RunAggregate(data, input.Structure, a, usedWeights);
                    break;
                default:
                    throw new ArgumentException($"Unknown step {step.GetType().Name}.", nameof(steps));
            }

            stages.Add(new StageResult(step.StageName, step, data));
        }

        return new IndexBuildResult(input, steps, stages, screen, treat, plan, usedWeights);
    }

    /// <summary>Aggregates, first deriving PCA or optimised weights from a meta-weighted aggregation when asked.</summary>
    public static (DataSet Data, AggregationPlan Plan, Dictionary<string, double> Weights) RunAggregate(
        DataSet data, IndexStructure structure, AggregateStep step, Dictionary<string, double> weights)
    {
        var plan = structure.Compile(weights);
        var aggregated = Aggregate.Apply(data, plan, step);
        if (step.Weights == WeightsSource.Meta)
        {
            return (aggregated, plan, weights);
        }

        // Bottom-up: a level's weights are derived from its children as aggregated with the weights already derived below.
        var derived = new Dictionary<string, double>(weights, StringComparer.Ordinal);
        for (var level = 2; level <= structure.MaxLevel; level++)
        {
            var levelWeights = step.Weights == WeightsSource.Pca
                ? Weights.Pca(aggregated, structure, level)
                : Weights.Optimise(aggregated, structure, level, step.Targets);
            foreach (var (code, w) in levelWeights)
            {
                derived[code] = w;
            }

            plan = structure.Compile(derived);
            aggregated = Aggregate.Apply(data, plan, step);
        }

        return (aggregated, plan, derived);
    }

    private static Dictionary<string, double> MergeWeights(
        IndexStructure structure, IReadOnlyDictionary<string, double>? custom, IReadOnlyDictionary<string, double>? stepWeights)
    {
        var result = structure.MetaWeights();
        foreach (var source in new[] { custom, stepWeights })
        {
            if (source is null)
            {
                continue;
            }

            foreach (var (code, w) in source)
            {
                if (!result.ContainsKey(code))
                {
                    throw new IndicatorInputException("weights", null, "iCode", $"'{code}' is not an indicator or aggregate of iMeta.");
                }

                result[code] = w;
            }
        }

        return result;
    }
}
