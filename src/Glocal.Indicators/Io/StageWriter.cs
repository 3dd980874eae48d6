using System.Globalization;
using System.Text;
using Glocal.Indicators.Model;
using Glocal.Indicators.Operations;

namespace Glocal.Indicators.Io;

/// <summary>
/// Writes data sets and audit tables as CSV the way R's <c>write.csv</c> does (text quoted, numbers bare,
/// logicals TRUE/FALSE, NA empty), with numbers in round-trip precision. Rows are sorted by uCode, then Time.
/// </summary>
public static class StageWriter
{
    /// <summary>A data set: uCode (Time for panels) and one column per code.</summary>
    public static string DataSetCsv(DataSet data)
    {
        var panel = data.IsPanel;
        var sb = new StringBuilder();
        sb.Append(Header(panel, data.Codes));
        foreach (var r in SortedRows(data))
        {
            sb.Append(CsvTable.Quote(data.Units[r]));
            if (panel)
            {
                sb.Append(',').Append(data.Times[r].ToString(CultureInfo.InvariantCulture));
            }

            foreach (var column in data.Columns)
            {
                sb.Append(',').Append(CsvTable.FormatNumber(column[r]));
            }

            sb.Append('\n');
        }

        return sb.ToString();
    }

    /// <summary>COINr's treatment table: checks before/after, winsorised points (Time column for panels).</summary>
    public static string TreatDetailsCsv(TreatAudit audit, bool panel)
    {
        var anyWin = audit.Details.Any(d => d.Winsorised is not null);
        var anyFallback = audit.Details.Any(d => d.Pass2 is not null);
        var header = new List<string> { "iCode" };
        if (panel)
        {
            header.Add("Time");
        }

        header.AddRange(["check_SkewKurt0.Pass", "check_SkewKurt0.Skew", "check_SkewKurt0.Kurt"]);
        if (anyWin)
        {
            header.AddRange(["winsorise.nwin", "check_SkewKurt1.Pass", "check_SkewKurt1.Skew", "check_SkewKurt1.Kurt"]);
        }

        if (anyFallback)
        {
            header.AddRange(["check_SkewKurt2.Pass", "check_SkewKurt2.Skew", "check_SkewKurt2.Kurt"]);
        }

        var sb = new StringBuilder(string.Join(',', header.Select(CsvTable.Quote))).Append('\n');
        foreach (var d in audit.Details.OrderBy(d => d.Time))
        {
            var cells = new List<string> { CsvTable.Quote(d.Code) };
            if (panel)
            {
                cells.Add(d.Time.ToString(CultureInfo.InvariantCulture));
            }

            cells.AddRange([Logical(d.Pass0), CsvTable.FormatNumber(d.Skew0), CsvTable.FormatNumber(d.Kurt0)]);
            if (anyWin)
            {
                cells.AddRange([d.Winsorised?.ToString(CultureInfo.InvariantCulture) ?? string.Empty, Logical(d.Pass1),
                    CsvTable.FormatNumber(d.Skew1), CsvTable.FormatNumber(d.Kurt1)]);
            }

            if (anyFallback)
            {
                cells.AddRange([Logical(d.Pass2), CsvTable.FormatNumber(d.Skew2), CsvTable.FormatNumber(d.Kurt2)]);
            }

            sb.Append(string.Join(',', cells)).Append('\n');
        }

        return sb.ToString();
    }

    /// <summary>COINr's treated-points table: the treatment label of each unit and indicator ("" when untouched).</summary>
    public static string TreatedPointsCsv(TreatAudit audit, DataSet rows)
    {
        var panel = rows.IsPanel;
        var sb = new StringBuilder(Header(panel, audit.Codes));
        foreach (var r in SortedRows(rows))
        {
            sb.Append(CsvTable.Quote(rows.Units[r]));
            if (panel)
            {
                sb.Append(',').Append(rows.Times[r].ToString(CultureInfo.InvariantCulture));
            }

            foreach (var labels in audit.Points)
            {
                sb.Append(',').Append(CsvTable.Quote(labels[r]));
            }

            sb.Append('\n');
        }

        return sb.ToString();
    }

    /// <summary>COINr's screening summary.</summary>
    public static string ScreenSummaryCsv(ScreenReport report, bool panel)
    {
        var sb = new StringBuilder();
        sb.Append(panel ? "\"uCode\",\"Time\"," : "\"uCode\",")
            .Append("\"N_missing\",\"N_zero\",\"N_miss_or_zero\",\"Dat_Avail\",\"Non_Zero\",\"LowData\",\"LowNonZero\",\"LowDatOrZeroFlag\",\"Included\"\n");
        foreach (var s in report.Summary.OrderBy(s => s.Unit, StringComparer.Ordinal).ThenBy(s => s.Time))
        {
            sb.Append(CsvTable.Quote(s.Unit)).Append(',');
            if (panel)
            {
                sb.Append(s.Time.ToString(CultureInfo.InvariantCulture)).Append(',');
            }

            sb.AppendJoin(',', s.Missing, s.Zero, s.MissingOrZero)
                .Append(',').Append(CsvTable.FormatNumber(s.DataAvailability))
                .Append(',').Append(CsvTable.FormatNumber(s.NonZero))
                .Append(',').AppendJoin(',', Logical(s.LowData), Logical(s.LowNonZero), Logical(s.LowDataOrZero), Logical(s.Included))
                .Append('\n');
        }

        return sb.ToString();
    }

    /// <summary>The units removed by screening.</summary>
    public static string RemovedUnitsCsv(ScreenReport report) =>
        "\"RemovedUnits\"\n" + string.Concat(report.RemovedUnits.Select(u => CsvTable.Quote(u) + "\n"));

    /// <summary>Weights normalised within each parent and multiplied down the tree.</summary>
    public static string EffectiveWeightsCsv(IEnumerable<EffectiveWeight> weights) =>
        "\"iCode\",\"Level\",\"Weight\",\"EffWeight\"\n" + string.Concat(weights.Select(w =>
            $"{CsvTable.Quote(w.Code)},{w.Level.ToString(CultureInfo.InvariantCulture)},{CsvTable.FormatNumber(w.Weight)},{CsvTable.FormatNumber(w.Effective)}\n"));

    /// <summary>Rows sorted by uCode (ordinal), then Time.</summary>
    public static int[] SortedRows(DataSet data) =>
        Enumerable.Range(0, data.RowCount)
            .OrderBy(r => data.Units[r], StringComparer.Ordinal)
            .ThenBy(r => data.Times[r])
            .ToArray();

    private static readonly string[] PanelKeys = ["uCode", "Time"];
    private static readonly string[] UnitKeys = ["uCode"];

    private static string Header(bool panel, IEnumerable<string> codes) =>
        string.Join(',', (panel ? PanelKeys : UnitKeys).Concat(codes).Select(CsvTable.Quote)) + "\n";

    private static string Logical(bool? value) => value switch
    {
        null => string.Empty,
        true => "TRUE",
        false => "FALSE",
    };
}
