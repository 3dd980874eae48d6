using System.Globalization;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;

namespace Glocal.Core.Shared.Tabular;

/// <summary>
/// The first worksheet of an XLSX workbook as text. Dates (numbers under a date format) become ISO
/// yyyy-MM-dd; other numbers are written culture-invariantly; formulas contribute their cached value.
/// </summary>
internal static class XlsxTableReader
{
    // Built-in number formats that show dates (ECMA-376 part 1, 18.8.30).
    private static readonly HashSet<uint> BuiltInDateFormats = [14, 15, 16, 17, 18, 19, 20, 21, 22, 45, 46, 47];

    /// <summary>What a workbook may unpack to: far above any real import, far below what exhausts the server.</summary>
    public const long MaxUnpackedBytes = 256L * 1024 * 1024;

    /// <summary>Real worksheets compress 5–20×, a sheet of identical rows about 150×; zip bombs about 1,000× and more.</summary>
    public const long MaxCompressionRatio = 500;

    public static Table Read(Stream content, string fileName, int maxRows)
    {
        try
        {
            RefuseZipBombs(content, fileName);
            content.Position = 0;
            using var document = SpreadsheetDocument.Open(content, isEditable: false);
            var workbook = document.WorkbookPart ?? throw TableReader.Rejected(fileName, "unreadable_xlsx", "The workbook has no sheets.");
            var firstSheet = workbook.Workbook.Sheets?.Elements<Sheet>().FirstOrDefault()
                ?? throw TableReader.Rejected(fileName, "unreadable_xlsx", "The workbook has no sheets.");
            var sheet = (WorksheetPart)workbook.GetPartById(firstSheet.Id!.Value!);
            var strings = workbook.SharedStringTablePart?.SharedStringTable.Elements<SharedStringItem>().Select(s => s.InnerText).ToArray() ?? [];
            var dateStyles = DateStyles(workbook);

            List<string>? columns = null;
            var rows = new List<TableRow>();
            foreach (var row in sheet.Worksheet.Descendants<Row>())
            {
                var cells = new List<string>();
                foreach (var cell in row.Elements<Cell>())
                {
                    var column = ColumnIndex(cell.CellReference?.Value) ?? cells.Count;
                    while (cells.Count < column)
                    {
                        cells.Add("");
                    }

                    cells.Add(Text(cell, strings, dateStyles).Trim());
                }

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
                    throw TableReader.Rejected(fileName, "too_many_rows", $"The file has more than {maxRows:N0} rows; split it.");
                }

                rows.Add(new TableRow((int)(row.RowIndex?.Value ?? (uint)rows.Count + 2), cells));
            }

            return new Table(fileName, columns ?? [], rows);
        }
        catch (Exception e) when (e is OpenXmlPackageException or InvalidDataException or FileFormatException or System.Xml.XmlException)
        {
            throw TableReader.Rejected(fileName, "unreadable_xlsx", "The file is not a readable XLSX workbook.");
        }
    }

    private static void RefuseZipBombs(Stream content, string fileName)
    {
        content.Position = 0;
        using var zip = new System.IO.Compression.ZipArchive(content, System.IO.Compression.ZipArchiveMode.Read, leaveOpen: true);
        long unpacked = 0;
        foreach (var entry in zip.Entries)
        {
            unpacked += entry.Length;
            var suspicious = entry.Length > 10 * 1024 * 1024 && entry.Length > MaxCompressionRatio * Math.Max(1, entry.CompressedLength);
            if (suspicious || unpacked > MaxUnpackedBytes)
            {
                throw TableReader.Rejected(fileName, "xlsx_too_large_unpacked",
                    $"The workbook unpacks to more than the {MaxUnpackedBytes / 1024 / 1024} MB an import may hold, or is compressed suspiciously; save the data as CSV or split it.");
            }
        }
    }

    private static string Text(Cell cell, string[] strings, HashSet<uint> dateStyles)
    {
        var raw = cell.CellValue?.Text;
        if (cell.DataType?.Value == CellValues.InlineString)
        {
            return cell.InlineString?.InnerText ?? "";
        }

        if (raw is null)
        {
            return "";
        }

        if (cell.DataType?.Value == CellValues.SharedString)
        {
            return int.TryParse(raw, NumberStyles.Integer, CultureInfo.InvariantCulture, out var i) && i >= 0 && i < strings.Length ? strings[i] : "";
        }

        if (cell.DataType?.Value == CellValues.Boolean)
        {
            return raw == "1" ? "TRUE" : "FALSE";
        }

        if ((cell.DataType is null || cell.DataType.Value == CellValues.Number)
            && cell.StyleIndex?.Value is uint style && dateStyles.Contains(style)
            && double.TryParse(raw, NumberStyles.Float, CultureInfo.InvariantCulture, out var serial) && serial is > 0 and < 2958466)
        {
            var date = DateTime.FromOADate(serial);
            return date.TimeOfDay == TimeSpan.Zero
                ? date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)
                : date.ToString("yyyy-MM-dd HH:mm:ss", CultureInfo.InvariantCulture);
        }

        return raw;
    }

    /// <summary>Indices of cell formats whose number format shows a date.</summary>
    private static HashSet<uint> DateStyles(WorkbookPart workbook)
    {
        var result = new HashSet<uint>();
        var stylesheet = workbook.WorkbookStylesPart?.Stylesheet;
        if (stylesheet?.CellFormats is null)
        {
            return result;
        }

        var custom = stylesheet.NumberingFormats?.Elements<NumberingFormat>()
            .Where(f => f.NumberFormatId?.Value is not null && LooksLikeDate(f.FormatCode?.Value))
            .Select(f => f.NumberFormatId!.Value)
            .ToHashSet() ?? [];
        uint index = 0;
        foreach (var format in stylesheet.CellFormats.Elements<CellFormat>())
        {
            var id = format.NumberFormatId?.Value ?? 0;
            if (BuiltInDateFormats.Contains(id) || custom.Contains(id))
            {
                result.Add(index);
            }

            index++;
        }

        return result;
    }

    private static bool LooksLikeDate(string? code)
    {
        if (code is null)
        {
            return false;
        }

        // Ignore quoted literals and bracketed colours/conditions, then look for day or year tokens.
        var bare = System.Text.RegularExpressions.Regex.Replace(code, "\"[^\"]*\"|\\[[^\\]]*\\]", "");
        return bare.Contains('y', StringComparison.OrdinalIgnoreCase) || bare.Contains('d', StringComparison.OrdinalIgnoreCase);
    }

    private static int? ColumnIndex(string? reference)
    {
        if (string.IsNullOrEmpty(reference))
        {
            return null;
        }

        var index = 0;
        foreach (var c in reference.TakeWhile(char.IsLetter))
        {
            index = (index * 26) + (char.ToUpperInvariant(c) - 'A' + 1);
        }

        return index - 1;
    }
}
