namespace Glocal.Indicators.Io;

/// <summary>Reads a weights file with columns <c>iCode,Weight</c>.</summary>
public static class WeightsReader
{
    public static Dictionary<string, double> Read(string path) => Create(CsvTable.Read(path));

    /// <exception cref="IndicatorInputException">Missing columns, a non-numeric or negative weight, or a duplicate code.</exception>
    public static Dictionary<string, double> Create(CsvTable table)
    {
        var code = table.IndexOf("iCode");
        var weight = table.IndexOf("Weight");
        if (code < 0 || weight < 0)
        {
            throw new IndicatorInputException(table.Source, 1, code < 0 ? "iCode" : "Weight", "a weights file needs the columns iCode and Weight.");
        }

        var result = new Dictionary<string, double>(StringComparer.Ordinal);
        for (var r = 0; r < table.Rows.Count; r++)
        {
            var c = table.Rows[r][code].Trim();
            var text = table.Rows[r][weight];
            if (!CsvTable.TryParseNumber(text, out var w) || !double.IsFinite(w) || w < 0)
            {
                throw new IndicatorInputException(table.Source, CsvTable.LineOf(r), "Weight", $"'{text}' is not a weight (a finite number ≥ 0).");
            }

            if (!result.TryAdd(c, w))
            {
                throw new IndicatorInputException(table.Source, CsvTable.LineOf(r), "iCode", $"duplicate code '{c}'.");
            }
        }

        return result;
    }
}
