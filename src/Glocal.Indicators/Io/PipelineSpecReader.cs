using System.Text.Json;
using System.Text.Json.Nodes;
using Glocal.Indicators.Model;

namespace Glocal.Indicators.Io;

/// <summary>
/// Reads the JSON pipeline spec (see docs/indicators.md): <c>{ "steps": [ { "op": "…", … } ], "uncertainty": { … } }</c>.
/// Unknown operations, parameters or values are errors naming the step and parameter.
/// </summary>
public static class PipelineSpecReader
{
    private const string Source = "spec";

    public static PipelineSpec Read(string path) => Parse(File.ReadAllText(path));

    public static PipelineSpec Parse(string json)
    {
        JsonNode? root;
        try
        {
            root = JsonNode.Parse(json, documentOptions: new JsonDocumentOptions { CommentHandling = JsonCommentHandling.Skip, AllowTrailingCommas = true });
        }
        catch (JsonException e)
        {
            throw new IndicatorInputException(Source, (int?)(e.LineNumber + 1), null, $"not valid JSON: {e.Message}");
        }

        if (root is not JsonObject obj || obj["steps"] is not JsonArray stepsNode)
        {
            throw new IndicatorInputException(Source, null, "steps", "the spec must be an object with a \"steps\" array.");
        }

        var rawSteps = stepsNode.Select((s, i) => s as JsonObject ?? throw Error(i, null, "each step must be an object.")).ToList();
        var steps = rawSteps.Select((s, i) => ParseStep(s, i)).ToList();
        UncertaintySpec? uncertainty = null;
        if (obj["uncertainty"] is JsonObject u)
        {
            uncertainty = ParseUncertainty(u, rawSteps);
        }

        return new PipelineSpec(steps, uncertainty);
    }

    /// <summary>Parses one step object.</summary>
    public static Step ParseStep(JsonObject s, int index)
    {
        var reader = new StepReader(s, index);
        var op = reader.String("op") ?? throw Error(index, "op", "the step has no \"op\".");
        Step step = op switch
        {
            "denominate" => new DenominateStep(reader.Number("scaleFactor") ?? 1),
            "screen" => new ScreenStep(
                reader.Enum("by", ScreenBy.Na, ("na", ScreenBy.Na), ("zeros", ScreenBy.Zeros), ("na_and_zeros", ScreenBy.NaAndZeros)),
                reader.Number("threshold") ?? 2.0 / 3.0,
                reader.Number("nonZeroThreshold") ?? 0.05),
            "impute" => new ImputeStep(
                reader.Enum("method", ImputeMethod.Mean, ("mean", ImputeMethod.Mean), ("median", ImputeMethod.Median),
                    ("mean_by_group", ImputeMethod.MeanByGroup), ("median_by_group", ImputeMethod.MedianByGroup),
                    ("row_mean", ImputeMethod.RowMean), ("latest", ImputeMethod.Latest), ("constant", ImputeMethod.Constant),
                    ("linear", ImputeMethod.Linear), ("linear_constant", ImputeMethod.LinearConstant)),
                reader.String("group"),
                reader.Bool("normaliseFirst") ?? true,
                reader.Bool("withinParent") ?? false,
                (int?)reader.Number("maxYears")),
            "treat" => ParseTreat(reader, index),
            "normalise" => ParseNormalise(reader, index),
            "aggregate" => ParseAggregate(reader, index),
            _ => throw Error(index, "op", $"unknown operation '{op}' (denominate, screen, impute, treat, normalise, aggregate)."),
        };
        reader.EnsureAllRead();
        if (step is ImputeStep { Method: ImputeMethod.MeanByGroup or ImputeMethod.MedianByGroup, Group: null })
        {
            throw Error(index, "group", "a group method needs \"group\" (a *_group column of iData).");
        }

        return step;
    }

    private static TreatStep ParseTreat(StepReader r, int index)
    {
        int? winmax = 5;
        if (r.Has("winmax"))
        {
            var node = r.Node("winmax");
            winmax = node is null || (node is JsonValue v && v.TryGetValue<string>(out var text) && text == "unlimited")
                ? null
                : (int?)r.Number("winmax");
        }

        var step = new TreatStep(
            winmax,
            r.Number("skew") ?? 2,
            r.Number("kurtosis") ?? 3.5,
            r.Enum("fallback", TreatFallback.LogCt, ("log_ct", TreatFallback.LogCt), ("log_ct_plus", TreatFallback.LogCtPlus),
                ("boxcox", TreatFallback.BoxCox), ("none", TreatFallback.None)),
            r.Number("lambda") ?? 0,
            r.Bool("combine") ?? false,
            r.Bool("forceWin") ?? false);
        if (r.Node("individual") is JsonObject individual)
        {
            var map = new Dictionary<string, TreatStep?>(StringComparer.Ordinal);
            foreach (var (code, spec) in individual)
            {
                map[code] = spec is JsonValue v && v.TryGetValue<string>(out var none) && none == "none"
                    ? null
                    : ParseTreat(new StepReader(WithOp(spec, "treat", index), index), index);
            }

            step = step with { Individual = map };
        }

        return step;
    }

    private static NormaliseStep ParseNormalise(StepReader r, int index)
    {
        var range = r.Pair("range") ?? (0, 100);
        var meanSd = r.Pair("meanSd") ?? (0, 1);
        var goal = r.Numbers("goalposts");
        if (goal is not null && goal.Length != 3)
        {
            throw Error(index, "goalposts", "goalposts are [lower, upper, scale].");
        }

        var step = new NormaliseStep(
            r.Enum("method", NormaliseMethod.MinMax, ("minmax", NormaliseMethod.MinMax), ("zscore", NormaliseMethod.ZScore),
                ("rank", NormaliseMethod.Rank), ("prank", NormaliseMethod.PRank), ("borda", NormaliseMethod.Borda),
                ("dist2max", NormaliseMethod.Dist2Max), ("dist2ref", NormaliseMethod.Dist2Ref), ("dist2target", NormaliseMethod.Dist2Target),
                ("fracmax", NormaliseMethod.FracMax), ("goalposts", NormaliseMethod.Goalposts), ("none", NormaliseMethod.None)),
            range.A, range.B, meanSd.A, meanSd.B,
            r.Node("reference") is JsonValue reference && reference.TryGetValue<double>(out var position)
                ? position.ToString(System.Globalization.CultureInfo.InvariantCulture)
                : r.String("reference"),
            r.Bool("capMax") ?? false,
            goal?[0] ?? 0, goal?[1] ?? 100, goal?[2] ?? 1,
            r.Bool("global") ?? true);
        if (step.Method == NormaliseMethod.Dist2Ref && step.Reference is null)
        {
            throw Error(index, "reference", "dist2ref needs \"reference\": a uCode.");
        }

        if (r.Node("individual") is JsonObject individual)
        {
            var map = new Dictionary<string, NormaliseStep>(StringComparer.Ordinal);
            foreach (var (code, spec) in individual)
            {
                map[code] = ParseNormalise(new StepReader(WithOp(spec, "normalise", index), index), index);
            }

            step = step with { Individual = map };
        }

        return step;
    }

    private static AggregateStep ParseAggregate(StepReader r, int index)
    {
        (string, AggregateMethod)[] names =
        [
            ("arithmetic", AggregateMethod.Arithmetic), ("geometric", AggregateMethod.Geometric), ("harmonic", AggregateMethod.Harmonic),
            ("power", AggregateMethod.Power), ("median", AggregateMethod.Median), ("copeland", AggregateMethod.Copeland),
        ];
        List<AggregateMethod> methods;
        if (r.Node("methods") is JsonArray list)
        {
            methods = list.Select(m => StepReader.Match(m?.GetValue<string>(), names, index, "methods")).ToList();
            r.Read("methods");
        }
        else
        {
            methods = [r.Enum("method", AggregateMethod.Arithmetic, names)];
        }

        var weights = WeightsSource.Meta;
        Dictionary<string, double>? custom = null;
        var node = r.Node("weights");
        if (node is JsonObject inline)
        {
            custom = inline.ToDictionary(p => p.Key, p => p.Value?.GetValue<double>() ?? throw Error(index, "weights", $"weight of '{p.Key}' is null."), StringComparer.Ordinal);
        }
        else if (node is not null)
        {
            weights = r.Enum("weights", WeightsSource.Meta, ("meta", WeightsSource.Meta), ("pca", WeightsSource.Pca), ("optimise", WeightsSource.Optimise));
        }

        r.Read("weights");
        Dictionary<string, double>? targets = null;
        if (r.Node("targets") is JsonObject targetNode)
        {
            targets = targetNode.ToDictionary(t => t.Key, t => t.Value?.GetValue<double>() ?? throw Error(index, "targets", $"target of '{t.Key}' is null."), StringComparer.Ordinal);
        }

        var p = r.Number("p") ?? 2;
        return new AggregateStep(methods, p, r.Number("threshold"), weights, custom, targets);
    }

    private static UncertaintySpec ParseUncertainty(JsonObject u, List<JsonObject> rawSteps)
    {
        var inputs = new List<UncertainInput>();
        var list = u["inputs"] as JsonArray ?? Shorthand(u);
        if (list.Count == 0)
        {
            throw new IndicatorInputException(Source, null, "uncertainty.inputs", "the uncertainty section names no alternatives.");
        }

        foreach (var (item, k) in list.Select((n, k) => (n as JsonObject, k)))
        {
            var where = $"uncertainty.inputs[{k}]";
            if (item is null)
            {
                throw new IndicatorInputException(Source, null, where, "each input must be an object.");
            }

            var name = item["name"]?.GetValue<string>() ?? $"input{k + 1}";
            if (item["noise"] is JsonNode noise)
            {
                var levels = item["levels"] is JsonArray ls ? ls.Select(l => l!.GetValue<int>()).ToList() : null;
                var agg = rawSteps.FindIndex(s => s["op"]?.GetValue<string>() == "aggregate");
                inputs.Add(new UncertainInput(name, agg, [], noise.GetValue<double>(), levels));
                continue;
            }

            var op = item["op"]?.GetValue<string>();
            var stepIndex = item["step"] is JsonNode si ? si.GetValue<int>() : rawSteps.FindIndex(s => s["op"]?.GetValue<string>() == op);
            if (stepIndex < 0 || stepIndex >= rawSteps.Count)
            {
                throw new IndicatorInputException(Source, null, where + ".op", $"no step '{op}' in the pipeline to vary.");
            }

            var param = item["param"]?.GetValue<string>();
            if (item["values"] is not JsonArray values || values.Count == 0)
            {
                throw new IndicatorInputException(Source, null, where + ".values", "give a non-empty array of alternatives.");
            }

            var variants = new List<Step>();
            foreach (var value in values)
            {
                var copy = (JsonObject)rawSteps[stepIndex].DeepClone();
                if (param is not null)
                {
                    copy[param] = value?.DeepClone();
                    if (param == "method")
                    {
                        copy.Remove("methods");
                    }
                }
                else if (value is JsonObject props)
                {
                    foreach (var (key, v) in props)
                    {
                        copy[key] = v?.DeepClone();
                    }
                }
                else
                {
                    throw new IndicatorInputException(Source, null, where + ".values", "without \"param\", each alternative is an object of step parameters.");
                }

                variants.Add(ParseStep(copy, stepIndex));
            }

            inputs.Add(new UncertainInput(name, stepIndex, variants));
        }

        var sampling = u["sampling"]?.GetValue<string>() switch
        {
            null or "random" => Sampling.Random,
            "sobol" => Sampling.Sobol,
            var other => throw new IndicatorInputException(Source, null, "uncertainty.sampling", $"'{other}' is not random or sobol."),
        };
        return new UncertaintySpec(inputs, u["target"]?.GetValue<string>(), sampling, u["bootstrap"]?.GetValue<int>() ?? 1000);
    }

    private static readonly HashSet<string> Options = new(StringComparer.Ordinal) { "target", "sampling", "bootstrap" };

    /// <summary>
    /// The short form of the uncertainty section, one property per uncertain parameter:
    /// <c>"winmax": [1, 2, 3]</c> (any treat parameter), <c>"normalise": ["minmax", { "method": "zscore" }]</c>,
    /// <c>"aggregate": ["arithmetic", "geometric"]</c>, <c>"impute": ["mean", "median"]</c>,
    /// <c>"weights": 0.25</c> or <c>{ "noise": 0.25, "levels": [2] }</c>, or <c>"op.param": [ … ]</c>.
    /// Rewritten into the <c>inputs</c> form.
    /// </summary>
    private static JsonArray Shorthand(JsonObject u)
    {
        var list = new JsonArray();
        foreach (var (key, value) in u)
        {
            if (Options.Contains(key))
            {
                continue;
            }

            var where = $"uncertainty.{key}";
            if (key is "weights" or "noise")
            {
                var noise = value is JsonObject w ? (JsonObject)w.DeepClone() : new JsonObject { ["noise"] = value?.DeepClone() };
                noise["name"] = key;
                list.Add(noise);
                continue;
            }

            var (op, param) = key switch
            {
                "normalise" or "normalisation" or "normalization" or "normalize" => ("normalise", "method"),
                "aggregate" or "aggregation" => ("aggregate", "method"),
                "impute" or "imputation" => ("impute", "method"),
                "winmax" or "skew" or "kurtosis" or "fallback" or "lambda" or "combine" => ("treat", key),
                _ when key.Contains('.', StringComparison.Ordinal) => (key[..key.IndexOf('.', StringComparison.Ordinal)], key[(key.IndexOf('.', StringComparison.Ordinal) + 1)..]),
                _ => throw new IndicatorInputException(Source, null, where,
                    "unknown uncertain parameter; use \"inputs\": [ … ] or winmax, normalise, aggregate, impute, weights, or \"op.param\"."),
            };
            if (value is not JsonArray values)
            {
                throw new IndicatorInputException(Source, null, where, "give an array of alternatives.");
            }

            // Strings for a method are method names; objects are sets of step parameters. In a mixed list
            // each plain value becomes the one-parameter set { param: value }.
            var item = new JsonObject { ["name"] = key, ["op"] = op };
            if (values.All(v => v is not JsonObject))
            {
                item["param"] = param;
                item["values"] = values.DeepClone();
            }
            else
            {
                item["values"] = new JsonArray([.. values.Select(v => v is JsonObject ? v.DeepClone() : new JsonObject { [param] = v?.DeepClone() })]);
            }

            list.Add(item);
        }

        return list;
    }

    private static JsonObject WithOp(JsonNode? spec, string op, int index)
    {
        if (spec is not JsonObject o)
        {
            throw Error(index, "individual", "each individual specification must be an object.");
        }

        var copy = (JsonObject)o.DeepClone();
        copy["op"] = op;
        return copy;
    }

    internal static IndicatorInputException Error(int index, string? property, string problem) =>
        new(Source, null, property is null ? $"steps[{index}]" : $"steps[{index}].{property}", problem);
}
