using System.Globalization;
using System.Text.RegularExpressions;
using Glocal.Core.Shared.Tabular;

namespace Glocal.Core.Benchmark.Statistics;

/// <summary>What every statistics parser shares: the table, the request, the regions, and the issues found so far.</summary>
public sealed partial class ParseContext(Table table, StatisticImportRequest request, RegionDirectory regions, IReadOnlyDictionary<string, string>? knownSeries = null)
{
    /// <summary>Series code → definition, of every series a long file may name (the store's and the catalogue's).</summary>
    public IReadOnlyDictionary<string, string> KnownSeries { get; } = knownSeries
        ?? SeriesCatalogue.BuiltIn.ToDictionary(s => s.Code, s => s.Definition, StringComparer.Ordinal);

    public Table Table { get; } = table;

    public StatisticImportRequest Request { get; } = request;

    public RegionDirectory Regions { get; } = regions;

    public List<ImportIssue> Issues { get; } = [];

    public List<ParsedObservation> Observations { get; } = [];

    public void Issue(int row, string? column, string code, string message) => Issues.Add(new ImportIssue(row, column, code, message));

    /// <summary>A header without spaces or a parenthesised note: "외국인 주민자녀(출생)" → "외국인주민자녀".</summary>
    public static string Normalise(string header) => Parenthesised().Replace(header, "").Replace(" ", "", StringComparison.Ordinal).Trim();

    /// <summary>The first column whose normalised name is one of the candidates, or null.</summary>
    public string? Column(params string[] candidates) =>
        Table.Columns.FirstOrDefault(c => candidates.Contains(Normalise(c), StringComparer.OrdinalIgnoreCase));

    /// <summary>Columns named like MOJ stay statuses (E9(비전문취업), F6, H2 …): the mark of a MOJ 체류외국인 table.</summary>
    public IReadOnlyList<string> VisaColumns() => [.. Table.Columns.Where(c => VisaCode(c) is not null)];

    /// <summary>"E9(비전문취업)" → "E-9"; null when the header is not a stay status.</summary>
    public static string? VisaCode(string header)
    {
        var match = Visa().Match(Normalise(header));
        return match.Success ? $"{match.Groups[1].Value}-{match.Groups[2].Value}" : null;
    }

    /// <summary>A count: digits with optional thousands separators; empty or "-" is zero, as the portals print it.</summary>
    public bool TryCount(TableRow row, string column, out double value)
    {
        var text = Table.Cell(row, column).Replace(",", "", StringComparison.Ordinal);
        if (text is "" or "-")
        {
            value = 0;
            return true;
        }

        if (double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out value) && double.IsFinite(value) && value >= 0)
        {
            return true;
        }

        Issue(row.Number, column, "invalid_number", $"'{Table.Cell(row, column)}' is not a count.");
        return false;
    }

    public bool TryNumber(TableRow row, string column, out double value)
    {
        var text = Table.Cell(row, column).Replace(",", "", StringComparison.Ordinal);
        if (double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out value) && double.IsFinite(value))
        {
            return true;
        }

        Issue(row.Number, column, "invalid_number", $"'{Table.Cell(row, column)}' is not a number.");
        return false;
    }

    /// <summary>The date in the row's date column, else the request's; an issue when neither says.</summary>
    public DateOnly? ReferenceDate(TableRow row, string? dateColumn)
    {
        if (dateColumn is not null)
        {
            var text = Table.Cell(row, dateColumn);
            if (DateOnly.TryParseExact(text, ["yyyy-MM-dd", "yyyy.MM.dd", "yyyyMMdd", "yyyy/MM/dd"], CultureInfo.InvariantCulture, DateTimeStyles.None, out var date))
            {
                return date;
            }

            Issue(row.Number, dateColumn, "invalid_date", $"'{text}' is not a date (yyyy-MM-dd).");
            return null;
        }

        if (Request.ReferenceDate is { } given)
        {
            return given;
        }

        Issue(row.Number, null, "reference_date_missing", "The file has no date column: give the reference date with the import.");
        return null;
    }

    /// <summary>The region a cell names (a code, or a name inside the request's province); an issue when unknown.</summary>
    public (string Code, int? Id)? Region(TableRow row, string column, DateOnly at)
    {
        var text = Table.Cell(row, column);
        return RegionOf(text, row.Number, column, at);
    }

    /// <summary>The request's region, for files about one region; an issue when missing or unknown.</summary>
    public (string Code, int? Id)? RequestRegion(int row, DateOnly at)
    {
        if (Request.Region is null)
        {
            Issue(row, null, "region_missing", "The file does not say which region it describes: give the region code with the import.");
            return null;
        }

        return RegionOf(Request.Region, row, null, at);
    }

    private (string Code, int? Id)? RegionOf(string text, int row, string? column, DateOnly at)
    {
        var codeInCell = CodeInText().Match(text);
        if (RegionDirectory.IsNational(text))
        {
            return (StatisticObservation.National, null);
        }

        var province = Request.Region is { } r && r != StatisticObservation.National ? r[..2] : null;
        var found = codeInCell.Success ? Regions.ByCode(codeInCell.Value, at) : Regions.Resolve(text, province, at);
        if (found is null)
        {
            Issue(row, column, "unknown_region", $"'{text}' is not a region code or name valid on {at:yyyy-MM-dd}.");
            return null;
        }

        return (found.Code, found.Id == 0 ? null : found.Id);
    }

    [GeneratedRegex(@"\([^)]*\)")]
    private static partial Regex Parenthesised();

    [GeneratedRegex(@"^([A-HT])-?([0-9]{1,2})$")]
    private static partial Regex Visa();

    [GeneratedRegex(@"(?<![0-9])[0-9]{5}(?![0-9])")]
    private static partial Regex CodeInText();
}
