namespace Glocal.Core.Benchmark;

/// <summary>
/// One published figure about a municipality. Foreign-resident counts exist under two definitions
/// (MOIS 외국인주민 vs MOJ 체류외국인), so every figure stores its definition, reference date and source.
/// </summary>
public sealed class PublicStatistic
{
    public long Id { get; set; }

    public int MunicipalityId { get; set; }

    /// <summary>Stable indicator code, e.g. "foreign_residents".</summary>
    public required string Indicator { get; set; }

    /// <summary>Definition the figure follows, e.g. "MOIS" (외국인주민) or "MOJ" (체류외국인).</summary>
    public required string Definition { get; set; }

    public DateOnly ReferenceDate { get; set; }

    public double Value { get; set; }

    public required string Source { get; set; }

    /// <summary>Synthetic demo figures are flagged so no screen presents them as official.</summary>
    public bool IsSynthetic { get; set; }
}
