using System.Diagnostics;
using System.Net;
using Glocal.Core.Policies;
using Glocal.Core.Policies.Reports;
using Glocal.Web.Tests.Infrastructure;
using UglyToad.PdfPig;

namespace Glocal.Web.Tests.Policies;

/// <summary>The annual report as a person gets it: the PDF's text read back, a page rendered, the HTML and the XLSX.</summary>
[Collection(AppCollection.Name)]
public class AnnualReportTests(GlocalAppFactory app)
{
    private async Task<(HttpClient Browser, PortfolioOverview Portfolio)> AnsanAsync()
    {
        var portfolio = await (await (await app.ApiClientAsync("ansan.planner")).GetAsync("/api/v1/policies/portfolio")).ShouldBeOkAsync<PortfolioOverview>();
        return (await app.SignedInClientAsync("ansan.planner"), portfolio);
    }

    private static async Task<byte[]> PdfAsync(HttpClient browser, int year)
    {
        var response = await browser.GetAsync($"/Policies/Report?handler=Pdf&year={year}");
        response.StatusCode.ShouldBe(HttpStatusCode.OK);
        response.Content.Headers.ContentType!.MediaType.ShouldBe("application/pdf");
        return await response.Content.ReadAsByteArrayAsync();
    }

    [Fact]
    public async Task Pdf_TextExtraction_FindsMunicipalityYearAndTotalsInKorean()
    {
        var (browser, portfolio) = await AnsanAsync();
        var pdf = await PdfAsync(browser, portfolio.Year);

        using var document = PdfDocument.Open(pdf);
        var text = string.Join("\n", document.GetPages().Select(p => p.Text));
        portfolio.MunicipalityNameKo.ShouldStartWith("안산");
        text.ShouldContain($"{portfolio.MunicipalityNameKo} {portfolio.Year}년 국제화 연차보고서");
        text.ShouldContain($"총 예산(계획) {ReportText.Won(portfolio.Execution.PlannedKrw)}");
        text.ShouldContain($"집행 {ReportText.Won(portfolio.Execution.ExecutedKrw)}");
        text.ShouldContain("내향·외향 균형");
        text.ShouldContain("세계인의 날 국제 문화축제");
        portfolio.Execution.PlannedKrw.ShouldBeGreaterThan(0);
    }

    [Fact]
    public async Task Report_ChainSection_HandCheckedTotals_InPdfAndHtml_ConfidentialUnnamed()
    {
        // 2004 has no demo activity: the year's chain is exactly the hand-checked one (ChainBuilder).
        const int year = 2004;
        var chain = await ChainBuilder.AnsanAsync(app, new DateOnly(year, 9, 1));
        var browser = await app.SignedInClientAsync("ansan.planner");
        var summary = ReportText.ChainsSummary(new ChainTotals(1, ChainBuilder.Leads, ChainBuilder.Mous, ChainBuilder.Arrived, ChainBuilder.ArrivedKrw, ChainBuilder.Jobs));
        summary.ShouldBe("교류 활동 1건 · 투자 발굴 3건 · MOU 2건 · 도착 2건 · 도착 금액 2,400,000,000원 · 일자리 40명");

        using var document = PdfDocument.Open(await PdfAsync(browser, year));
        var text = string.Join("\n", document.GetPages().Select(p => p.Text));
        text.ShouldContain("7. 교류·투자 연계 성과");
        text.ShouldContain(summary);
        text.ShouldNotContain(chain.ConfidentialTitle);
        text.ShouldNotContain(chain.ConfidentialCodeName);

        var html = WebUtility.HtmlDecode(await browser.GetStringAsync($"/Policies/Report?year={year}"));
        html.ShouldContain("교류·투자 연계 성과");
        html.ShouldContain(summary);
        html.ShouldContain(chain.ActivityTitle);
        html.ShouldNotContain(chain.ConfidentialTitle);
    }

    [Fact]
    public async Task Pdf_FirstPage_RendersWithInk()
    {
        var (browser, portfolio) = await AnsanAsync();
        var pdf = await PdfAsync(browser, portfolio.Year);
        var directory = Directory.CreateTempSubdirectory("glocal-report-");
        try
        {
            var path = Path.Combine(directory.FullName, "report.pdf");
            await File.WriteAllBytesAsync(path, pdf);
            var pages = Render(path, Path.Combine(directory.FullName, "page"));

            var (width, height, pixels) = ReadPgm(await File.ReadAllBytesAsync(pages));
            width.ShouldBeGreaterThan(200);
            height.ShouldBeGreaterThan(width, "A4 portrait");
            var dark = pixels.Count(p => p < 128);
            // Text and charts put ink on the page; a blank page or missing glyphs would not reach this.
            dark.ShouldBeGreaterThan(pixels.Length / 100);
            // The title line (Korean text at the top) is inked.
            pixels.Take(width * (height / 8)).Count(p => p < 128).ShouldBeGreaterThan(50);
        }
        finally
        {
            directory.Delete(recursive: true);
        }
    }

    [Fact]
    public async Task Html_SameTotals_AndXlsxPortfolio()
    {
        var (browser, portfolio) = await AnsanAsync();
        var html = WebUtility.HtmlDecode(await browser.GetStringAsync($"/Policies/Report?year={portfolio.Year}"));
        html.ShouldContain($"총 예산(계획) {ReportText.Won(portfolio.Execution.PlannedKrw)}");
        html.ShouldContain("<svg");

        var xlsx = await browser.GetAsync($"/Policies/Report?handler=Xlsx&year={portfolio.Year}");
        xlsx.StatusCode.ShouldBe(HttpStatusCode.OK);
        xlsx.Content.Headers.ContentType!.MediaType.ShouldBe("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
        var table = Glocal.Core.Shared.Tabular.TableReader.Read(await xlsx.Content.ReadAsStreamAsync(), "portfolio.xlsx");
        table.Rows.Count.ShouldBe(portfolio.Programmes.Count);
    }

    [Fact]
    public async Task Xlsx_NeedsExport_ViewerPdfAllowed()
    {
        var ngo = await app.SignedInClientAsync("ansan.ngo");
        (await ngo.GetAsync("/Policies/Report?handler=Xlsx")).StatusCode.ShouldBeOneOf(HttpStatusCode.Forbidden, HttpStatusCode.Redirect);
        (await ngo.GetAsync("/Policies/Report?handler=Pdf")).StatusCode.ShouldBe(HttpStatusCode.OK);
    }

    /// <summary>pdftoppm (poppler-utils, installed by test.sh) renders page 1 as a greyscale PGM.</summary>
    private static string Render(string pdf, string prefix)
    {
        var start = new ProcessStartInfo("pdftoppm", ["-gray", "-r", "40", "-f", "1", "-l", "1", pdf, prefix]) { RedirectStandardError = true };
        Process process;
        try
        {
            process = Process.Start(start) ?? throw new InvalidOperationException("pdftoppm did not start");
        }
        catch (System.ComponentModel.Win32Exception e)
        {
            throw new InvalidOperationException("pdftoppm is missing: install poppler-utils (test.sh does).", e);
        }

        using (process)
        {
            process.WaitForExit(60_000).ShouldBeTrue("pdftoppm finished");
            process.ExitCode.ShouldBe(0, process.StandardError.ReadToEnd());
        }

        return Directory.GetFiles(Path.GetDirectoryName(prefix)!, "page*.pgm").Single();
    }

    private static (int Width, int Height, byte[] Pixels) ReadPgm(byte[] data)
    {
        // Binary PGM: "P5" width height maxval, each separated by whitespace, then one byte per pixel.
        var fields = new List<string>();
        var i = 0;
        while (fields.Count < 4)
        {
            while (char.IsWhiteSpace((char)data[i]))
            {
                i++;
            }

            var start = i;
            while (!char.IsWhiteSpace((char)data[i]))
            {
                i++;
            }

            fields.Add(System.Text.Encoding.ASCII.GetString(data, start, i - start));
        }

        fields[0].ShouldBe("P5");
        var width = int.Parse(fields[1], System.Globalization.CultureInfo.InvariantCulture);
        var height = int.Parse(fields[2], System.Globalization.CultureInfo.InvariantCulture);
        return (width, height, data[(i + 1)..(i + 1 + width * height)]);
    }
}
