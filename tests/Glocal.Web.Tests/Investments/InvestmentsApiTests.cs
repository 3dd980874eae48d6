using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using Glocal.Core.Investments;
using Glocal.Core.Shared.Tabular;
using Glocal.Web.Tests.Infrastructure;

namespace Glocal.Web.Tests.Investments;

[Collection(AppCollection.Name)]
public class InvestmentsApiTests(GlocalAppFactory app)
{
    private const string Base = "/api/v1/investments";

    private static readonly JsonSerializerOptions Json = JsonSerializerOptions.Web;

    internal static async Task<Guid> NewCompanyAsync(HttpClient client, string name)
    {
        var created = await (await client.PostJsonAsync($"{Base}/companies", new CreateCompanyRequest(name + " 코리아", name, "JP", CompanySize.Medium,
            Contacts: [new ContactInput("Sato Demo", "Manager", "ja")]))).ShouldBeOkAsync<CompanyDetails>(HttpStatusCode.Created);
        return created.Id;
    }

    internal static async Task<ProjectDetails> NewProjectAsync(HttpClient client, string title, string? codeName = null)
    {
        var company = await NewCompanyAsync(client, "Co " + title);
        return await (await client.PostJsonAsync($"{Base}/projects", new CreateProjectRequest(company, title, "담당 이", CodeName: codeName,
            OpenedOn: new DateOnly(2025, 1, 2)))).ShouldBeOkAsync<ProjectDetails>(HttpStatusCode.Created);
    }

    [Fact]
    public async Task Project_FromLeadToArrived_RealisationFollowsTheMoney()
    {
        var officer = await app.ApiClientAsync("ansan.investment");
        var project = await NewProjectAsync(officer, "Realisation walk");
        project.Stage.ShouldBe(ProjectStage.Lead);
        project.History.Single().ChangedBy.ShouldBe("ansan.investment");

        await (await officer.PostJsonAsync($"{Base}/projects/{project.Id}/stage", new MoveStageRequest(ProjectStage.Mou, new DateOnly(2025, 2, 1))))
            .ShouldBeProblemAsync(HttpStatusCode.UnprocessableEntity, "mou_required");

        var mou = await (await officer.PutAsJsonAsync($"{Base}/projects/{project.Id}/mou", new RecordMouRequest(new DateOnly(2025, 2, 1), "시장; CEO", "10,000,000.00",
            Currency.USD, "1,400.00", new DateOnly(2025, 2, 1), 50, Milestones: [new MilestoneInput("착공", new DateOnly(2025, 6, 30))])))
            .ShouldBeOkAsync<ProjectDetails>();
        mou.Mou!.PledgedKrw.ShouldBe(14_000_000_000L);
        mou.Mou.Pledged.ShouldBe("10,000,000.00 USD");

        await (await officer.PostJsonAsync($"{Base}/projects/{project.Id}/stage", new MoveStageRequest(ProjectStage.Mou, new DateOnly(2025, 2, 1)))).ShouldBeOkAsync<ProjectDetails>();
        await (await officer.PostJsonAsync($"{Base}/projects/{project.Id}/stage", new MoveStageRequest(ProjectStage.Arrived, new DateOnly(2025, 3, 1))))
            .ShouldBeProblemAsync(HttpStatusCode.UnprocessableEntity, "stage_transition_not_allowed");
        await (await officer.PostJsonAsync($"{Base}/projects/{project.Id}/stage", new MoveStageRequest(ProjectStage.Notified, new DateOnly(2025, 3, 1)))).ShouldBeOkAsync<ProjectDetails>();

        var arrived = await (await officer.PostJsonAsync($"{Base}/projects/{project.Id}/tranches", new AddTrancheRequest(new DateOnly(2025, 4, 11), "3,500,000.00",
            EvidenceGrade.Arrived, "외국환은행 확인서", Currency.USD, "1,420.50", new DateOnly(2025, 4, 11)))).ShouldBeOkAsync<ProjectDetails>();
        // 3.5 M USD × 1,420.50 = 4,971,750,000 won of 14,000,000,000 pledged = 35.5%
        arrived.Tranches.Single().AmountKrw.ShouldBe(4_971_750_000L);
        arrived.Figures.Realisation.Percent.ShouldBe("35.5%");
        arrived.Figures.MedianLagDays.ShouldBe(69.0);

        var moved = await (await officer.PostJsonAsync($"{Base}/projects/{project.Id}/stage", new MoveStageRequest(ProjectStage.Arrived, new DateOnly(2025, 4, 11)))).ShouldBeOkAsync<ProjectDetails>();
        moved.History.Select(h => h.To).ShouldBe([ProjectStage.Lead, ProjectStage.Mou, ProjectStage.Notified, ProjectStage.Arrived]);
        moved.History.ShouldAllBe(h => h.ChangedBy == "ansan.investment");
        moved.NextStages.ShouldContain(ProjectStage.Operating);
    }

    [Fact]
    public async Task Tranche_UsdWithoutRate_IsRefusedWithCode()
    {
        var officer = await app.ApiClientAsync("ansan.investment");
        var project = await NewProjectAsync(officer, "No rate");
        await (await officer.PostJsonAsync($"{Base}/projects/{project.Id}/tranches", new AddTrancheRequest(new DateOnly(2025, 4, 1), "100.00", EvidenceGrade.Announced, "press", Currency.USD)))
            .ShouldBeProblemAsync(HttpStatusCode.UnprocessableEntity, "exchange_rate_required");
        await (await officer.PostJsonAsync($"{Base}/projects/{project.Id}/tranches", new AddTrancheRequest(new DateOnly(2025, 4, 1), "100.5", EvidenceGrade.Announced, "press")))
            .ShouldBeProblemAsync(HttpStatusCode.UnprocessableEntity, "money_format");
    }

    [Fact]
    public async Task Incentives_JobsAndGrievances_FeedTheFigures()
    {
        var officer = await app.ApiClientAsync("ansan.investment");
        var project = await NewProjectAsync(officer, "Aftercare figures");
        var withIncentive = await (await officer.PostJsonAsync($"{Base}/projects/{project.Id}/incentives", new AddIncentiveRequest(IncentiveType.CashGrant, 500_000_000,
            "외국인투자촉진법 제14조의2", new DateOnly(2025, 1, 10), [new ConditionInput("고용 30명", new DateOnly(2025, 12, 31)), new ConditionInput("투자 집행", new DateOnly(2025, 6, 30))])))
            .ShouldBeOkAsync<ProjectDetails>();
        var incentive = withIncentive.Incentives.Single();
        await (await officer.PostJsonAsync($"{Base}/projects/{project.Id}/incentives/{incentive.Id}/conditions/{incentive.Conditions[0].Id}/check",
            new CheckConditionRequest(ComplianceStatus.Met, new DateOnly(2025, 7, 1)))).ShouldBeOkAsync<ProjectDetails>();
        var checkedTwice = await (await officer.PostJsonAsync($"{Base}/projects/{project.Id}/incentives/{incentive.Id}/conditions/{incentive.Conditions[1].Id}/check",
            new CheckConditionRequest(ComplianceStatus.Breached, new DateOnly(2025, 7, 1)))).ShouldBeOkAsync<ProjectDetails>();
        checkedTwice.Figures.IncentiveCompliance.Percent.ShouldBe("50.0%");
        var clawback = await (await officer.PostJsonAsync($"{Base}/projects/{project.Id}/incentives/{incentive.Id}/clawback", new SetClawbackRequest(ClawbackStatus.Demanded)))
            .ShouldBeOkAsync<ProjectDetails>();
        clawback.Incentives.Single().Clawback.ShouldBe(ClawbackStatus.Demanded);

        await (await officer.PostJsonAsync($"{Base}/projects/{project.Id}/jobs-reports", new AddJobsReportRequest(new DateOnly(2025, 1, 1), new DateOnly(2025, 6, 30), 20,
            JobsVerification.SelfReported, [new ForeignJobsInput("E-7", 3)]))).ShouldBeOkAsync<ProjectDetails>();
        var jobs = await (await officer.PostJsonAsync($"{Base}/projects/{project.Id}/jobs-reports", new AddJobsReportRequest(new DateOnly(2025, 1, 1), new DateOnly(2025, 3, 31), 12,
            JobsVerification.EmploymentInsurance, [new ForeignJobsInput("E-7", 2), new ForeignJobsInput("E-9", 1)]))).ShouldBeOkAsync<ProjectDetails>();
        jobs.Figures.JobsReported.ShouldBe(23, "the latest report, self-reported");
        jobs.Figures.JobsVerified.ShouldBe(15, "the latest report checked against employment insurance");

        var grievance = await (await officer.PostJsonAsync($"{Base}/projects/{project.Id}/grievances", new AddGrievanceRequest(GrievanceCategory.Customs, "통관 지연",
            new DateOnly(2025, 5, 2), "인천세관", GrievanceStatus.Referred))).ShouldBeOkAsync<ProjectDetails>();
        grievance.Grievances.Single().ReferredTo.ShouldBe("인천세관");

        (await officer.PostJsonAsync($"{Base}/projects/{project.Id}/jobs-reports", new { periodStart = "2025-01-01", periodEnd = "2025-01-31", directKorean = 1, verification = "SelfReported", foreign = new[] { new { stayStatus = "visa", count = 1 } } }))
            .StatusCode.ShouldBe(HttpStatusCode.BadRequest);
    }

    [Fact]
    public async Task ProjectList_PagesSortsFiltersAndSearches()
    {
        var officer = await app.ApiClientAsync("ansan.investment");
        var page = await (await officer.GetAsync($"{Base}/projects?pageSize=3&sort=title_desc")).ShouldBeOkAsync<ProjectPage>();
        page.Items.Count.ShouldBe(3);
        page.Total.ShouldBeGreaterThan(8);
        page.Items.Select(p => p.Title).ShouldBe(page.Items.Select(p => p.Title).OrderByDescending(t => t, StringComparer.Ordinal));

        var delayed = await (await officer.GetAsync($"{Base}/projects?stage=Delayed")).ShouldBeOkAsync<ProjectPage>();
        delayed.Items.ShouldNotBeEmpty();
        delayed.Items.ShouldAllBe(p => p.Stage == ProjectStage.Delayed);

        var search = await (await officer.GetAsync($"{Base}/projects?q=Kansai")).ShouldBeOkAsync<ProjectPage>();
        search.Items.Single().CompanyName.ShouldBe("Kansai Fine Ceramics Korea");

        (await officer.GetAsync($"{Base}/projects?sort=nonsense")).StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        var companies = await (await officer.GetAsync($"{Base}/companies?country=JP&sort=name")).ShouldBeOkAsync<Glocal.Core.Shared.Page<CompanySummary>>();
        companies.Items.ShouldAllBe(c => c.CountryCode == "JP");
    }

    [Fact]
    public async Task DemoFigures_ShowMousThatNeverArrived()
    {
        var viewer = await app.ApiClientAsync("ansan.viewer");
        var figures = await (await viewer.GetAsync($"{Base}/figures")).ShouldBeOkAsync<PipelineFigures>();
        figures.MousWithNothingArrived.ShouldBeGreaterThanOrEqualTo(2);
        figures.Money.PledgedKrw.ShouldBeGreaterThan(figures.Money.ArrivedKrw);
        figures.Money.ArrivedKrw.ShouldBeGreaterThanOrEqualTo(figures.Money.VerifiedKrw);
        figures.Funnel.Count.ShouldBe(ProjectStages.MainPath.Count);
    }

    [Fact]
    public async Task Export_CsvAndXlsx_Reimport_ChangesNothing()
    {
        var officer = await app.ApiClientAsync("ansan.investment");
        var csv = await officer.GetAsync($"{Base}/projects/export?format=csv&stage=Aftercare");
        csv.StatusCode.ShouldBe(HttpStatusCode.OK);
        csv.Content.Headers.ContentType!.MediaType.ShouldBe("text/csv");
        var bytes = await csv.Content.ReadAsByteArrayAsync();
        Encoding.UTF8.GetString(bytes).ShouldContain("Kansai Fine Ceramics Korea");

        var report = await ImportAsync(officer, bytes, "projects.csv");
        report.Rows.ShouldBe(1);
        report.Unchanged.ShouldBe(1);
        report.Created.ShouldBe(0);

        var xlsx = await officer.GetAsync($"{Base}/projects/export?format=xlsx");
        xlsx.Content.Headers.ContentType!.MediaType.ShouldBe(TabularExport.XlsxContentType);
        (await officer.GetAsync($"{Base}/projects/export?format=pdf")).StatusCode.ShouldBe(HttpStatusCode.BadRequest);
    }

    [Fact]
    public async Task Import_NewRows_CreatesThem_AndABadRowRejectsTheWholeFile()
    {
        var officer = await app.ApiClientAsync("ansan.investment");
        const string good = "Title,Company,Country,Stage,ResponsibleOfficer,Source,MouSignedOn,PledgedAmount,Currency,ExchangeRate,RateOn,PledgedJobs\n"
            + "Imported plant,Imported Co,KR,Mou,담당 최,Roadshow,2025-03-01,\"2,000,000.00\",USD,1450.5,2025-03-01,20\n"
            + "Imported lead,Imported Co,KR,Lead,담당 최,Direct,,,,,,\n";
        var created = await ImportAsync(officer, Encoding.UTF8.GetBytes(good), "new.csv");
        created.Created.ShouldBe(2);
        var again = await ImportAsync(officer, Encoding.UTF8.GetBytes(good), "new.csv");
        again.Unchanged.ShouldBe(2);

        var list = await (await officer.GetAsync($"{Base}/projects?q=Imported plant")).ShouldBeOkAsync<ProjectPage>();
        var details = await (await officer.GetAsync($"{Base}/projects/{list.Items.Single().Id}")).ShouldBeOkAsync<ProjectDetails>();
        details.Mou!.PledgedKrw.ShouldBe(2_901_000_000L);

        const string bad = "Title,Company,Country,Stage,ResponsibleOfficer\nOk row,Imported Co,KR,Lead,담당\nBad row,Imported Co,Korea,Sideways,담당\nImported lead,Imported Co,KR,Arrived,담당\n";
        using var content = Form(Encoding.UTF8.GetBytes(bad), "bad.csv");
        var problem = await (await officer.PostAsync($"{Base}/projects/import", content)).ShouldBeProblemAsync(HttpStatusCode.UnprocessableEntity, "import_rejected");
        var codes = problem.GetProperty("report").GetProperty("issues").EnumerateArray().Select(i => i.GetProperty("code").GetString()).ToList();
        codes.ShouldBe(["invalid_country", "invalid_value", "stage_transition_not_allowed"], ignoreOrder: true);
        (await (await officer.GetAsync($"{Base}/projects?q=Ok row")).ShouldBeOkAsync<ProjectPage>()).Total.ShouldBe(0, "nothing stored");
    }

    [Fact]
    public async Task Headline_AndCompanyExport_Work()
    {
        var officer = await app.ApiClientAsync("ansan.investment");
        var headline = await (await officer.GetAsync($"{Base}/headline")).ShouldBeOkAsync<InvestmentHeadline>();
        headline.Money.VerifiedKrw.ShouldBeGreaterThan(0);
        headline.Money.PledgedKrw.ShouldBeGreaterThan(headline.Money.VerifiedKrw);
        var csv = Encoding.UTF8.GetString(await officer.GetByteArrayAsync($"{Base}/companies/export?format=csv&country=JP"));
        csv.ShouldContain("Kansai Fine Ceramics Korea");
        csv.ShouldNotContain("Saigon Foods");
    }

    private static MultipartFormDataContent Form(byte[] bytes, string name)
    {
        var content = new MultipartFormDataContent();
        content.Add(new ByteArrayContent(bytes), "file", name);
        return content;
    }

    private static async Task<ImportReport> ImportAsync(HttpClient client, byte[] bytes, string name)
    {
        using var content = Form(bytes, name);
        return await (await client.PostAsync($"{Base}/projects/import", content)).ShouldBeOkAsync<ImportReport>();
    }
}
