using System.Net;
using System.Text.RegularExpressions;
using Glocal.Core.Investments;
using Glocal.Web.Tests.Infrastructure;

namespace Glocal.Web.Tests.Investments;

/// <summary>The investor, project, incentive and grievance forms, posted as a browser would, on the engine under test.</summary>
[Collection(AppCollection.Name)]
public class InvestmentFormsTests(GlocalAppFactory app)
{
    private const string Base = "/api/v1/investments";

    private static string Hidden(string html, string name) =>
        Regex.Match(html, $"name=\"{Regex.Escape(name)}\" value=\"(\\d+)\"|value=\"(\\d+)\"[^>]*name=\"{Regex.Escape(name)}\"") is { Success: true } m
            ? (m.Groups[1].Success ? m.Groups[1].Value : m.Groups[2].Value)
            : throw new InvalidOperationException($"No {name} in the form.");

    [Fact]
    public async Task CompanyForm_RegistersAnInvestorWithContacts_ThenAStaleEditIsRefused()
    {
        var name = "Form Works " + Guid.NewGuid().ToString("N")[..6];
        var browser = await app.SignedInClientAsync("ansan.investment");
        var created = await GlocalAppFactory.PostFormAsync(browser, "/Investments/Company", new()
        {
            ["Input.Version"] = "0", ["Input.NameKo"] = name + " 코리아", ["Input.NameEn"] = name, ["Input.CountryCode"] = "de", ["Input.Size"] = "Large",
            ["Input.KsicCode"] = "C29", ["Input.Contacts[0].Person"] = "Anna Demo", ["Input.Contacts[0].Role"] = "CEO", ["Input.Contacts[0].Language"] = "de",
            ["Input.Contacts[1].Person"] = "", ["Input.Contacts[1].Role"] = "",
        });
        created.StatusCode.ShouldBe(HttpStatusCode.Redirect, await created.Content.ReadAsStringAsync());
        var location = created.Headers.Location!.ToString();
        var id = Guid.Parse(location[(location.LastIndexOf('/') + 1)..]);

        var api = await app.ApiClientAsync("ansan.investment");
        var company = await (await api.GetAsync($"{Base}/companies/{id}")).ShouldBeOkAsync<CompanyDetails>();
        company.CountryCode.ShouldBe("DE");
        company.Contacts.ShouldHaveSingleItem().Person.ShouldBe("Anna Demo");

        var form = await browser.GetStringAsync($"/Investments/Company/{id}");
        var opened = Hidden(form, "Input.Version");
        Dictionary<string, string> Edit(string group) => new()
        {
            ["Input.Version"] = opened, ["Input.NameKo"] = name + " 코리아", ["Input.NameEn"] = name, ["Input.CountryCode"] = "DE", ["Input.Size"] = "Large",
            ["Input.ParentGroup"] = group, ["Input.Contacts[0].Person"] = "Anna Demo",
        };
        (await GlocalAppFactory.PostFormAsync(browser, $"/Investments/Company/{id}", Edit("First Group"))).StatusCode.ShouldBe(HttpStatusCode.Redirect);
        var stale = await GlocalAppFactory.PostFormAsync(browser, $"/Investments/Company/{id}", Edit("Stale Group"));
        stale.StatusCode.ShouldBe(HttpStatusCode.OK);
        WebUtility.HtmlDecode(await stale.Content.ReadAsStringAsync()).ShouldContain("다른 사람이 이 기록을 고쳤습니다");
        (await (await api.GetAsync($"{Base}/companies/{id}")).ShouldBeOkAsync<CompanyDetails>()).ParentGroup.ShouldBe("First Group");
    }

    [Fact]
    public async Task ProjectPage_RecordsAnIncentiveWithConditions_AComplianceCheck_AndAGrievance()
    {
        var api = await app.ApiClientAsync("ansan.investment");
        var project = await InvestmentsApiTests.NewProjectAsync(api, "Form incentive " + Guid.NewGuid().ToString("N")[..6]);
        var browser = await app.SignedInClientAsync("ansan.investment");
        var page = $"/Investments/Project/{project.Id}";
        (await GlocalAppFactory.PostFormAsync(browser, page + "?handler=Incentive", new()
        {
            ["incentive.Type"] = "EmploymentSubsidy", ["incentive.AmountKrw"] = "300000000", ["incentive.LegalBasis"] = "외국인투자촉진법 제14조의2",
            ["incentive.GrantedOn"] = "2025-02-01",
            ["incentive.Conditions[0].Description"] = "신규 고용 40명", ["incentive.Conditions[0].DueOn"] = "2025-12-31",
            ["incentive.Conditions[1].Description"] = "투자 완료", ["incentive.Conditions[1].DueOn"] = "2026-06-30",
            ["incentive.Conditions[2].Description"] = "",
        }, page)).StatusCode.ShouldBe(HttpStatusCode.Redirect);

        var incentive = (await (await api.GetAsync($"{Base}/projects/{project.Id}")).ShouldBeOkAsync<ProjectDetails>()).Incentives.ShouldHaveSingleItem();
        incentive.Conditions.Count.ShouldBe(2);
        var condition = incentive.Conditions.First(c => c.Description == "신규 고용 40명");
        var html = await browser.GetStringAsync(page);
        (await GlocalAppFactory.PostFormAsync(browser, $"{page}?handler=Check&incentiveId={incentive.Id}&conditionId={condition.Id}", new()
        {
            ["check.Status"] = "Met", ["check.CheckedOn"] = "2025-06-30", ["check.Version"] = Hidden(html, "check.Version"),
        }, page)).StatusCode.ShouldBe(HttpStatusCode.Redirect);
        (await GlocalAppFactory.PostFormAsync(browser, $"{page}?handler=Clawback&incentiveId={incentive.Id}", new()
        {
            ["clawback"] = "UnderReview", ["version"] = Hidden(html, "version"),
        }, page)).StatusCode.ShouldBe(HttpStatusCode.OK, "the form was read before the compliance check: stale");

        (await GlocalAppFactory.PostFormAsync(browser, page + "?handler=Grievance", new()
        {
            ["grievance.Category"] = "Labour", ["grievance.Summary"] = "외국인 기술인력 비자 지연", ["grievance.OpenedOn"] = "2025-03-02",
            ["grievance.ReferredTo"] = "법무부 안산출입국", ["grievance.Status"] = "Referred",
        }, page)).StatusCode.ShouldBe(HttpStatusCode.Redirect);

        var after = await (await api.GetAsync($"{Base}/projects/{project.Id}")).ShouldBeOkAsync<ProjectDetails>();
        after.Incentives.Single().Conditions.First(c => c.Id == condition.Id).Status.ShouldBe(ComplianceStatus.Met);
        after.Incentives.Single().Clawback.ShouldBe(ClawbackStatus.None);
        after.Figures.IncentiveCompliance.Numerator.ShouldBe(1);
        var grievance = after.Grievances.ShouldHaveSingleItem();
        grievance.Category.ShouldBe(GrievanceCategory.Labour);
        grievance.ReferredTo.ShouldBe("법무부 안산출입국");

        (await GlocalAppFactory.PostFormAsync(browser, $"{page}?handler=GrievanceUpdate&grievanceId={grievance.Id}", new()
        {
            ["follow.Status"] = "Resolved", ["follow.ReferredTo"] = "법무부 안산출입국", ["follow.Version"] = grievance.Version.ToString(System.Globalization.CultureInfo.InvariantCulture),
        }, page)).StatusCode.ShouldBe(HttpStatusCode.Redirect);
        (await (await api.GetAsync($"{Base}/projects/{project.Id}")).ShouldBeOkAsync<ProjectDetails>()).Grievances.Single().Status.ShouldBe(GrievanceStatus.Resolved);
    }

    [Fact]
    public async Task ProjectForm_OpensAndEditsAProject()
    {
        var api = await app.ApiClientAsync("ansan.investment");
        var companyId = await InvestmentsApiTests.NewCompanyAsync(api, "Form Project Co " + Guid.NewGuid().ToString("N")[..6]);
        var title = "Form-opened plant " + Guid.NewGuid().ToString("N")[..6];
        var browser = await app.SignedInClientAsync("ansan.investment");
        var created = await GlocalAppFactory.PostFormAsync(browser, "/Investments/ProjectForm", new()
        {
            ["Input.Version"] = "0", ["Input.CompanyId"] = companyId.ToString(), ["Input.Title"] = title, ["Input.Source"] = "Roadshow", ["Input.Type"] = "JointVenture",
            ["Input.SiteType"] = "FreeEconomicZone", ["Input.ResponsibleOfficer"] = "투자유치팀 박", ["Input.ProbabilityPercent"] = "30",
        });
        created.StatusCode.ShouldBe(HttpStatusCode.Redirect, await created.Content.ReadAsStringAsync());
        var location = created.Headers.Location!.ToString();
        var id = Guid.Parse(location[(location.LastIndexOf('/') + 1)..]);
        var project = await (await api.GetAsync($"{Base}/projects/{id}")).ShouldBeOkAsync<ProjectDetails>();
        project.Type.ShouldBe(InvestmentType.JointVenture);
        project.Stage.ShouldBe(ProjectStage.Lead);

        var form = await browser.GetStringAsync($"/Investments/ProjectForm/{id}");
        (await GlocalAppFactory.PostFormAsync(browser, $"/Investments/ProjectForm/{id}", new()
        {
            ["Input.Version"] = Hidden(form, "Input.Version"), ["Input.Title"] = title, ["Input.Type"] = "JointVenture", ["Input.SiteType"] = "FreeEconomicZone",
            ["Input.ResponsibleOfficer"] = "투자유치팀 박", ["Input.ProbabilityPercent"] = "70", ["Input.ExpectedDecisionOn"] = "2026-04-30",
        })).StatusCode.ShouldBe(HttpStatusCode.Redirect);
        var edited = await (await api.GetAsync($"{Base}/projects/{id}")).ShouldBeOkAsync<ProjectDetails>();
        edited.ProbabilityPercent.ShouldBe(70);
        edited.ExpectedDecisionOn.ShouldBe(new DateOnly(2026, 4, 30));
    }

    [Fact]
    public async Task ProjectForm_ConfidentialOrForAViewer_IsNotShown()
    {
        var officer = await app.ApiClientAsync("ansan.investment");
        var secret = (await (await officer.GetAsync($"{Base}/projects?q={Uri.EscapeDataString(InvestmentsDemoSeeder.ConfidentialCodeName)}"))
            .ShouldBeOkAsync<ProjectPage>()).Items.Single();
        var viewer = await app.SignedInClientAsync("ansan.viewer");
        var response = await viewer.GetAsync($"/Investments/ProjectForm/{secret.Id}");
        response.StatusCode.ShouldNotBe(HttpStatusCode.OK);
        (await response.Content.ReadAsStringAsync()).ShouldNotContain(InvestmentsDemoSeeder.ConfidentialCodeName);

        // An officer without investments.read_confidential: the project does not exist for them.
        var scoped = app.AnonymousClient();
        scoped.DefaultRequestHeaders.Authorization = new("Bearer",
            await app.IssueTokenAsync("ansan.investment", [Glocal.Core.Access.Permissions.InvestmentsRead, Glocal.Core.Access.Permissions.InvestmentsUpdate]));
        (await scoped.GetAsync($"{Base}/projects/{secret.Id}")).StatusCode.ShouldBe(HttpStatusCode.NotFound);
    }
}
