namespace Glocal.Core.Benchmark.Index;

/// <summary>A unit of the index: a local government or a province, under its current code.</summary>
public sealed record IndexUnit(string Code, string NameKo, string NameEn, string ProvinceKo);

/// <summary>One raw input: a series value for a unit and year, and whether it is synthetic or a module figure.</summary>
public sealed record IndexValue(string Unit, string Series, int Year, double Value, bool IsSynthetic, bool FromModule = false);

/// <summary>
/// A unit's result in the latest year: the index score with its rank and the 5–95% rank interval from the
/// uncertainty analysis, the peer group and rank within it, pillar scores, inward/outward balance, the change
/// since the first year, and how much of its input was synthetic or imputed (never official when above 0).
/// </summary>
public sealed record IndexRankRow(
    string Code, string NameKo, string NameEn, string Province, int Year, string PeerGroup, double Population, double ForeignShare,
    double Score, int Rank, int RankLow, int RankHigh, int PeerRank, int PeerCount,
    double Investment, double Exchange, double Inclusion, double Governance, double Inward, double Outward, double Balance,
    double? ScoreChange, double SyntheticShare, double ImputedShare);

/// <summary>An indicator of one unit in the latest year: raw value, normalised score, rank and whether it came from a module.</summary>
public sealed record IndicatorResult(string Unit, string Indicator, double? Raw, double Score, int Rank, bool IsSynthetic, bool IsImputed, bool FromModule);

public sealed record IndexBuildOutput(
    string Version, string Tier, int Year, int Units, IReadOnlyList<IndexRankRow> Rows, IReadOnlyList<IndicatorResult> Indicators,
    IReadOnlyDictionary<string, IReadOnlyList<(int Year, double Score)>> History, IReadOnlyList<string> MissingProviders, string Fingerprint)
{
    /// <summary>The definition the build ran (names of pillars and indicators for display); not part of the comparison of two builds.</summary>
    public IndexDefinition? Definition { get; init; }
}
