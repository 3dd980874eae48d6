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

    private static readonly Encoding StrictCp949 = RegisteredCp949();

    private static Encoding RegisteredCp949()
    {
        Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);
        return Encoding.GetEncoding(949, EncoderFallback.ExceptionFallback, DecoderFallback.ExceptionFallback);
    }

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
            : ReadCsv(Decode(bytes, fileName), fileName, maxRows);
        if (table.Columns.Count == 0)
        {
            throw Rejected(fileName, "no_header", "The first row must name the columns.");
        }

        return table;
    }

    /// <summary>
    /// UTF-8 when the bytes are valid UTF-8 (a BOM is dropped), otherwise CP949 (EUC-KR's superset). Anything
    /// else — UTF-16, a binary file, bytes that are neither — is refused rather than read as garbage.
    /// </summary>
    public static string Decode(ReadOnlySpan<byte> bytes, string fileName = "")
    {
        if (bytes is [0xFF, 0xFE, ..] or [0xFE, 0xFF, ..])
        {
            throw Rejected(fileName, "unsupported_encoding", "The file is UTF-16; save it as UTF-8 (or CP949) CSV.");
        }

        if (bytes.Contains((byte)0))
        {
            throw Rejected(fileName, "not_a_text_file", "The file is not a CSV text file (it contains binary data).");
        }

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
            try
            {
                var text = StrictCp949.GetString(bytes);
                // CP949 maps a few stray bytes to private-use or control characters; no real CSV holds them.
                if (text.Any(c => c is >= '\uE000' and <= '\uF8FF' || (char.IsControl(c) && c is not ('\t' or '\r' or '\n'))))
                {
                    throw new DecoderFallbackException();
                }

                return text;
            }
            catch (DecoderFallbackException)
            {
                throw Rejected(fileName, "unknown_encoding", "The file is neither UTF-8 nor CP949 (EUC-KR) text.");
            }
        }
    }

    private static Table ReadCsv(string text, string fileName, int maxRows)
    {
        // Quotes always pair in CSV (enclosing pairs, escaped ones doubled); an odd count means an unclosed
        // field, which a lenient parser would silently stretch over the rest of the file.
        if (text.Count(c => c == '"') % 2 != 0)
        {
            throw Rejected(fileName, "unreadable_csv", "A quoted cell is never closed: check the quotes (\") in the file.");
        }

        using var reader = new StringReader(text);
        using var parser = new CsvParser(reader, CsvOptions());
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

    /// <summary>How every CSV is parsed: comma, semicolon or tab as found, header read by the caller, blank lines skipped.</summary>
    internal static CsvConfiguration CsvOptions(int maxCellLength = 0) => new(CultureInfo.InvariantCulture)
    {
        HasHeaderRecord = false,
        DetectDelimiter = true,
        DetectDelimiterValues = [",", ";", "\t"],
        BadDataFound = null,
        IgnoreBlankLines = true,
        MaxFieldSize = maxCellLength,
    };

    internal static ImportRejectedException Rejected(string fileName, string code, string message) =>
        new(new ImportReport(fileName, 0, 0, 0, 0, [new ImportIssue(0, null, code, message)]));
}
