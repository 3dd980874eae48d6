namespace Glocal.Indicators.Model;

/// <summary>A declarative pipeline step; its parameters are its record members, so it can be recorded and replayed.</summary>
public abstract record Step
{
    /// <summary>The operation name used in the JSON spec.</summary>
    public abstract string Op { get; }

    /// <summary>The name of the data set the step writes (COINr's <c>write_to</c> default).</summary>
    public abstract string StageName { get; }
}

/// <summary>Divides each indicator that names a denominator in iMeta by that column of iData (times a scale factor).</summary>
public sealed record DenominateStep(double ScaleFactor = 1) : Step
{
    public override string Op => "denominate";

    public override string StageName => "Denominated";
}

public enum ScreenBy
{
    Na,
    Zeros,
    NaAndZeros,
}

/// <summary>Removes units whose data availability (or share of non-zero values) is below a threshold.</summary>
public sealed record ScreenStep(ScreenBy By = ScreenBy.Na, double Threshold = 2.0 / 3.0, double NonZeroThreshold = 0.05) : Step
{
    public override string Op => "screen";

    public override string StageName => "Screened";
}

public enum ImputeMethod
{
    Mean,
    Median,
    MeanByGroup,
    MedianByGroup,
    RowMean,
    Latest,
    Constant,
    Linear,
    LinearConstant,
}

/// <summary>Replaces missing values; see <see cref="Operations.Impute"/> for each method's definition.</summary>
public sealed record ImputeStep(
    ImputeMethod Method = ImputeMethod.Mean,
    string? Group = null,
    bool NormaliseFirst = true,
    bool WithinParent = false,
    int? MaxYears = null) : Step
{
    public override string Op => "impute";

    public override string StageName => "Imputed";
}

public enum TreatFallback
{
    None,
    LogCt,
    LogCtPlus,
    BoxCox,
}

/// <summary>
/// Outlier treatment: winsorisation up to <see cref="WinMax"/> points (null = no limit), then a fallback
/// transformation. <see cref="Individual"/> overrides it per indicator; a null override means "no treatment".
/// </summary>
public sealed record TreatStep(
    int? WinMax = 5,
    double Skew = 2,
    double Kurtosis = 3.5,
    TreatFallback Fallback = TreatFallback.LogCt,
    double Lambda = 0,
    bool Combine = false,
    bool ForceWin = false,
    IReadOnlyDictionary<string, TreatStep?>? Individual = null) : Step
{
    public override string Op => "treat";

    public override string StageName => "Treated";
}

public enum NormaliseMethod
{
    MinMax,
    ZScore,
    Rank,
    PRank,
    Borda,
    Dist2Max,
    Dist2Ref,
    Dist2Target,
    FracMax,
    Goalposts,
    None,
}

/// <summary>
/// Normalisation of each indicator after multiplying it by its Direction (except goalposts, which use the
/// direction explicitly). <see cref="Global"/>: one normalisation over all years of a panel.
/// </summary>
public sealed record NormaliseStep(
    NormaliseMethod Method = NormaliseMethod.MinMax,
    double Lower = 0,
    double Upper = 100,
    double Mean = 0,
    double Sd = 1,
    string? Reference = null,
    bool CapMax = false,
    double GoalLower = 0,
    double GoalUpper = 100,
    double GoalScale = 1,
    bool Global = true,
    IReadOnlyDictionary<string, NormaliseStep>? Individual = null) : Step
{
    public override string Op => "normalise";

    public override string StageName => "Normalised";
}

public enum AggregateMethod
{
    Arithmetic,
    Geometric,
    Harmonic,
    Power,
    Median,
    Copeland,
}

public enum WeightsSource
{
    Meta,
    Pca,
    Optimise,
}

/// <summary>
/// Level-by-level aggregation along Parent. <see cref="Methods"/> has one entry for all levels or one per
/// aggregation level (2..max). Weights are renormalised over the children present. <see cref="Targets"/>:
/// relative target correlations for <see cref="WeightsSource.Optimise"/> (default equal).
/// </summary>
public sealed record AggregateStep(
    IReadOnlyList<AggregateMethod> Methods,
    double P = 2,
    double? Threshold = null,
    WeightsSource Weights = WeightsSource.Meta,
    IReadOnlyDictionary<string, double>? CustomWeights = null,
    IReadOnlyDictionary<string, double>? Targets = null) : Step
{
    public AggregateStep()
        : this([AggregateMethod.Arithmetic])
    {
    }

    public override string Op => "aggregate";

    public override string StageName => "Aggregated";

    /// <summary>The method for aggregating into a level (2..max).</summary>
    public AggregateMethod MethodFor(int level) => Methods.Count == 1 ? Methods[0] : Methods[level - 2];
}
