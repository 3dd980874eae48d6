using System.Globalization;

namespace Glocal.Core.Benchmark.Statistics;

/// <summary>
/// Any series in a long table (series, region, date or year, value, and optionally breakdown and definition) or
/// a wide one (a region column and one column per year, for the series named in the request). Population files
/// are wide or long tables of <see cref="SeriesCatalogue.Population"/>. A year stands for 31 December.
/// </summary>
public static class GenericParser
{
    private static readonly string[] RegionColumns = ["region", "region_code", "행정구역", "행정구역코드", "행정구역별", "시군구", "시군구별", "지역", "code"];

    public static void ParseLong(ParseContext context, string? fixedSeries = null)
    {
        var table = context.Table;
        var series = fixedSeries is null ? context.Column("series", "계열", "통계") : null;
        var region = context.Column(RegionColumns);
        var dateColumn = context.Column("reference_date", "date", "기준일자");
        var year = context.Column("year", "연도", "년");
        var value = context.Column("value", "값", "population", "인구", "인구수", "인원수");
        var breakdown = context.Column("breakdown", "구분");
        var definition = context.Column("definition", "기준");
        foreach (var (name, column) in new[] { ("series", fixedSeries ?? series), ("region", region), ("value", value), ("reference_date or year", dateColumn ?? year) })
        {
            if (column is null)
            {
                context.Issue(1, name, "missing_column", $"The column '{name}' is missing.");
            }
        }

        if (context.Issues.Count > 0)
        {
            return;
        }

        foreach (var row in table.Rows)
        {
            var code = fixedSeries ?? table.Cell(row, series!);
            if (!context.KnownSeries.TryGetValue(code, out var seriesDefinition))
            {
                context.Issue(row.Number, series, "unknown_series", $"'{code}' is not a known series; define it first.");
                continue;
            }

            if (definition is not null && table.Cell(row, definition) is { Length: > 0 } given && !string.Equals(given, seriesDefinition, StringComparison.OrdinalIgnoreCase))
            {
                context.Issue(row.Number, definition, "definition_mixed",
                    $"Series '{code}' follows the {seriesDefinition} definition; a {given} figure cannot be stored in it.");
                continue;
            }

            DateOnly? date = dateColumn is not null ? context.ReferenceDate(row, dateColumn) : YearEnd(context, row, year!);
            if (date is null || !context.TryNumber(row, value!, out var number))
            {
                continue;
            }

            if (context.Region(row, region!, date.Value) is { } r)
            {
                context.Observations.Add(new ParsedObservation(row.Number, code, r.Code, r.Id, breakdown is null ? "" : table.Cell(row, breakdown), date.Value, number));
            }
        }
    }

    public static void ParseWide(ParseContext context, string? fixedSeries = null)
    {
        var table = context.Table;
        var code = fixedSeries ?? context.Request.Series;
        if (code is null || !context.KnownSeries.ContainsKey(code))
        {
            context.Issue(0, null, code is null ? "series_missing" : "unknown_series", code is null ? "A wide file needs the series it holds." : $"'{code}' is not a known series; define it first.");
            return;
        }

        var region = context.Column(RegionColumns);
        var years = table.Columns.Select(c => (Column: c, Year: YearOf(c))).Where(c => c.Year is not null).ToList();
        if (region is null || years.Count == 0)
        {
            context.Issue(1, region is null ? "region" : null, "missing_column", "A wide file needs a region column and one column per year (e.g. 2023).");
            return;
        }

        foreach (var row in table.Rows)
        {
            foreach (var (column, year) in years)
            {
                var date = new DateOnly(year!.Value, 12, 31);
                if (table.Cell(row, column).Length == 0 || !context.TryNumber(row, column, out var number))
                {
                    continue;
                }

                if (context.Region(row, region, date) is { } r)
                {
                    context.Observations.Add(new ParsedObservation(row.Number, code, r.Code, r.Id, "", date, number));
                }
            }
        }
    }

    /// <summary>Population: long (region, year, population) or wide (region, 2021, 2022 …).</summary>
    public static void ParsePopulation(ParseContext context)
    {
        if (context.Table.Columns.Any(c => YearOf(c) is not null))
        {
            ParseWide(context, SeriesCatalogue.Population);
        }
        else
        {
            ParseLong(context, SeriesCatalogue.Population);
        }
    }

    private static DateOnly? YearEnd(ParseContext context, Shared.Tabular.TableRow row, string column)
    {
        var text = context.Table.Cell(row, column);
        var year = YearOf(text);
        if (year is null)
        {
            context.Issue(row.Number, column, "invalid_year", $"'{text}' is not a year.");
            return null;
        }

        return new DateOnly(year.Value, 12, 31);
    }

    /// <summary>"2023", "2023년", "2023 년" → 2023.</summary>
    private static int? YearOf(string header)
    {
        var text = header.Replace("년", "", StringComparison.Ordinal).Trim();
        return text.Length == 4 && int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var y) && y is >= 1950 and <= 2100 ? y : null;
    }
}
