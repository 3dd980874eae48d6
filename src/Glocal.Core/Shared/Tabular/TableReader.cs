using System.Globalization;
using System.Text;
using CsvHelper;
using CsvHelper.Configuration;

namespace Glocal.Core.Shared.Tabular;

/// <summary>
/// Reads an uploaded CSV (UTF-8 with or without BOM, or CP949 as Korean Excel and public portals write
/// it) or XLSX file into a <see cref="Table"/>. The format comes from the content (an XLSX file is a zip
/// archive), not only the name. Every failure is an <see cref="ImportRejectedException"/> that says why.
/// </summary>
public static class TableReader
{
    public const int DefaultMaxRows = 200_000;
    public const long MaxBytes = 50L * 1024 * 1024;

    private static readonly Encoding StrictUtf8 = new UTF8Encoding(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

    static TableReader() => Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);

    public static Table Read(Stream content, string fileName, int maxRows = DefaultMaxRows)
    {
        using var buffer = new MemoryStream();
        content.CopyTo(buffer);
        if (buffer.Length == 0)
        {
            throw Rejected(fileName, "empty_file", "The file is empty.");
        }

        if (buffer.Length > MaxBytes)
        {
            throw Rejected(fileName, "file_too_large", $"The file is larger than {MaxBytes / 1024 / 1024} MB.");
        }

        var bytes = buffer.GetBuffer().AsSpan(0, (int)buffer.Length);
        var table = bytes is [(byte)'P', (byte)'K', 3, 4, ..]
            ? XlsxTableReader.Read(buffer, fileName, maxRows)
            : ReadCsv(Decode(bytes), fileName, maxRows);
        if (table.Columns.Count == 0)
        {
            throw Rejected(fileName, "no_header", "The first row must name the columns.");
        }

        return table;
    }

    /// <summary>UTF-8 when the bytes are valid UTF-8 (a BOM is dropped), otherwise CP949 (EUC-KR's superset).</summary>
    public static string Decode(ReadOnlySpan<byte> bytes)
    {
        if (bytes is [0xEF, 0xBB, 0xBF, ..])
        {
            bytes = bytes[3..];
        }

        try
        {
            return StrictUtf8.GetString(bytes);
        }
        catch (DecoderFallbackException)
        {
            return Encoding.GetEncoding(949).GetString(bytes);
        }
    }

    private static Table ReadCsv(string text, string fileName, int maxRows)
    {
        var configuration = new CsvConfiguration(CultureInfo.InvariantCulture)
        {
            HasHeaderRecord = false,
            DetectDelimiter = true,
            DetectDelimiterValues = [",", ";", "\t"],
            BadDataFound = null,
            IgnoreBlankLines = true,
        };
        using var reader = new StringReader(text);
        using var parser = new CsvParser(reader, configuration);
        List<string>? columns = null;
        var rows = new List<TableRow>();
        try
        {
            while (parser.Read())
            {
                var cells = parser.Record!.Select(c => c.Trim()).ToList();
                if (cells.All(c => c.Length == 0))
                {
                    continue;
                }

                if (columns is null)
                {
                    columns = cells;
                    continue;
                }

                if (rows.Count == maxRows)
                {
                    throw Rejected(fileName, "too_many_rows", $"The file has more than {maxRows:N0} rows; split it.");
                }

                rows.Add(new TableRow(parser.RawRow, cells));
            }
        }
        catch (CsvHelperException e)
        {
            throw Rejected(fileName, "unreadable_csv", $"The CSV could not be read near row {e.Context?.Parser?.RawRow}: check quotes and separators.");
        }

        return new Table(fileName, columns ?? [], rows);
    }

    internal static ImportRejectedException Rejected(string fileName, string code, string message) =>
        new(new ImportReport(fileName, 0, 0, 0, 0, [new ImportIssue(0, null, code, message)]));
}
