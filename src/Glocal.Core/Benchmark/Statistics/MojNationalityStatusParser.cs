namespace Glocal.Core.Benchmark.Statistics;

/// <summary>
/// MOJ 체류외국인 국적 및 체류자격별 현황: rows continent × nationality × sex, one column per stay status (A1 … H2, T1,
/// 기타). National figures: the total, each nationality (all statuses and sexes), each stay status.
/// </summary>
public static class MojNationalityStatusParser
{
    public static void Parse(ParseContext context)
    {
        var table = context.Table;
        foreach (var category in SeriesCatalogue.MoisCategories.Select(c => context.Column(c.Column)).OfType<string>())
        {
            context.Issue(1, category, "definition_mixed", $"'{category}' is a MOIS 외국인주민 category: a MOJ 체류외국인 table must not be mixed with MOIS figures.");
        }

        var nationality = context.Column("국적", "국적지역", "nationality");
        var sex = context.Column("성별", "sex");
        var statuses = context.VisaColumns().Select(c => (Column: c, Code: ParseContext.VisaCode(c)!)).ToList();
        if (context.Column("기타") is { } other)
        {
            statuses.Add((other, "기타"));
        }

        if (nationality is null)
        {
            context.Issue(1, "국적", "missing_column", "The column '국적' is missing.");
        }

        if (statuses.Count == 0)
        {
            context.Issue(1, null, "missing_column", "No stay-status columns (A1 … H2) were found.");
        }

        // Two headers naming one status ("E3" and "E3(연구)") would count its people twice.
        foreach (var twice in statuses.GroupBy(s => s.Code, StringComparer.Ordinal).Where(g => g.Count() > 1))
        {
            context.Issue(1, twice.Last().Column, "duplicate_column", $"The stay status {twice.Key} has more than one column.");
        }

        if (context.Issues.Count > 0 || table.Rows.Count == 0)
        {
            return;
        }

        var date = context.ReferenceDate(table.Rows[0], context.Column("기준일자", "reference_date"));
        if (date is null)
        {
            return;
        }

        var continent = context.Column("대륙");
        var seen = new Dictionary<(string, string, string), int>();
        var byNationality = new Dictionary<string, (int Row, double Value)>(StringComparer.Ordinal);
        var byStatus = statuses.ToDictionary(s => s.Code, _ => 0.0, StringComparer.Ordinal);
        foreach (var row in table.Rows)
        {
            var key = (continent is null ? "" : table.Cell(row, continent), table.Cell(row, nationality!), sex is null ? "" : table.Cell(row, sex));
            if (!seen.TryAdd(key, row.Number))
            {
                context.Issue(row.Number, nationality, "duplicate_row", $"'{key.Item2}' {key.Item3} appears again (first on row {seen[key]}).");
                continue;
            }

            var rowTotal = 0.0;
            var ok = true;
            var values = new double[statuses.Count];
            for (var i = 0; i < statuses.Count; i++)
            {
                ok &= context.TryCount(row, statuses[i].Column, out values[i]);
                rowTotal += values[i];
            }

            if (!ok)
            {
                continue;
            }

            for (var i = 0; i < statuses.Count; i++)
            {
                byStatus[statuses[i].Code] += values[i];
            }

            var existing = byNationality.TryGetValue(key.Item2, out var n) ? n : (row.Number, 0.0);
            byNationality[key.Item2] = (existing.Item1, existing.Item2 + rowTotal);
        }

        var first = table.Rows[0].Number;
        context.Observations.Add(new ParsedObservation(first, SeriesCatalogue.StayForeigners, StatisticObservation.National, null, "", date.Value, byStatus.Values.Sum()));
        foreach (var (name, (row, value)) in byNationality)
        {
            context.Observations.Add(new ParsedObservation(row, SeriesCatalogue.StayForeigners, StatisticObservation.National, null, name, date.Value, value));
        }

        foreach (var (code, value) in byStatus)
        {
            context.Observations.Add(new ParsedObservation(first, SeriesCatalogue.StayForeignersByVisa, StatisticObservation.National, null, code, date.Value, value));
        }
    }
}
