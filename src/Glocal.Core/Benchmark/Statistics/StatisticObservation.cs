namespace Glocal.Core.Benchmark.Statistics;

/// <summary>
/// One figure of a series for one region at one reference date, optionally broken down (a nationality, a
/// visa type). <see cref="RegionCode"/> is the 5-digit statistical code, "00000" for the whole country.
/// </summary>
public sealed class StatisticObservation
{
    public const string National = "00000";

    public Guid Id { get; set; }

    public Guid SeriesId { get; set; }

    public StatisticSeries? Series { get; set; }

    public required string RegionCode { get; set; }

    /// <summary>The registry entry valid at the reference date; null for the whole country.</summary>
    public int? MunicipalityId { get; set; }

    /// <summary>"" for the series total; otherwise the category, e.g. "베트남" or "E-9".</summary>
    public string Breakdown { get; set; } = "";

    public DateOnly ReferenceDate { get; set; }

    public int Year { get; set; }

    public double Value { get; set; }

    /// <summary>Synthetic demo figures are flagged so no screen, API answer or export presents them as official.</summary>
    public bool IsSynthetic { get; set; }

    /// <summary>The import that last wrote the value; null for demo figures.</summary>
    public Guid? ImportId { get; set; }
}
