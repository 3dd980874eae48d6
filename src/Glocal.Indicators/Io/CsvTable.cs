using System.Globalization;
using System.Text;

namespace Glocal.Indicators.Io;

/// <summary>
/// A CSV table (RFC 4180: quoted fields, doubled quotes, CRLF or LF). Cells are strings; numbers are parsed
/// culture-invariantly by <see cref="TryParseNumber"/>, where an empty cell or <c>NA</c> is missing.
/// </summary>
public sealed class CsvTable
{
    public CsvTable(string source, string[] header, List<string[]> rows)
    {
        Source = source;
        Header = header;
        Rows = rows;
    }

    /// <summary>The file (or other source) name, used in error messages.</summary>
    public string Source { get; }

    public string[] Header { get; }

    public List<string[]> Rows { get; }

    /// <summary>Index of a column, or -1.</summary>
    public int IndexOf(string column) => Array.FindIndex(Header, h => string.Equals(h, column, StringComparison.Ordinal));

    /// <summary>The 1-based line number of a data row (the header is line 1; no multi-line cells assumed).</summary>
    public static int LineOf(int row) => row + 2;

    public static CsvTable Read(string path) => Parse(File.ReadAllText(path), Path.GetFileName(path));

    /// <summary>Parses CSV text.</summary>
    /// <exception cref="IndicatorInputException">Empty input, unterminated quote, or a row with the wrong number of cells.</exception>
    public static CsvTable Parse(string text, string source)
    {
        var records = new List<string[]>();
        var fields = new List<string>();
        var cell = new StringBuilder();
        var i = 0;
        var line = 1;
        var inQuotes = false;
        var startLine = 1;
        if (text.Length > 0 && text[0] == '\uFEFF')
        {
            i = 1;
        }

        while (i < text.Length)
        {
            var ch = text[i];
            if (inQuotes)
            {
                if (ch == '"')
                {
                    if (i + 1 < text.Length && text[i + 1] == '"')
                    {
                        cell.Append('"');
                        i += 2;
                        continue;
                    }

                    inQuotes = false;
                }
                else
                {
                    if (ch == '\n')
                    {
                        line++;
                    }

                    cell.Append(ch);
                }

                i++;
                continue;
            }

            switch (ch)
            {
                case '"':
                    inQuotes = true;
                    break;
                case ',':
                    fields.Add(cell.ToString());
                    cell.Clear();
                    break;
                case '\r':
                    break;
                case '\n':
                    fields.Add(cell.ToString());
                    cell.Clear();
                    AddRecord(records, fields);
                    line++;
                    startLine = line;
                    break;
                default:
                    cell.Append(ch);
                    break;
            }

            i++;
        }

        if (inQuotes)
        {
            throw new IndicatorInputException(source, startLine, null, "a quoted cell is not closed.");
        }

        if (cell.Length > 0 || fields.Count > 0)
        {
            fields.Add(cell.ToString());
            AddRecord(records, fields);
        }

        if (records.Count == 0)
        {
            throw new IndicatorInputException(source, null, null, "the file is empty.");
        }

        var header = records[0].Select(h => h.Trim()).ToArray();
        var rows = records.Skip(1).ToList();
        for (var r = 0; r < rows.Count; r++)
        {
            if (rows[r].Length != header.Length)
            {
                throw new IndicatorInputException(source, LineOf(r), null,
                    $"the row has {rows[r].Length} cells but the header has {header.Length}.");
            }
        }

        return new CsvTable(source, header, rows);
    }

    /// <summary>Parses a number culture-invariantly; empty and <c>NA</c> are missing (NaN).</summary>
    public static bool TryParseNumber(string cell, out double value)
    {
        var s = cell.Trim();
        if (s.Length == 0 || s is "NA" or "NaN")
        {
            value = double.NaN;
            return true;
        }

        return double.TryParse(s, NumberStyles.Float, CultureInfo.InvariantCulture, out value);
    }

    /// <summary>Formats a number so that it reads back as the same double; NaN is an empty cell.</summary>
    public static string FormatNumber(double value) =>
        double.IsNaN(value) ? string.Empty : value.ToString("R", CultureInfo.InvariantCulture);

    /// <summary>Quotes a text cell as R's <c>write.csv</c> does.</summary>
    public static string Quote(string? text) =>
        text is null ? string.Empty : "\"" + text.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"";

    private static void AddRecord(List<string[]> records, List<string> fields)
    {
        if (fields.Count == 1 && fields[0].Length == 0)
        {
            fields.Clear();
            return;
        }

        records.Add([.. fields]);
        fields.Clear();
    }
}
