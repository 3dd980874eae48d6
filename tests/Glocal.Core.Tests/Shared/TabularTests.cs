using System.IO.Compression;
using System.Text;
using Glocal.Core.Shared;
using Glocal.Core.Shared.Tabular;

namespace Glocal.Core.Tests.Shared;

public class TabularTests
{
    private const string RegistryCsv = "자치단체,국가,도시,교류형태,체결일,교류분야\n안산시,중국,안산시,자매결연,1997-02-27,\"행정, 문화\"\n\n안산시,중국,연태시,우호교류,2009-07-10,경제\n";

    private sealed record Partner(string City, int Since, DateOnly SignedOn, double Score, string Note);

    static TabularTests() => Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);

    private static Table Read(byte[] bytes, string name = "file.csv") => TableReader.Read(new MemoryStream(bytes), name);

    [Fact]
    public void Csv_Utf8WithBom_ReadsHeaderQuotedCellsAndFileRowNumbers()
    {
        var table = Read([0xEF, 0xBB, 0xBF, .. Encoding.UTF8.GetBytes(RegistryCsv)]);
        table.Columns.ShouldBe(["자치단체", "국가", "도시", "교류형태", "체결일", "교류분야"]);
        table.Rows.Count.ShouldBe(2);
        table.Cell(table.Rows[0], "교류분야").ShouldBe("행정, 문화");
        table.Rows.Select(r => r.Number).ShouldBe([2, 4], "row numbers are lines of the file, blank lines included");
        table.Cell(table.Rows[1], "없는열").ShouldBe("");
    }

    [Fact]
    public void Csv_Cp949_ReadsTheSameAsUtf8()
    {
        var cp949 = Encoding.GetEncoding(949).GetBytes(RegistryCsv);
        Should.Throw<DecoderFallbackException>(() => new UTF8Encoding(false, true).GetString(cp949), "the test file must not be valid UTF-8");
        var table = Read(cp949);
        var utf8 = Read(Encoding.UTF8.GetBytes(RegistryCsv));
        table.Columns.ShouldBe(utf8.Columns);
        table.Rows.Select(r => r.Cells).ShouldBe(utf8.Rows.Select(r => r.Cells));
    }

    [Fact]
    public void Xlsx_RoundTrip_KeepsTypesAndNeutralisesFormulas()
    {
        var bytes = XlsxExport.Write([new Partner("Anshan", 1997, new DateOnly(1997, 2, 27), 0.5, "=HYPERLINK(\"http://x\")"), new Partner("연태", 2009, new DateOnly(2009, 7, 10), 12, "@SUM(A1)")], "Partners");
        var table = Read(bytes, "partners.xlsx");
        table.Columns.ShouldBe(["City", "Since", "SignedOn", "Score", "Note"]);
        table.Rows.Count.ShouldBe(2);
        table.Cell(table.Rows[0], "SignedOn").ShouldBe("1997-02-27");
        table.Cell(table.Rows[1], "Since").ShouldBe("2009");
        table.Cell(table.Rows[0], "Score").ShouldBe("0.5");
        table.Cell(table.Rows[0], "Note").ShouldBe("'=HYPERLINK(\"http://x\")");
        table.Cell(table.Rows[1], "City").ShouldBe("연태");

        var sheetXml = SheetXml(bytes);
        sheetXml.ShouldNotContain("<x:f>");
        sheetXml.ShouldNotContain("<f>");
    }

    [Fact]
    public void Xlsx_FromAnotherWriter_ReadsSharedStringsCustomDateFormatsAndGaps()
    {
        var table = Read(HandMadeWorkbook(), "registry.xlsx");
        table.Columns.ShouldBe(["도시", "", "체결일"]);
        table.Rows.Single().Cells.ShouldBe(["Leshan", "", "2018-03-15"]);
        table.Rows.Single().Number.ShouldBe(3);
    }

    [Theory]
    [InlineData(new byte[0], "empty_file")]
    [InlineData(new byte[] { (byte)'P', (byte)'K', 3, 4, 1, 2, 3 }, "unreadable_xlsx")]
    [InlineData(new byte[] { 0x0A, 0x0A }, "no_header")]
    public void BadFiles_AreRejectedWithACode(byte[] bytes, string code)
    {
        var rejected = Should.Throw<ImportRejectedException>(() => Read(bytes));
        rejected.Report.Rejected.ShouldBeTrue();
        rejected.Report.Issues.Single().Code.ShouldBe(code);
    }

    [Fact]
    public void TooManyRows_AreRejected() =>
        Should.Throw<ImportRejectedException>(() => TableReader.Read(new MemoryStream(Encoding.UTF8.GetBytes("a\n1\n2\n3\n")), "x.csv", maxRows: 2))
            .Report.Issues.Single().Code.ShouldBe("too_many_rows");

    [Fact]
    public void RequireColumns_NamesEveryMissingColumn()
    {
        var table = Read(Encoding.UTF8.GetBytes("자치단체,도시\n안산시,안산\n"));
        var issues = Should.Throw<ImportRejectedException>(() => table.RequireColumns("자치단체", "국가", "체결일")).Report.Issues;
        issues.Select(i => i.Column).ShouldBe(["국가", "체결일"]);
        issues.ShouldAllBe(i => i.Code == "missing_column" && i.Row == 1);
    }

    [Theory]
    [InlineData(null, ExportFormat.Csv)]
    [InlineData("CSV", ExportFormat.Csv)]
    [InlineData("xlsx", ExportFormat.Xlsx)]
    public void ParseFormat_AcceptsCsvAndXlsx(string? text, ExportFormat expected) => TabularExport.ParseFormat(text).ShouldBe(expected);

    [Fact]
    public void ParseFormat_Unknown_IsA400() =>
        Should.Throw<BusinessRuleException>(() => TabularExport.ParseFormat("pdf")).ShouldSatisfyAllConditions(e => e.Code.ShouldBe("export_format"), e => e.StatusCode.ShouldBe(400));

    [Fact]
    public void Export_CsvAndXlsx_HaveTheSameColumns()
    {
        Partner[] rows = [new("Yantai", 2009, new DateOnly(2009, 7, 10), 1, "-1")];
        var csv = Read(TabularExport.Write(rows, ExportFormat.Csv, "p").Content);
        var xlsx = TabularExport.Write(rows, ExportFormat.Xlsx, "p");
        xlsx.FileName.ShouldBe("p.xlsx");
        Read(xlsx.Content, xlsx.FileName).Columns.ShouldBe(csv.Columns);
        csv.Cell(csv.Rows[0], "Note").ShouldBe("'-1");
    }

    private static string SheetXml(byte[] xlsx)
    {
        using var zip = new ZipArchive(new MemoryStream(xlsx));
        var sheet = zip.Entries.Single(e => e.FullName.Contains("worksheets/", StringComparison.Ordinal));
        using var reader = new StreamReader(sheet.Open());
        return reader.ReadToEnd();
    }

    /// <summary>
    /// A workbook as Excel writes it (shared strings, a custom date format, a skipped column, a blank row),
    /// built from raw parts so the reader is not only tested against our own writer.
    /// </summary>
    private static byte[] HandMadeWorkbook()
    {
        var parts = new Dictionary<string, string>
        {
            ["[Content_Types].xml"] = """<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/><Override PartName="/xl/worksheets/sheet1.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/><Override PartName="/xl/sharedStrings.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sharedStrings+xml"/><Override PartName="/xl/styles.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.styles+xml"/></Types>""",
            ["_rels/.rels"] = """<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="xl/workbook.xml"/></Relationships>""",
            ["xl/workbook.xml"] = """<?xml version="1.0" encoding="UTF-8"?><workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"><sheets><sheet name="교류현황" sheetId="1" r:id="rId1"/></sheets></workbook>""",
            ["xl/_rels/workbook.xml.rels"] = """<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="worksheets/sheet1.xml"/><Relationship Id="rId2" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/sharedStrings" Target="sharedStrings.xml"/><Relationship Id="rId3" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles" Target="styles.xml"/></Relationships>""",
            ["xl/sharedStrings.xml"] = """<?xml version="1.0" encoding="UTF-8"?><sst xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" count="3" uniqueCount="3"><si><t>도시</t></si><si><t>체결일</t></si><si><r><t>Le</t></r><r><t>shan</t></r></si></sst>""",
            ["xl/styles.xml"] = """<?xml version="1.0" encoding="UTF-8"?><styleSheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><numFmts count="1"><numFmt numFmtId="164" formatCode="yyyy\-mm\-dd;@"/></numFmts><fonts count="1"><font/></fonts><fills count="1"><fill/></fills><borders count="1"><border/></borders><cellXfs count="2"><xf numFmtId="0"/><xf numFmtId="164" applyNumberFormat="1"/></cellXfs></styleSheet>""",
            ["xl/worksheets/sheet1.xml"] = """<?xml version="1.0" encoding="UTF-8"?><worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData><row r="1"><c r="A1" t="s"><v>0</v></c><c r="C1" t="s"><v>1</v></c></row><row r="2"/><row r="3"><c r="A3" t="s"><v>2</v></c><c r="C3" s="1"><v>43174</v></c></row></sheetData></worksheet>""",
        };
        using var stream = new MemoryStream();
        using (var zip = new ZipArchive(stream, ZipArchiveMode.Create, leaveOpen: true))
        {
            foreach (var (name, xml) in parts)
            {
                using var writer = new StreamWriter(zip.CreateEntry(name).Open(), new UTF8Encoding(false));
                writer.Write(xml);
            }
        }

        return stream.ToArray();
    }
}
