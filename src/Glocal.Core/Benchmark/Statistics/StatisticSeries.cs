namespace Glocal.Core.Benchmark.Statistics;

/// <summary>
/// A published statistic: what is counted (its definition — MOIS 외국인주민 and MOJ 체류외국인 count different
/// people), who publishes it, its unit and licence. Public statistics describe every region, so a series is
/// platform-wide reference data, not a municipality's record (ADR 0050).
/// </summary>
public sealed class StatisticSeries
{
    public Guid Id { get; set; }

    /// <summary>Stable code, e.g. <c>mois.foreign_residents</c>.</summary>
    public required string Code { get; set; }

    public required string NameKo { get; set; }

    public required string NameEn { get; set; }

    /// <summary>The definition the figures follow: MOIS, MOJ, KOSIS, NHIS, MOGEF or GLOCAL (module figures).</summary>
    public required string Definition { get; set; }

    public required string Publisher { get; set; }

    public required string Unit { get; set; }

    public required string Licence { get; set; }

    public string? Description { get; set; }
}
