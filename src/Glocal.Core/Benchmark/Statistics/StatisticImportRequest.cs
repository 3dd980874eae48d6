using System.ComponentModel.DataAnnotations;

namespace Glocal.Core.Benchmark.Statistics;

/// <summary>
/// What a file is and what it leaves unsaid. <see cref="Kind"/>: <c>mois-type</c>, <c>mois-nationality</c>,
/// <c>moj-nationality-status</c>, <c>population</c>, <c>long</c> or <c>wide</c>. <see cref="Region"/>: the 5-digit
/// code of the region the file describes, or of the province whose names it uses. <see cref="ReferenceDate"/>:
/// when the file has no date column. <see cref="Series"/>: the series of a wide file.
/// </summary>
public sealed record StatisticImportRequest(
    [property: Required, MaxLength(40)] string Kind,
    [property: RegularExpression("^[0-9]{5}$")] string? Region = null,
    DateOnly? ReferenceDate = null,
    [property: MaxLength(80)] string? Series = null);

public static class StatisticFileKinds
{
    public const string MoisType = "mois-type";
    public const string MoisNationality = "mois-nationality";
    public const string MojNationalityStatus = "moj-nationality-status";
    public const string Population = "population";
    public const string LongTable = "long";
    public const string WideTable = "wide";

    public static IReadOnlyList<string> All { get; } = [MoisType, MoisNationality, MojNationalityStatus, Population, LongTable, WideTable];
}

/// <summary>One figure read from a file, before it is checked against the store.</summary>
public sealed record ParsedObservation(int Row, string SeriesCode, string RegionCode, int? MunicipalityId, string Breakdown, DateOnly ReferenceDate, double Value);
