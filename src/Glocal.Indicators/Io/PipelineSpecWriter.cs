using System.Text.Json;
using System.Text.Json.Nodes;
using Glocal.Indicators.Model;

namespace Glocal.Indicators.Io;

/// <summary>
/// Writes steps back as a JSON spec with every parameter explicit, so a build records exactly what ran and
/// <see cref="PipelineSpecReader"/> can replay it.
/// </summary>
public static class PipelineSpecWriter
{
    private static readonly JsonSerializerOptions Indented = new() { WriteIndented = true };

    public static string Write(IEnumerable<Step> steps) =>
        new JsonObject { ["steps"] = new JsonArray([.. steps.Select(ToJson)]) }.ToJsonString(Indented);

    public static JsonObject ToJson(Step step) => step switch
    {
        DenominateStep d => new JsonObject { ["op"] = d.Op, ["scaleFactor"] = d.ScaleFactor },
        ScreenStep s => new JsonObject
        {
            ["op"] = s.Op,
            ["by"] = s.By switch { ScreenBy.Na => "na", ScreenBy.Zeros => "zeros", ScreenBy.NaAndZeros => "na_and_zeros" },
            ["threshold"] = s.Threshold,
            ["nonZeroThreshold"] = s.NonZeroThreshold,
        },
        ImputeStep i => Impute(i),
        TreatStep t => Treat(t, withOp: true),
        NormaliseStep n => Normalise(n, withOp: true),
        AggregateStep a => Aggregate(a),
        _ => throw new ArgumentException($"Unknown step {step.GetType().Name}.", nameof(step)),
    };

    private static JsonObject Impute(ImputeStep i)
    {
        var o = new JsonObject
        {
            ["op"] = i.Op,
            ["method"] = i.Method switch
            {
                ImputeMethod.Mean => "mean",
                ImputeMethod.Median => "median",
                ImputeMethod.MeanByGroup => "mean_by_group",
                ImputeMethod.MedianByGroup => "median_by_group",
                ImputeMethod.RowMean => "row_mean",
                ImputeMethod.Latest => "latest",
                ImputeMethod.Constant => "constant",
                ImputeMethod.Linear => "linear",
                ImputeMethod.LinearConstant => "linear_constant",
            },
            ["normaliseFirst"] = i.NormaliseFirst,
            ["withinParent"] = i.WithinParent,
        };
        if (i.Group is not null)
        {
            o["group"] = i.Group;
        }

        if (i.MaxYears is not null)
        {
            o["maxYears"] = i.MaxYears;
        }

        return o;
    }

    private static JsonObject Treat(TreatStep t, bool withOp)
    {
        var o = new JsonObject();
        if (withOp)
        {
            o["op"] = t.Op;
        }

        o["winmax"] = t.WinMax is null ? "unlimited" : JsonValue.Create(t.WinMax.Value);
        o["skew"] = t.Skew;
        o["kurtosis"] = t.Kurtosis;
        o["fallback"] = t.Fallback switch
        {
            TreatFallback.LogCt => "log_ct",
            TreatFallback.LogCtPlus => "log_ct_plus",
            TreatFallback.BoxCox => "boxcox",
            TreatFallback.None => "none",
        };
        o["lambda"] = t.Lambda;
        o["combine"] = t.Combine;
        o["forceWin"] = t.ForceWin;
        if (t.Individual is not null)
        {
            var individual = new JsonObject();
            foreach (var (code, spec) in t.Individual)
            {
                individual[code] = spec is null ? "none" : Treat(spec, withOp: false);
            }

            o["individual"] = individual;
        }

        return o;
    }

    private static JsonObject Normalise(NormaliseStep n, bool withOp)
    {
        var o = new JsonObject();
        if (withOp)
        {
            o["op"] = n.Op;
        }

        o["method"] = n.Method switch
        {
            NormaliseMethod.MinMax => "minmax",
            NormaliseMethod.ZScore => "zscore",
            NormaliseMethod.Rank => "rank",
            NormaliseMethod.PRank => "prank",
            NormaliseMethod.Borda => "borda",
            NormaliseMethod.Dist2Max => "dist2max",
            NormaliseMethod.Dist2Ref => "dist2ref",
            NormaliseMethod.Dist2Target => "dist2target",
            NormaliseMethod.FracMax => "fracmax",
            NormaliseMethod.Goalposts => "goalposts",
            NormaliseMethod.None => "none",
        };
        o["range"] = new JsonArray(n.Lower, n.Upper);
        o["meanSd"] = new JsonArray(n.Mean, n.Sd);
        if (n.Reference is not null)
        {
            o["reference"] = n.Reference;
        }

        o["capMax"] = n.CapMax;
        o["goalposts"] = new JsonArray(n.GoalLower, n.GoalUpper, n.GoalScale);
        o["global"] = n.Global;
        if (n.Individual is not null)
        {
            var individual = new JsonObject();
            foreach (var (code, spec) in n.Individual)
            {
                individual[code] = Normalise(spec, withOp: false);
            }

            o["individual"] = individual;
        }

        return o;
    }

    private static JsonObject Aggregate(AggregateStep a)
    {
        var o = new JsonObject
        {
            ["op"] = a.Op,
            ["methods"] = new JsonArray([.. a.Methods.Select(m => (JsonNode)Name(m))]),
            ["p"] = a.P,
        };
        if (a.Threshold is not null)
        {
            o["threshold"] = a.Threshold;
        }

        o["weights"] = a.CustomWeights is not null
            ? new JsonObject(a.CustomWeights.Select(p => KeyValuePair.Create(p.Key, (JsonNode?)p.Value)))
            : a.Weights switch { WeightsSource.Meta => "meta", WeightsSource.Pca => "pca", WeightsSource.Optimise => "optimise" };
        if (a.Targets is not null)
        {
            o["targets"] = new JsonObject(a.Targets.Select(p => KeyValuePair.Create(p.Key, (JsonNode?)p.Value)));
        }

        return o;
    }

    private static string Name(AggregateMethod m) => m switch
    {
        AggregateMethod.Arithmetic => "arithmetic",
        AggregateMethod.Geometric => "geometric",
        AggregateMethod.Harmonic => "harmonic",
        AggregateMethod.Power => "power",
        AggregateMethod.Median => "median",
        AggregateMethod.Copeland => "copeland",
    };
}
