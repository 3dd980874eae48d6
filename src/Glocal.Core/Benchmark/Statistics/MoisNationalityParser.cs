namespace Glocal.Core.Benchmark.Statistics;

/// <summary>
/// MOIS 외국인주민 현황 by nationality for one region (국적, 인원수): one observation per nationality. A nationality
/// listed twice — Chungnam's file lists 러시아(한국계) twice — is a duplicate, not a second figure to add.
/// </summary>
public static class MoisNationalityParser
{
    public static void Parse(ParseContext context)
    {
        var table = context.Table;
        foreach (var visa in context.VisaColumns())
        {
            context.Issue(1, visa, "definition_mixed", $"'{visa}' is a MOJ stay status: a MOIS 외국인주민 table must not be mixed with MOJ 체류외국인 figures.");
        }

        var nationality = table.Columns.FirstOrDefault(c => c.Replace(" ", "", StringComparison.Ordinal) is "국적" or "국적별" or "국적지역" or "nationality");
        var count = MoisTypeParser.CountColumn(context);
        if (nationality is null || count is null)
        {
            context.Issue(1, nationality is null ? "국적" : "인원수", "missing_column", "A nationality table needs the columns 국적 and 인원수.");
            return;
        }

        if (table.Rows.Count == 0)
        {
            return;
        }

        var date = context.ReferenceDate(table.Rows[0], null);
        var region = date is null ? null : context.RequestRegion(0, date.Value);
        if (region is null)
        {
            return;
        }

        double? total = null;
        var totalRow = 0;
        foreach (var row in table.Rows)
        {
            var name = table.Cell(row, nationality);
            if (!context.TryCount(row, count, out var value))
            {
                continue;
            }

            if (name.Replace(" ", "", StringComparison.Ordinal) is "합계" or "계" or "총계")
            {
                (total, totalRow) = (value, row.Number);
                continue;
            }

            if (name.Length == 0)
            {
                context.Issue(row.Number, nationality, "required", "The nationality is empty.");
                continue;
            }

            context.Observations.Add(new ParsedObservation(row.Number, SeriesCatalogue.ForeignResidentsByNationality, region.Value.Code, region.Value.Id, name, date!.Value, value));
        }

        var sum = context.Observations.Sum(o => o.Value);
        if (total is { } t && Math.Abs(t - sum) > 0.5)
        {
            context.Issue(totalRow, count, "total_mismatch", $"The total {t:N0} is not the sum of the nationalities, {sum:N0}.");
        }
    }
}
