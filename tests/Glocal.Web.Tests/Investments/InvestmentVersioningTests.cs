using System.Net;
using System.Net.Http.Json;
using Glocal.Core.Exchanges;
using Glocal.Core.Investments;
using Glocal.Web.Tests.Exchanges;
using Glocal.Web.Tests.Infrastructure;
using static Glocal.Web.Tests.Exchanges.ExchangeVersioningTests;

namespace Glocal.Web.Tests.Investments;

/// <summary>Edits of projects, investors, grievances and incentives honour If-Match (ADR 0023); the demo's sister-city project links into exchanges.</summary>
[Collection(AppCollection.Name)]
public class InvestmentVersioningTests(GlocalAppFactory app)
{
    private const string Base = "/api/v1/investments";

    [Fact]
    public async Task PatchProject_WithCurrentETag_Succeeds_WithStaleETag_Is412()
    {
        var officer = await app.ApiClientAsync("ansan.investment");
        var project = await InvestmentsApiTests.NewProjectAsync(officer, "Versioned plant " + Guid.NewGuid().ToString("N")[..6]);
        var read = await officer.GetAsync($"{Base}/projects/{project.Id}");
        var etag = ETagOf(read);
        etag.ShouldBe($"\"{(await read.ShouldBeOkAsync<ProjectDetails>()).Version}\"");

        var edited = await PatchAsync(officer, $"{Base}/projects/{project.Id}", new UpdateProjectRequest(ProbabilityPercent: 60, SiteType: SiteType.ForeignInvestmentZone,
            ExpectedDecisionOn: new DateOnly(2026, 3, 31)), etag);
        var details = await edited.ShouldBeOkAsync<ProjectDetails>();
        details.ProbabilityPercent.ShouldBe(60);
        details.SiteType.ShouldBe(SiteType.ForeignInvestmentZone);
        details.Stage.ShouldBe(ProjectStage.Lead, "editing never moves the stage");

        await (await PatchAsync(officer, $"{Base}/projects/{project.Id}", new UpdateProjectRequest(ProbabilityPercent: 5), etag))
            .ShouldBeProblemAsync(HttpStatusCode.PreconditionFailed, "version_mismatch");
        (await (await officer.GetAsync($"{Base}/projects/{project.Id}")).ShouldBeOkAsync<ProjectDetails>()).ProbabilityPercent.ShouldBe(60);

        (await PatchAsync(officer, $"{Base}/projects/{project.Id}", new UpdateProjectRequest(ProbabilityPercent: 101), ETagOf(edited)))
            .StatusCode.ShouldBe(HttpStatusCode.BadRequest);
    }

    [Fact]
    public async Task PatchConfidentialProject_WithoutPermission_IsNotFound()
    {
        var officer = await app.ApiClientAsync("ansan.investment");
        var secret = (await (await officer.GetAsync($"{Base}/projects?q={Uri.EscapeDataString(InvestmentsDemoSeeder.ConfidentialCodeName)}"))
            .ShouldBeOkAsync<ProjectPage>()).Items.Single();
        var scoped = app.AnonymousClient();
        scoped.DefaultRequestHeaders.Authorization = new("Bearer",
            await app.IssueTokenAsync("ansan.investment", [Glocal.Core.Access.Permissions.InvestmentsRead, Glocal.Core.Access.Permissions.InvestmentsUpdate]));
        await (await PatchAsync(scoped, $"{Base}/projects/{secret.Id}", new UpdateProjectRequest(ProbabilityPercent: 1), null))
            .ShouldBeProblemAsync(HttpStatusCode.NotFound, "not_found");
        (await (await officer.GetAsync($"{Base}/projects/{secret.Id}")).ShouldBeOkAsync<ProjectDetails>()).ProbabilityPercent.ShouldNotBe(1);
    }

    [Fact]
    public async Task PatchCompany_ReplacesContacts_AndHonoursIfMatch()
    {
        var officer = await app.ApiClientAsync("ansan.investment");
        var id = await InvestmentsApiTests.NewCompanyAsync(officer, "Versioned Co " + Guid.NewGuid().ToString("N")[..6]);
        var etag = ETagOf(await officer.GetAsync($"{Base}/companies/{id}"));
        var edited = await PatchAsync(officer, $"{Base}/companies/{id}", new UpdateCompanyRequest(ParentGroup: "Sato Holdings",
            Contacts: [new ContactInput("Tanaka Demo", "CFO", "ja"), new ContactInput("Kim Demo", "한국 법인장", "ko")]), etag);
        var company = await edited.ShouldBeOkAsync<CompanyDetails>();
        company.Contacts.Select(c => c.Person).ShouldBe(["Tanaka Demo", "Kim Demo"], ignoreOrder: true);
        company.ParentGroup.ShouldBe("Sato Holdings");

        await (await PatchAsync(officer, $"{Base}/companies/{id}", new UpdateCompanyRequest(ParentGroup: "stale"), etag))
            .ShouldBeProblemAsync(HttpStatusCode.PreconditionFailed, "version_mismatch");
    }

    [Fact]
    public async Task Grievance_FollowedUp_ToResolved_WithVersion()
    {
        var officer = await app.ApiClientAsync("ansan.investment");
        var project = await InvestmentsApiTests.NewProjectAsync(officer, "Grievance follow-up " + Guid.NewGuid().ToString("N")[..6]);
        var withGrievance = await (await officer.PostJsonAsync($"{Base}/projects/{project.Id}/grievances",
            new AddGrievanceRequest(GrievanceCategory.Environment, "폐수 배출 허가 지연", new DateOnly(2025, 3, 2)))).ShouldBeOkAsync<ProjectDetails>();
        var grievance = withGrievance.Grievances.ShouldHaveSingleItem();

        await (await PatchAsync(officer, $"{Base}/projects/{project.Id}/grievances/{grievance.Id}", new UpdateGrievanceRequest(GrievanceStatus.Referred), null))
            .ShouldBeProblemAsync(HttpStatusCode.UnprocessableEntity, "grievance_agency_required");
        var referred = await (await PatchAsync(officer, $"{Base}/projects/{project.Id}/grievances/{grievance.Id}",
            new UpdateGrievanceRequest(GrievanceStatus.Referred, "한강유역환경청"), $"\"{grievance.Version}\"")).ShouldBeOkAsync<ProjectDetails>();
        var after = referred.Grievances.ShouldHaveSingleItem();
        after.Status.ShouldBe(GrievanceStatus.Referred);
        after.ReferredTo.ShouldBe("한강유역환경청");

        await (await PatchAsync(officer, $"{Base}/projects/{project.Id}/grievances/{grievance.Id}",
            new UpdateGrievanceRequest(GrievanceStatus.Resolved), $"\"{grievance.Version}\"")).ShouldBeProblemAsync(HttpStatusCode.PreconditionFailed, "version_mismatch");
        var resolved = await (await PatchAsync(officer, $"{Base}/projects/{project.Id}/grievances/{grievance.Id}",
            new UpdateGrievanceRequest(GrievanceStatus.Resolved, On: new DateOnly(2025, 4, 1)), $"\"{after.Version}\"")).ShouldBeOkAsync<ProjectDetails>();
        resolved.Grievances.Single().ResolvedOn.ShouldBe(new DateOnly(2025, 4, 1));
    }

    [Fact]
    public async Task Clawback_WithStaleIncentiveVersion_Is412()
    {
        var officer = await app.ApiClientAsync("ansan.investment");
        var project = await InvestmentsApiTests.NewProjectAsync(officer, "Clawback version " + Guid.NewGuid().ToString("N")[..6]);
        var incentive = (await (await officer.PostJsonAsync($"{Base}/projects/{project.Id}/incentives", new AddIncentiveRequest(IncentiveType.EmploymentSubsidy, 100_000_000,
            "안산시 기업유치 조례 제9조", new DateOnly(2025, 1, 10), [new ConditionInput("신규 고용 30명", new DateOnly(2025, 12, 31))])))
            .ShouldBeOkAsync<ProjectDetails>()).Incentives.Single();
        var etag = $"\"{incentive.Version}\"";
        using var check = new HttpRequestMessage(HttpMethod.Post, $"{Base}/projects/{project.Id}/incentives/{incentive.Id}/conditions/{incentive.Conditions[0].Id}/check")
        {
            Content = JsonContent.Create(new CheckConditionRequest(ComplianceStatus.Breached, new DateOnly(2025, 6, 30))),
        };
        check.Headers.TryAddWithoutValidation("If-Match", etag);
        var checkedProject = await (await officer.SendAsync(check)).ShouldBeOkAsync<ProjectDetails>();
        checkedProject.Incentives.Single().Conditions.Single().Status.ShouldBe(ComplianceStatus.Breached);

        using var clawback = new HttpRequestMessage(HttpMethod.Post, $"{Base}/projects/{project.Id}/incentives/{incentive.Id}/clawback")
        {
            Content = JsonContent.Create(new SetClawbackRequest(ClawbackStatus.Demanded)),
        };
        clawback.Headers.TryAddWithoutValidation("If-Match", etag);
        await (await officer.SendAsync(clawback)).ShouldBeProblemAsync(HttpStatusCode.PreconditionFailed, "version_mismatch");
    }

    [Fact]
    public async Task DemoSisterCityProject_LinksToTheSeededAnshanDelegation()
    {
        var officer = await app.ApiClientAsync("ansan.investment");
        var list = await (await officer.GetAsync($"{Base}/projects?q={Uri.EscapeDataString(InvestmentsDemoSeeder.SisterCityProjectTitle)}")).ShouldBeOkAsync<ProjectPage>();
        var summary = list.Items.ShouldHaveSingleItem();
        summary.Source.ShouldBe(ProjectSource.PartnerCityDelegation);
        var project = await (await officer.GetAsync($"{Base}/projects/{summary.Id}")).ShouldBeOkAsync<ProjectDetails>();
        var delegationId = project.Origin.DelegationId.ShouldNotBeNull();

        var exchange = await app.ApiClientAsync("ansan.exchange");
        var delegation = await (await exchange.GetAsync($"/api/v1/exchanges/delegations/{delegationId}")).ShouldBeOkAsync<DelegationDetails>();
        delegation.PartnerNameEn.ShouldBe(InvestmentsDemoSeeder.SisterCityPartner);
        var partner = await exchange.PartnerAsync(delegation.PartnerCityId);
        partner.Agreements.ShouldContain(a => a.Type == AgreementType.SisterCity);
        project.Origin.Delegation.ShouldNotBeNull().ShouldContain("Anshan");
        if (project.Origin.ActivityId is { } activity)
        {
            partner.Activities.ShouldContain(a => a.Id == activity && a.DelegationId == delegationId);
        }
    }
}
