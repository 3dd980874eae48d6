using System.Globalization;
using System.Text;
using CsCheck;
using CsvHelper;
using Glocal.Core.Shared.Tabular;

namespace Glocal.Core.Tests.Shared;

/// <summary>Properties of the one reader every import goes through, over generated files.</summary>
public class TableReaderPropertyTests
{
    static TableReaderPropertyTests() => Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);

    private static readonly Gen<string> Cell =
        Gen.String[Gen.Char["ab가나다,;\"\t\n 1-"], 0, 12].Select(s => s.Trim()).Where(s => !s.Contains('\n') || s.Length > 0);

    private static readonly Gen<(string[] Header, string[][] Rows)> Sheet =
        Gen.Int[1, 6].SelectMany(columns => Gen.Select(
            Gen.String[Gen.Char["가나다abc"], 1, 6].Array[columns],
            Cell.Array[columns].Where(r => r.Any(c => c.Length > 0)).Array[0, 15]));

    [Fact]
    public void Read_AnyBytes_GivesATableOrARejectionWithACode() =>
        Gen.OneOf(Gen.Byte.Array[0, 400], Gen.Byte.Array[0, 400].Select(b => (byte[])[(byte)'P', (byte)'K', 3, 4, .. b]))
            .Sample(bytes =>
            {
                try
                {
                    TableReader.Read(new MemoryStream(bytes), "fuzz.csv");
                }
                catch (ImportRejectedException rejected)
                {
                    rejected.Report.Issues.ShouldNotBeEmpty();
                    rejected.Report.Issues.ShouldAllBe(i => !string.IsNullOrEmpty(i.Code));
                }
            }, iter: 3000);

    [Fact]
    public void Csv_AsASpreadsheetWritesIt_ReadsBackCellForCell() =>
        Gen.Select(Sheet, Gen.Bool).Sample((sheet, cp949) =>
        {
            var text = new StringWriter();
            using (var csv = new CsvWriter(text, CultureInfo.InvariantCulture))
            {
                foreach (var record in sheet.Rows.Prepend(sheet.Header))
                {
                    foreach (var cell in record)
                    {
                        csv.WriteField(cell);
                    }

                    csv.NextRecord();
                }
            }

            var bytes = cp949 ? Encoding.GetEncoding(949).GetBytes(text.ToString()) : Encoding.UTF8.GetBytes(text.ToString());
            var table = TableReader.Read(new MemoryStream(bytes), "sheet.csv");
            table.Columns.ShouldBe(sheet.Header);
            table.Rows.Select(r => r.Cells.ToArray()).ShouldBe(sheet.Rows);
        }, iter: 500);
}
