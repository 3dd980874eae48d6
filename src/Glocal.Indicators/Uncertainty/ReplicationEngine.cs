using System.Collections.Concurrent;
using Glocal.Indicators.Model;
using Glocal.Indicators.Operations;

namespace Glocal.Indicators.Uncertainty;

/// <summary>
/// Runs replications of a pipeline in which uncertain inputs change step parameters. Every stage before
/// aggregation is cached by the choices that affect it, so a replication only recomputes what it changes
/// (e.g. 5 winmax values × 2 normalisations = at most 10 distinct normalised data sets, however many
/// replications); aggregation and ranking then run on per-thread buffers, allocating only the output row.
/// Thread-safe.
/// </summary>
public sealed class ReplicationEngine
{
    private readonly IndexInput _input;
    private readonly IReadOnlyList<Step> _steps;
    private readonly UncertaintySpec _spec;
    private readonly int _aggIndex;
    private readonly AggregateStep _nominalAggregate;
    private readonly Dictionary<string, double> _nominalWeights;
    private readonly AggregationPlan _nominalPlan;
    private readonly int[] _inputOfStep;
    private readonly int _weightsInput;
    private readonly ConcurrentDictionary<(int Stage, long Key), Lazy<DataSet>> _cache = new();
    private readonly ConcurrentDictionary<DataSet, int[]> _unitMaps = new(ReferenceEqualityComparer.Instance);
    private readonly int _targetColumn;
    private readonly double[][] _noiseMask;

    /// <exception cref="IndicatorInputException">No aggregate step, a step varied by two inputs, or an unknown target.</exception>
    public ReplicationEngine(IndexInput input, IReadOnlyList<Step> steps, UncertaintySpec spec, IReadOnlyDictionary<string, double>? weights = null)
    {
        _input = input;
        _steps = steps;
        _spec = spec;
        _aggIndex = steps.ToList().FindIndex(s => s is AggregateStep);
        if (_aggIndex < 0 || _aggIndex != steps.Count - 1)
        {
            throw new IndicatorInputException("spec", null, "steps", "uncertainty and sensitivity analysis need the pipeline to end with an aggregate step.");
        }

        _nominalAggregate = (AggregateStep)steps[_aggIndex];
        _nominalWeights = input.Structure.MetaWeights();
        foreach (var (code, w) in weights ?? new Dictionary<string, double>())
        {
            _nominalWeights[code] = w;
        }

        _nominalPlan = input.Structure.Compile(_nominalWeights);
        _inputOfStep = Enumerable.Repeat(-1, steps.Count).ToArray();
        _weightsInput = -1;
        for (var k = 0; k < spec.Inputs.Count; k++)
        {
            var item = spec.Inputs[k];
            if (item.IsWeights)
            {
                _weightsInput = _weightsInput < 0 ? k : throw new IndicatorInputException("spec", null, "uncertainty.inputs", "only one weights input is allowed.");
                continue;
            }

            if (_inputOfStep[item.StepIndex] >= 0)
            {
                throw new IndicatorInputException("spec", null, "uncertainty.inputs",
                    $"inputs '{spec.Inputs[_inputOfStep[item.StepIndex]].Name}' and '{item.Name}' vary the same step; give one input with object alternatives instead.");
            }

            _inputOfStep[item.StepIndex] = k;
        }

        var target = spec.Target ?? input.Structure.AggregatesByLevel[^1][0];
        _targetColumn = Array.IndexOf(_nominalPlan.Codes, target);
        if (_targetColumn < 0)
        {
            throw new IndicatorInputException("spec", null, "uncertainty.target", $"'{target}' is not a code of the index.");
        }

        _noiseMask = BuildNoiseMask();
        Nominal = Pipeline.Run(input, steps, weights);
        var final = Nominal.Final;
        LatestRows = final.Slices[^1];
        Units = LatestRows.Select(r => final.Units[r]).ToArray();
        NominalScores = LatestRows.Select(r => final.Columns[_targetColumn][r]).ToArray();
        NominalRanks = Ranking.HighIsBest(NominalScores);
    }

    /// <summary>The nominal build (every input at its nominal value).</summary>
    public IndexBuildResult Nominal { get; }

    /// <summary>The units whose target scores are reported (the latest Time of a panel).</summary>
    public string[] Units { get; }

    public double[] NominalScores { get; }

    public double[] NominalRanks { get; }

    private int[] LatestRows { get; }

    /// <summary>Number of uncertain inputs.</summary>
    public int InputCount => _spec.Inputs.Count;

    /// <summary>Allocates the per-thread buffers of a replication.</summary>
    public ReplicationBuffers CreateBuffers() => new(_nominalPlan, LatestRows.Length);

    /// <summary>
    /// Runs one replication. <paramref name="u"/> holds one number in [0, 1) per input: a discrete input takes
    /// alternative ⌊u·n⌋; the weights input takes noisy weight set ⌊u·<paramref name="weightSets"/>⌋.
    /// Writes the target's scores and ranks of <see cref="Units"/>.
    /// </summary>
    public void Run(ReadOnlySpan<double> u, long seed, int weightSets, ReplicationBuffers buffers, Span<double> scores, Span<double> ranks)
    {
        var data = _input.Raw;
        long key = 0;
        for (var s = 0; s < _aggIndex; s++)
        {
            var k = _inputOfStep[s];
            if (k >= 0)
            {
                var n = _spec.Inputs[k].Count;
                key = (key * n) + Choice(u[k], n);
            }

            data = Stage(s, key, u);
        }

        var aggregate = _inputOfStep[_aggIndex] is var ka and >= 0
            ? (AggregateStep)_spec.Inputs[ka].Variants[Choice(u[ka], _spec.Inputs[ka].Count)]
            : _nominalAggregate;
        var plan = _nominalPlan;
        if (_weightsInput >= 0)
        {
            var set = Choice(u[_weightsInput], weightSets);
            FillNoisyWeights(buffers.Weights, seed, set, _spec.Inputs[_weightsInput].WeightNoise!.Value);
            plan = buffers.NoisyPlan;
        }

        double[] target;
        if (aggregate.Weights == WeightsSource.Meta && aggregate.CustomWeights is null)
        {
            for (var c = 0; c < plan.IndicatorCount; c++)
            {
                buffers.Columns[c] = data.Column(plan.Codes[c]);
            }

            for (var c = plan.IndicatorCount; c < buffers.Columns.Length; c++)
            {
                if (buffers.Columns[c].Length != data.RowCount)
                {
                    buffers.Columns[c] = new double[data.RowCount];
                }
            }

            Aggregate.Compute(buffers.Columns, data.Slices, plan, aggregate);
            target = buffers.Columns[_targetColumn];
        }
        else
        {
            var weights = new Dictionary<string, double>(_nominalWeights);
            (var aggregated, _, _) = Pipeline.RunAggregate(data, _input.Structure, aggregate, weights);
            target = aggregated.Columns[_targetColumn];
        }

        var latest = data.Slices[^1];
        if (!_unitMaps.TryGetValue(data, out var map))
        {
            map = latest.Select(r => Array.IndexOf(Units, data.Units[r])).ToArray();
            _unitMaps.TryAdd(data, map);
        }

        scores.Fill(double.NaN);
        for (var i = 0; i < latest.Length; i++)
        {
            if (map[i] >= 0)
            {
                scores[map[i]] = target[latest[i]];
            }
        }

        Ranking.HighIsBest(scores, ranks, buffers.Scratch);
    }

    /// <summary>The alternative index for a uniform number.</summary>
    public static int Choice(double u, int count) => Math.Min(count - 1, (int)(u * count));

    private DataSet Stage(int s, long key, ReadOnlySpan<double> u)
    {
        var k = _inputOfStep[s];
        var step = k >= 0 ? _spec.Inputs[k].Variants[Choice(u[k], _spec.Inputs[k].Count)] : _steps[s];
        var previousKey = key;
        if (k >= 0)
        {
            previousKey /= _spec.Inputs[k].Count;
        }

        if (!_cache.TryGetValue((s, key), out var lazy))
        {
            var previous = s == 0 ? _input.Raw : _cache[(s - 1, previousKey)].Value;
            lazy = _cache.GetOrAdd((s, key), _ => new Lazy<DataSet>(() => Apply(previous, step)));
        }

        return lazy.Value;
    }

    private DataSet Apply(DataSet data, Step step) => step switch
    {
        DenominateStep d => Denominate.Apply(data, _input, d),
        ScreenStep sc => Screen.Apply(data, sc).Data,
        ImputeStep i => Impute.Apply(data, _input, i),
        TreatStep t => Treat.Apply(data, t).Data,
        NormaliseStep n => Normalise.Apply(data, _input.Structure, n),
        _ => throw new InvalidOperationException($"Step {step.Op} cannot come before aggregation here."),
    };

    /// <summary>1 where a child's weight is perturbed (its level is in the input's levels, or all levels).</summary>
    private double[][] BuildNoiseMask()
    {
        var levels = _weightsInput >= 0 ? _spec.Inputs[_weightsInput].NoiseLevels : null;
        return _nominalPlan.Children
            .Select(kids => kids.Select(c => levels is null || levels.Contains(_input.Structure.ByCode[_nominalPlan.Codes[c]].Level ?? 0) ? 1.0 : 0.0).ToArray())
            .ToArray();
    }

    /// <summary>w' = w·(1 + noise·(2U − 1)), U uniform from the set's own stream (COINr <c>get_noisy_weights</c>).</summary>
    private void FillNoisyWeights(double[][] target, long seed, int set, double noise)
    {
        var index = 0;
        for (var n = 0; n < target.Length; n++)
        {
            var w = _nominalPlan.Weights[n];
            for (var k = 0; k < w.Length; k++)
            {
                var e = (2 * CounterRandom.Uniform(seed, 1_000_003L + set, index++)) - 1;
                target[n][k] = w[k] * (1 + (noise * e * _noiseMask[n][k]));
            }
        }
    }
}

/// <summary>Per-thread scratch space of a replication.</summary>
public sealed class ReplicationBuffers
{
    internal ReplicationBuffers(AggregationPlan plan, int units)
    {
        Columns = new double[plan.Codes.Length][];
        for (var c = 0; c < Columns.Length; c++)
        {
            Columns[c] = [];
        }

        Weights = plan.Weights.Select(w => new double[w.Length]).ToArray();
        NoisyPlan = plan.WithWeights(Weights);
        Scratch = new double[units];
    }

    internal double[][] Columns { get; }

    internal double[][] Weights { get; }

    internal AggregationPlan NoisyPlan { get; }

    internal double[] Scratch { get; }
}
