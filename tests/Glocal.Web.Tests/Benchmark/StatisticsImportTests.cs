using System.Net;
using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;
using Glocal.Core.Benchmark.Statistics;
using Glocal.Core.Shared;
using Glocal.Core.Shared.Tabular;
using Glocal.Web.Tests.Infrastructure;

namespace Glocal.Web.Tests.Benchmark;

/// <summary>The importers on the real files of ../shared/data/korea_public_stats, through the API, on the engine under test.</summary>
[Collection(AppCollection.Name)]
public class StatisticsImportTests(GlocalAppFactory app)
{
    private static readonly JsonSerializerOptions Web = new(JsonSerializerDefaults.Web);

    private async Task<HttpResponseMessage> ImportAsync(byte[] content, string fileName, string query)
    {
        var client = await BenchmarkOperator.ClientAsync(app);
        using var body = new ByteArrayContent(content);
        body.Headers.ContentType = new MediaTypeHeaderValue("text/csv");
        return await client.PostAsync($"/api/v1/benchmark/statistics/imports?fileName={Uri.EscapeDataString(fileName)}&{query}", body);
    }

    private async Task<Page<ObservationRow>> ObservationsAsync(string query)
    {
        var client = await app.ApiClientAsync("ansan.planner");
        var r = await client.GetAsync($"/api/v1/benchmark/statistics/observations?pageSize=200&{query}");
        return await r.ShouldBeOkAsync<Page<ObservationRow>>();
    }

    private static async Task<ImportReport> RejectedReportAsync(HttpResponseMessage response)
    {
        var problem = await response.ShouldBeProblemAsync(HttpStatusCode.UnprocessableEntity, "import_rejected");
        return problem.GetProperty("report").Deserialize<ImportReport>(Web)!;
    }

    [Fact]
    public async Task MoisType_JejuFile_StoresSevenCategoriesThatAddUpTo36830()
    {
        var report = await (await ImportAsync(SharedData.Bytes(SharedData.Jeju), SharedData.Jeju, "kind=mois-type&region=50000")).ShouldBeOkAsync<ImportReport>();
        report.Issues.ShouldBeEmpty();
        (report.Created + report.Unchanged).ShouldBe(16, "2 administrative cities × (7 categories + total)");

        var totals = await ObservationsAsync($"series={SeriesCatalogue.ForeignResidents}&year=2023&search=시");
        var jeju = totals.Items.Where(o => o.RegionCode is "50110" or "50130").ToList();
        jeju.Select(o => (o.RegionCode, o.Value)).OrderBy(x => x.RegionCode).ShouldBe([("50110", 24_978), ("50130", 11_852)]);
        jeju.Sum(o => o.Value).ShouldBe(36_830);
        jeju.ShouldAllBe(o => !o.IsSynthetic && o.Definition == "MOIS" && o.ReferenceDate == new DateOnly(2023, 11, 1) && o.Licence.Contains("KOGL"));

        var categories = 0.0;
        foreach (var (_, suffix, _) in SeriesCatalogue.MoisCategories)
        {
            foreach (var region in new[] { "50110", "50130" })
            {
                categories += (await ObservationsAsync($"series={SeriesCatalogue.MoisCategoryCode(suffix)}&year=2023&region={region}")).Items.ShouldHaveSingleItem().Value;
            }
        }

        categories.ShouldBe(36_830);
    }

    [Fact]
    public async Task MoisType_SameFileTwiceAndInCp949_SecondTimeChangesNothing()
    {
        await (await ImportAsync(SharedData.Bytes(SharedData.Jeju), SharedData.Jeju, "kind=mois-type&region=50000")).ShouldBeOkAsync<ImportReport>();
        var before = await ObservationsAsync("region=50110&series=mois.foreign_residents");

        var again = await (await ImportAsync(SharedData.Bytes(SharedData.Jeju), SharedData.Jeju, "kind=mois-type&region=50000")).ShouldBeOkAsync<ImportReport>();
        (again.Created, again.Updated, again.Unchanged).ShouldBe((0, 0, 16));

        var cp949 = await (await ImportAsync(SharedData.Cp949(SharedData.Text(SharedData.Jeju)), "jeju-cp949.csv", "kind=mois-type&region=50000")).ShouldBeOkAsync<ImportReport>();
        (cp949.Created, cp949.Updated, cp949.Unchanged).ShouldBe((0, 0, 16), "the CP949 bytes read as the same figures");
        (await ObservationsAsync("region=50110&series=mois.foreign_residents")).Total.ShouldBe(before.Total);
    }

    [Fact]
    public async Task MoisNationality_ChungnamFile_RejectsTheDuplicatedRowAndStoresNothing()
    {
        var report = await RejectedReportAsync(await ImportAsync(SharedData.Bytes(SharedData.ChungnamNationality), SharedData.ChungnamNationality,
            "kind=mois-nationality&region=44000&referenceDate=2023-11-01"));

        var duplicate = report.Issues.ShouldHaveSingleItem();
        duplicate.Code.ShouldBe("duplicate_row");
        duplicate.Row.ShouldBe(11);
        duplicate.Message.ShouldContain("러시아(한국계)");
        duplicate.Message.ShouldContain("row 8");
        (await ObservationsAsync($"series={SeriesCatalogue.ForeignResidentsByNationality}&breakdowns=true&region=44000&year=2023")).Total.ShouldBe(0);
    }

    [Fact]
    public async Task MoisNationality_ChungnamFileDeduplicated_IsStored()
    {
        var lines = SharedData.Text(SharedData.ChungnamNationality).Split('\n').ToList();
        lines.RemoveAt(10);
        var report = await (await ImportAsync(Encoding.UTF8.GetBytes(string.Join('\n', lines)), "chungnam-dedup.csv",
            "kind=mois-nationality&region=44000&referenceDate=2022-11-01")).ShouldBeOkAsync<ImportReport>();
        (report.Created + report.Unchanged).ShouldBe(11);
        var stored = await ObservationsAsync($"series={SeriesCatalogue.ForeignResidentsByNationality}&breakdowns=true&region=44000&year=2022");
        stored.Items.Single(o => o.Breakdown == "베트남").Value.ShouldBe(14_838);
    }

    [Fact]
    public async Task MoisType_ChungnamPartialFile_IsRejectedForTheMissingCategories()
    {
        var report = await RejectedReportAsync(await ImportAsync(SharedData.Bytes(SharedData.ChungnamTypePartial), SharedData.ChungnamTypePartial,
            "kind=mois-type&region=44000&referenceDate=2023-11-01"));
        report.Issues.Select(i => i.Code).ShouldBe(["category_missing", "category_missing"]);
        report.Issues.Select(i => i.Message).ShouldContain(m => m.Contains("유학생"));
        report.Issues.Select(i => i.Message).ShouldContain(m => m.Contains("외국국적동포"));
    }

    [Fact]
    public async Task MoisType_TotalThatDoesNotAddUp_UnknownRegionAndMojColumn_AreAllReportedAndNothingIsStored()
    {
        // The real Jeju file, moved to 2025 so nothing of it can already be stored, with three faults added.
        var lines = SharedData.Text(SharedData.Jeju).Replace("2023-11-01", "2025-11-01", StringComparison.Ordinal).TrimEnd().Split('\n').Select(l => l.TrimEnd('\r')).ToList();
        lines[0] += ",합계,E9(비전문취업)";
        lines[1] += ",13340,0"; // 5096+344+832+857+4069+397+1815 = 13,410, not 13,340
        lines[2] += ",11568,0";
        lines[3] = lines[3].Replace("서귀포시", "가상시", StringComparison.Ordinal) + ",11097,0";
        lines[4] += ",4755,0";
        var report = await RejectedReportAsync(await ImportAsync(Encoding.UTF8.GetBytes(string.Join('\n', lines)), "jeju-faults.csv", "kind=mois-type&region=50000"));

        report.Issues.Select(i => (i.Row, i.Code)).ShouldBe([(1, "definition_mixed"), (2, "total_mismatch"), (4, "unknown_region")]);
        (await ObservationsAsync("year=2025")).Total.ShouldBe(0);
    }

    [Fact]
    public async Task MojNationalityStatus_RealFile_StoresTheNationalTotal2650783()
    {
        var report = await (await ImportAsync(SharedData.Bytes(SharedData.MojNationalityStatus), SharedData.MojNationalityStatus,
            "kind=moj-nationality-status&referenceDate=2024-12-31")).ShouldBeOkAsync<ImportReport>();
        report.Issues.ShouldBeEmpty();

        var total = await ObservationsAsync($"series={SeriesCatalogue.StayForeigners}&region=00000&year=2024");
        total.Items.ShouldHaveSingleItem().Value.ShouldBe(2_650_783);
        total.Items[0].Definition.ShouldBe("MOJ");
        var visas = await ObservationsAsync($"series={SeriesCatalogue.StayForeignersByVisa}&region=00000&year=2024&breakdowns=true");
        visas.Items.Sum(o => o.Value).ShouldBe(2_650_783);
        visas.Items.ShouldContain(o => o.Breakdown == "E-9");
    }

    [Fact]
    public async Task MojImporter_FileWithMoisCategories_IsRejectedAsMixed()
    {
        var report = await RejectedReportAsync(await ImportAsync(SharedData.Bytes(SharedData.Jeju), SharedData.Jeju, "kind=moj-nationality-status&referenceDate=2023-11-01"));
        report.Issues.ShouldContain(i => i.Code == "definition_mixed" && i.Column == "결혼이민자");
    }

    [Fact]
    public async Task LongTable_MojFigureInAMoisSeries_IsRejectedAsMixed()
    {
        var csv = "series,region,year,value,definition\nmois.foreign_residents,41270,2021,100,MOIS\nmois.foreign_residents,41390,2021,90,MOJ\n";
        var report = await RejectedReportAsync(await ImportAsync(Encoding.UTF8.GetBytes(csv), "mixed.csv", "kind=long"));
        report.Issues.ShouldHaveSingleItem().ShouldSatisfyAllConditions(i => i.Code.ShouldBe("definition_mixed"), i => i.Row.ShouldBe(3));
    }

    [Fact]
    public async Task Population_WideXlsx_IsStoredPerRegionAndYear()
    {
        // A KOSIS-style wide table: region by code or name, one column per year (test figures, not official).
        var csv = "행정구역,2019년,2020년\n41270,650000,655000\n경기도 시흥시,500000,510000\n";
        var xlsx = XlsxExport.Write(new[] { new { 행정구역 = "41270", year = 2019, population = 650000 }, new { 행정구역 = "시흥시", year = 2019, population = 500000 } });
        var wide = await (await ImportAsync(Encoding.UTF8.GetBytes(csv), "population-wide.csv", "kind=population&region=41000")).ShouldBeOkAsync<ImportReport>();
        (wide.Created + wide.Unchanged + wide.Updated).ShouldBe(4);
        var longXlsx = await (await ImportAsync(xlsx, "population.xlsx", "kind=population&region=41000")).ShouldBeOkAsync<ImportReport>();
        (longXlsx.Created, longXlsx.Updated, longXlsx.Unchanged).ShouldBe((0, 0, 2), "the same figures as the wide file");

        var siheung = await ObservationsAsync($"series={SeriesCatalogue.Population}&region=41390&year=2020");
        siheung.Items.ShouldHaveSingleItem().Value.ShouldBe(510_000);
    }

    [Fact]
    public async Task DemoFigures_AreLabelledSynthetic_RealOnesAreNot()
    {
        var ansan = await ObservationsAsync($"series={SeriesCatalogue.ForeignResidents}&region=41270");
        ansan.Items.Single(o => o.Year == 2023).ShouldSatisfyAllConditions(o => o.Value.ShouldBe(108_033), o => o.IsSynthetic.ShouldBeFalse());
        var population = await ObservationsAsync($"series={SeriesCatalogue.Population}&region=41270&year=2023");
        population.Items.ShouldHaveSingleItem().IsSynthetic.ShouldBeTrue();
    }

    [Fact]
    public async Task Export_Xlsx_HasIsSyntheticColumn()
    {
        var client = await app.ApiClientAsync("ansan.planner");
        var response = await client.GetAsync($"/api/v1/benchmark/statistics/observations/export?format=xlsx&series={SeriesCatalogue.Population}&year=2023");
        response.StatusCode.ShouldBe(HttpStatusCode.OK);
        var table = TableReader.Read(await response.Content.ReadAsStreamAsync(), "export.xlsx");
        table.Columns.ShouldContain("IsSynthetic");
        table.Rows.Count.ShouldBe(243);
        table.Rows.ShouldAllBe(r => table.Cell(r, "IsSynthetic") == "TRUE");
    }
}
