namespace Glocal.Core.Benchmark.Statistics;

/// <summary>
/// MOIS 외국인주민 현황 by type: one column per category (the seven MOIS categories), one row per region (and
/// sex, summed), optionally a total column that must equal the categories' sum and a reference date column.
/// Writes each category and the total. A long table of categories (구분, 인원수) about one region is accepted
/// too, but only with all seven categories: a partial table cannot give the total.
/// </summary>
public static class MoisTypeParser
{
    public static void Parse(ParseContext context)
    {
        var table = context.Table;
        foreach (var visa in context.VisaColumns())
        {
            context.Issue(1, visa, "definition_mixed",
                $"'{visa}' is a MOJ stay status: a MOIS 외국인주민 table must not be mixed with MOJ 체류외국인 figures.");
        }

        var categories = SeriesCatalogue.MoisCategories.Select(c => (c.Suffix, c.Column, Header: context.Column(c.Column))).ToList();
        if (categories.All(c => c.Header is null) && context.Column("구분", "유형") is { } categoryColumn && CountColumn(context) is { } countColumn)
        {
            ParseLong(context, categoryColumn, countColumn);
            return;
        }

        foreach (var missing in categories.Where(c => c.Header is null))
        {
            context.Issue(1, missing.Column, "missing_column", $"The MOIS category '{missing.Column}' has no column; all seven are needed.");
        }

        if (categories.Any(c => c.Header is null))
        {
            return;
        }

        var regionColumn = context.Column("행정구역", "행정시", "시군구", "시군구명", "지역", "자치단체", "region", "region_code", "행정구역코드");
        var sexColumn = context.Column("성별", "sex");
        var totalColumn = context.Column("합계", "계", "총계", "total");
        var dateColumn = context.Column("데이터기준일자", "기준일자", "기준일", "reference_date");
        var seen = new Dictionary<(string, string, DateOnly), int>();
        var sums = new Dictionary<(string Code, int? Id, DateOnly Date), (int Row, double[] Values)>();
        foreach (var row in table.Rows)
        {
            var date = context.ReferenceDate(row, dateColumn);
            if (date is null)
            {
                continue;
            }

            var region = regionColumn is null ? context.RequestRegion(row.Number, date.Value) : context.Region(row, regionColumn, date.Value);
            if (region is null)
            {
                continue;
            }

            var sex = sexColumn is null ? "" : table.Cell(row, sexColumn);
            if (!seen.TryAdd((region.Value.Code, sex, date.Value), row.Number))
            {
                context.Issue(row.Number, regionColumn, "duplicate_row",
                    $"Region {region.Value.Code}{(sex.Length > 0 ? $", {sex}" : "")} appears again (first on row {seen[(region.Value.Code, sex, date.Value)]}).");
                continue;
            }

            var values = new double[categories.Count];
            var ok = true;
            for (var i = 0; i < categories.Count; i++)
            {
                ok &= context.TryCount(row, categories[i].Header!, out values[i]);
            }

            if (!ok)
            {
                continue;
            }

            if (totalColumn is not null && context.TryCount(row, totalColumn, out var total) && Math.Abs(total - values.Sum()) > 0.5)
            {
                context.Issue(row.Number, totalColumn, "total_mismatch", $"The total {total:N0} is not the sum of the seven categories, {values.Sum():N0}.");
                continue;
            }

            var key = (region.Value.Code, region.Value.Id, date.Value);
            var sum = sums.TryGetValue(key, out var existing) ? existing : (row.Number, new double[categories.Count]);
            for (var i = 0; i < values.Length; i++)
            {
                sum.Item2[i] += values[i];
            }

            sums[key] = sum;
        }

        foreach (var ((code, id, date), (row, values)) in sums)
        {
            for (var i = 0; i < categories.Count; i++)
            {
                context.Observations.Add(new ParsedObservation(row, SeriesCatalogue.MoisCategoryCode(categories[i].Suffix), code, id, "", date, values[i]));
            }

            context.Observations.Add(new ParsedObservation(row, SeriesCatalogue.ForeignResidents, code, id, "", date, values.Sum()));
        }
    }

    internal static string? CountColumn(ParseContext context) =>
        context.Table.Columns.FirstOrDefault(c => ParseContext.Normalise(c) is "인원수" or "인원" or "명" or "count" or "value" or "계");

    private static void ParseLong(ParseContext context, string categoryColumn, string countColumn)
    {
        var table = context.Table;
        var found = new Dictionary<string, (int Row, double Value)>(StringComparer.Ordinal);
        double? total = null;
        var totalRow = 0;
        foreach (var row in table.Rows)
        {
            var name = ParseContext.Normalise(table.Cell(row, categoryColumn));
            if (!context.TryCount(row, countColumn, out var value))
            {
                continue;
            }

            if (name is "합계" or "계" or "총계")
            {
                (total, totalRow) = (value, row.Number);
                continue;
            }

            var category = SeriesCatalogue.MoisCategories.FirstOrDefault(c => c.Column == name);
            if (category.Suffix is null)
            {
                context.Issue(row.Number, categoryColumn, "unknown_category", $"'{table.Cell(row, categoryColumn)}' is not one of the seven MOIS categories.");
            }
            else if (!found.TryAdd(category.Suffix, (row.Number, value)))
            {
                context.Issue(row.Number, categoryColumn, "duplicate_row", $"The category '{category.Column}' appears again (first on row {found[category.Suffix].Row}).");
            }
        }

        foreach (var missing in SeriesCatalogue.MoisCategories.Where(c => !found.ContainsKey(c.Suffix)))
        {
            context.Issue(0, categoryColumn, "category_missing",
                $"The category '{missing.Column}' is missing: a partial table cannot give the total of foreign residents.");
        }

        if (total is { } t && Math.Abs(t - found.Values.Sum(v => v.Value)) > 0.5)
        {
            context.Issue(totalRow, countColumn, "total_mismatch", $"The total {t:N0} is not the sum of the categories, {found.Values.Sum(v => v.Value):N0}.");
        }

        if (context.Issues.Count > 0 || table.Rows.Count == 0)
        {
            return;
        }

        var date = context.ReferenceDate(table.Rows[0], null);
        var region = date is null ? null : context.RequestRegion(0, date.Value);
        if (region is null)
        {
            return;
        }

        foreach (var (suffix, (row, value)) in found)
        {
            context.Observations.Add(new ParsedObservation(row, SeriesCatalogue.MoisCategoryCode(suffix), region.Value.Code, region.Value.Id, "", date!.Value, value));
        }

        context.Observations.Add(new ParsedObservation(table.Rows[0].Number, SeriesCatalogue.ForeignResidents, region.Value.Code, region.Value.Id, "", date!.Value, found.Values.Sum(v => v.Value)));
    }
}
