namespace Glocal.Indicators.Model;

public enum Sampling
{
    Random,
    Sobol,
}

/// <summary>
/// An uncertain input of an uncertainty or sensitivity analysis. Either a discrete choice among
/// <see cref="Variants"/> of the step at <see cref="StepIndex"/> (e.g. winmax 1..5, a normalisation method,
/// an aggregation method), or — when <see cref="WeightNoise"/> is set — weights perturbed uniformly by
/// ±noise·w at the given levels.
/// </summary>
public sealed record UncertainInput(string Name, int StepIndex, IReadOnlyList<Step> Variants, double? WeightNoise = null, IReadOnlyList<int>? NoiseLevels = null)
{
    /// <summary>True for the weight-perturbation input.</summary>
    public bool IsWeights => WeightNoise is not null;

    /// <summary>Number of discrete alternatives (0 for weights).</summary>
    public int Count => Variants.Count;
}

/// <summary>The uncertain inputs and options of an uncertainty or sensitivity analysis.</summary>
/// <param name="Target">The code whose ranks are studied (default: the top aggregate).</param>
/// <param name="Bootstrap">Bootstrap resamples for the sensitivity indices' confidence intervals.</param>
public sealed record UncertaintySpec(IReadOnlyList<UncertainInput> Inputs, string? Target = null, Sampling Sampling = Sampling.Random, int Bootstrap = 1000);

/// <summary>A parsed pipeline spec: the steps and, optionally, the uncertainty section.</summary>
public sealed record PipelineSpec(IReadOnlyList<Step> Steps, UncertaintySpec? Uncertainty = null);
