using System.Collections;
using System.Globalization;
using System.Reflection;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;

namespace Glocal.Core.Shared.Tabular;

/// <summary>
/// Writes records as one XLSX worksheet: a bold header of property names (the same columns as
/// <see cref="CsvExport"/>), numbers as numbers, dates as dates, text neutralised against formula
/// injection. Rows stream through the SAX writer, so large lists do not build a DOM.
/// </summary>
public static class XlsxExport
{
    private const uint DateStyle = 1;
    private const uint DateTimeStyle = 2;
    private const uint HeaderStyle = 3;

    public static byte[] Write<T>(IEnumerable<T> rows, string sheetName = "Export")
    {
        var properties = typeof(T).GetProperties(BindingFlags.Public | BindingFlags.Instance).Where(p => p.GetIndexParameters().Length == 0).ToArray();
        using var stream = new MemoryStream();
        using (var document = SpreadsheetDocument.Create(stream, SpreadsheetDocumentType.Workbook))
        {
            var workbook = document.AddWorkbookPart();
            workbook.Workbook = new Workbook();
            AddStyles(workbook);
            var sheetPart = workbook.AddNewPart<WorksheetPart>();
            using (var writer = OpenXmlWriter.Create(sheetPart))
            {
                writer.WriteStartElement(new Worksheet());
                writer.WriteStartElement(new SheetData());
                var rowCount = 1;
                WriteRow(writer, properties.Select(p => (object?)p.Name), HeaderStyle);
                foreach (var row in rows)
                {
                    WriteRow(writer, properties.Select(p => p.GetValue(row)), null);
                    rowCount++;
                }

                writer.WriteEndElement();
                if (properties.Length > 0)
                {
                    writer.WriteElement(new AutoFilter { Reference = $"A1:{ColumnName(properties.Length - 1)}{rowCount}" });
                }

                writer.WriteEndElement();
            }

            workbook.Workbook.AppendChild(new Sheets(new Sheet
            {
                Id = workbook.GetIdOfPart(sheetPart),
                SheetId = 1,
                Name = SafeSheetName(sheetName),
            }));
            workbook.Workbook.Save();
        }

        return stream.ToArray();
    }

    private static void WriteRow(OpenXmlWriter writer, IEnumerable<object?> values, uint? style)
    {
        writer.WriteStartElement(new Row());
        foreach (var value in values)
        {
            var cell = CellFor(value);
            if (style is not null)
            {
                cell.StyleIndex = style;
            }

            writer.WriteElement(cell);
        }

        writer.WriteEndElement();
    }

    private static Cell CellFor(object? value) => value switch
    {
        null => new Cell(),
        byte or short or int or long or float or double or decimal =>
            new Cell { DataType = CellValues.Number, CellValue = new CellValue(Convert.ToString(value, CultureInfo.InvariantCulture)!) },
        DateOnly d => new Cell { StyleIndex = DateStyle, CellValue = new CellValue(d.ToDateTime(TimeOnly.MinValue).ToOADate().ToString(CultureInfo.InvariantCulture)) },
        DateTime t => new Cell { StyleIndex = DateTimeStyle, CellValue = new CellValue(t.ToOADate().ToString(CultureInfo.InvariantCulture)) },
        bool b => new Cell { DataType = CellValues.Boolean, CellValue = new CellValue(b ? "1" : "0") },
        string s => Text(s),
        IEnumerable list => Text(string.Join("; ", list.Cast<object?>())),
        _ => Text(Convert.ToString(value, CultureInfo.InvariantCulture) ?? ""),
    };

    private static Cell Text(string text) =>
        new() { DataType = CellValues.InlineString, InlineString = new InlineString(new Text(SpreadsheetText.Neutralise(text)) { Space = SpaceProcessingModeValues.Preserve }) };

    private static void AddStyles(WorkbookPart workbook)
    {
        var styles = workbook.AddNewPart<WorkbookStylesPart>();
        styles.Stylesheet = new Stylesheet(
            new Fonts(new Font(), new Font(new Bold())) { Count = 2 },
            new Fills(new Fill(new PatternFill { PatternType = PatternValues.None }), new Fill(new PatternFill { PatternType = PatternValues.Gray125 })) { Count = 2 },
            new Borders(new Border()) { Count = 1 },
            new CellFormats(
                new CellFormat(),
                new CellFormat { NumberFormatId = 14, ApplyNumberFormat = true },
                new CellFormat { NumberFormatId = 22, ApplyNumberFormat = true },
                new CellFormat { FontId = 1, ApplyFont = true }) { Count = 4 });
    }

    /// <summary>Excel refuses sheet names over 31 characters or with : \ / ? * [ ].</summary>
    private static string SafeSheetName(string name)
    {
        var clean = new string([.. name.Where(c => c is not (':' or '\\' or '/' or '?' or '*' or '[' or ']'))]);
        return clean.Length == 0 ? "Export" : clean[..Math.Min(31, clean.Length)];
    }

    private static string ColumnName(int index)
    {
        var name = "";
        for (var i = index + 1; i > 0; i = (i - 1) / 26)
        {
            name = (char)('A' + ((i - 1) % 26)) + name;
        }

        return name;
    }
}
