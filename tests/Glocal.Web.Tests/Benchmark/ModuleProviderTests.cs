using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Glocal.Core.Benchmark.Index;
using Glocal.Core.Benchmark.Providers;
using Glocal.Core.Data;
using Glocal.Core.Exchanges;
using Glocal.Core.Investments;
using Glocal.Core.Policies;
using EvidenceGrade = Glocal.Core.Investments.EvidenceGrade;
using FundingSource = Glocal.Core.Policies.FundingSource;
using ProgrammeDetails = Glocal.Core.Policies.ProgrammeDetails;
using Glocal.Core.Shared;
using Glocal.Core.Tenancy;
using Glocal.Web.Api.Benchmark;
using Glocal.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using static Glocal.Web.Tests.Exchanges.ExchangeBuilders;

namespace Glocal.Web.Tests.Benchmark;

/// <summary>
/// The module indicator providers follow the modules' records (ADR 0054), and a municipality's published figure
/// replaces the public series in the index. Records are written through the modules' APIs; the providers are read
/// as the index reads them.
/// </summary>
[Collection(AppCollection.Name)]
public class ModuleProviderTests(GlocalAppFactory app)
{
    private async Task<double?> ValueAsync(string provider, int year, string code = "41270")
    {
        using var scope = app.Services.CreateScope();
        scope.ServiceProvider.GetRequiredService<TenantContext>().ActAsSystem("test");
        var db = scope.ServiceProvider.GetRequiredService<GlocalDbContext>();
        var id = await db.Municipalities.Where(m => m.Code == code && m.ValidTo == null).Select(m => m.Id).SingleAsync();
        var values = await scope.ServiceProvider.GetServices<IBenchmarkIndicatorProvider>().Single(p => p.Name == provider).ReadAsync([id], [year], CancellationToken.None);
        return values.Where(v => v.MunicipalityId == id && v.Year == year).Select(v => (double?)v.Value).SingleOrDefault();
    }

    [Fact]
    public async Task EveryProviderTheDefinitionNames_IsRegistered()
    {
        using var scope = app.Services.CreateScope();
        var registered = scope.ServiceProvider.GetServices<IBenchmarkIndicatorProvider>().Select(p => p.Name).ToList();
        registered.ShouldBeUnique();
        IndexDefinition.BuiltIn.Indicators.Where(i => i.Provider is not null).Select(i => i.Provider!).ShouldBeSubsetOf(registered);
        var ranking = await (await (await app.ApiClientAsync("ansan.viewer")).GetAsync("/api/v1/benchmark/index?pageSize=1")).ShouldBeOkAsync<IndexRanking>();
        ranking.MissingProviders.ShouldBeEmpty();
    }

    [Fact]
    public async Task ExchangeProviders_FollowAgreementsAndTheActivityLog()
    {
        var officer = await app.ApiClientAsync("ansan.exchange");
        var before = new
        {
            Agreements2022 = await ValueAsync("exchanges.partner_agreements", 2022),
            Agreements2023 = await ValueAsync("exchanges.partner_agreements", 2023),
            Active2022 = await ValueAsync("exchanges.active_partners", 2022),
            Active2023 = await ValueAsync("exchanges.active_partners", 2023),
            Dormant2023 = await ValueAsync("exchanges.dormant_share", 2023),
            Substantive2022 = await ValueAsync("exchanges.substantive_activities", 2022),
        };

        var partner = await officer.CreatePartnerAsync();
        (await officer.PostJsonAsync("/api/v1/exchanges/agreements",
            new CreateAgreementRequest(partner.Id, AgreementType.Friendship, new DateOnly(2023, 5, 1), ExchangeFields.CultureArts))).StatusCode.ShouldBe(HttpStatusCode.Created);
        await officer.LogAsync(Activity(partner.Id, substantive: true, new DateOnly(2022, 3, 1)));
        await officer.LogAsync(Activity(partner.Id, substantive: false, new DateOnly(2022, 4, 1)));

        (await ValueAsync("exchanges.partner_agreements", 2022)).ShouldBe(before.Agreements2022, "signed in 2023");
        (await ValueAsync("exchanges.partner_agreements", 2023)).ShouldBe(before.Agreements2023 + 1);
        (await ValueAsync("exchanges.active_partners", 2022)).ShouldBe(before.Active2022 + 1, "a substantive activity in March 2022");
        (await ValueAsync("exchanges.active_partners", 2023)).ShouldBe(before.Active2023, "nothing substantive for more than 12 months by December 2023");
        var dormant = await ValueAsync("exchanges.dormant_share", 2023);
        dormant!.Value.ShouldBeInRange(0, 1);
        if (before.Dormant2023 < 1)
        {
            dormant.Value.ShouldBeGreaterThan(before.Dormant2023!.Value, "one more dormant partner");
        }

        (await ValueAsync("exchanges.substantive_activities", 2022)).ShouldBe(before.Substantive2022 + 1, "the greeting video is ceremonial");
    }

    [Fact]
    public async Task InvestmentProviders_FollowArrivedVerifiedMoneyAndVerifiedJobs()
    {
        var officer = await app.ApiClientAsync("ansan.investment");
        var project = await Investments.InvestmentsApiTests.NewProjectAsync(officer, "Benchmark provider " + Guid.NewGuid().ToString("N")[..6]);
        var arrived = await ValueAsync("investments.arrived", 2024);
        var verified = await ValueAsync("investments.verified", 2024);
        var jobs = await ValueAsync("investments.verified_jobs", 2024);
        var url = $"/api/v1/investments/projects/{project.Id}";

        (await officer.PostJsonAsync($"{url}/tranches", new AddTrancheRequest(new DateOnly(2024, 3, 1), "5,000,000,000", EvidenceGrade.Arrived, "bank"))).StatusCode.ShouldBe(HttpStatusCode.OK);
        (await officer.PostJsonAsync($"{url}/tranches", new AddTrancheRequest(new DateOnly(2024, 4, 1), "1,000,000,000", EvidenceGrade.Verified, "audit"))).StatusCode.ShouldBe(HttpStatusCode.OK);
        (await officer.PostJsonAsync($"{url}/tranches", new AddTrancheRequest(new DateOnly(2024, 5, 1), "9,000,000,000", EvidenceGrade.Announced, "press"))).StatusCode.ShouldBe(HttpStatusCode.OK);
        (await ValueAsync("investments.arrived", 2024)).ShouldBe(arrived + 6_000, "million won: arrived and verified tranches, not the announcement");
        (await ValueAsync("investments.verified", 2024)).ShouldBe(verified + 1_000);

        (await officer.PostJsonAsync($"{url}/jobs-reports", new AddJobsReportRequest(new DateOnly(2024, 1, 1), new DateOnly(2024, 6, 30), 40,
            JobsVerification.EmploymentInsurance, [new ForeignJobsInput("E-9", 5)]))).StatusCode.ShouldBe(HttpStatusCode.OK);
        (await ValueAsync("investments.verified_jobs", 2024)).ShouldBe(jobs + 45);
        (await officer.PostJsonAsync($"{url}/jobs-reports", new AddJobsReportRequest(new DateOnly(2024, 7, 1), new DateOnly(2024, 12, 31), 90,
            JobsVerification.SelfReported, []))).StatusCode.ShouldBe(HttpStatusCode.OK);
        (await ValueAsync("investments.verified_jobs", 2024)).ShouldBe(jobs + 45, "a self-reported figure never counts");
        (await officer.PostJsonAsync($"{url}/jobs-reports", new AddJobsReportRequest(new DateOnly(2024, 7, 1), new DateOnly(2024, 12, 30), 30,
            JobsVerification.PayrollAudit, []))).StatusCode.ShouldBe(HttpStatusCode.OK);
        (await ValueAsync("investments.verified_jobs", 2024)).ShouldBe(jobs + 30, "the latest verified report of the project stands");
    }

    [Fact]
    public async Task ResidentsProvider_CountsCasesOpenedInTheYear()
    {
        var year = TimeProvider.System.GetUtcNow().UtcDateTime.Year;
        var before = await ValueAsync("residents.consultations", year);
        var counsellor = await app.ApiClientAsync("ansan.counsellor");
        (await counsellor.PostJsonAsync("/api/v1/residents/cases", new { channel = "Phone", category = "Housing", language = "vi" })).StatusCode.ShouldBe(HttpStatusCode.Created);
        (await ValueAsync("residents.consultations", year)).ShouldBe(before + 1);
        (await ValueAsync("residents.consultations", year, "41390")).ShouldNotBeNull("Siheung is counted apart");
    }

    [Fact]
    public async Task PoliciesProvider_ScoresTheBudgetBalanceAgainstTheBand()
    {
        (await ValueAsync("policies.budget_balance", 2047)).ShouldBeNull("no budget planned for 2047 yet");
        var planner = await app.ApiClientAsync("ansan.planner");
        var policy = await (await planner.PostJsonAsync("/api/v1/policies", new CreatePolicyRequest("Benchmark balance probe", 2047))).ShouldBeOkAsync<PolicySummary>(HttpStatusCode.Created);
        async Task<Guid> ProgrammeAsync(Orientation orientation) =>
            (await (await planner.PostJsonAsync("/api/v1/policies/programmes", new SaveProgrammeRequest(policy.Id, $"Balance probe {orientation}",
                orientation == Orientation.Inward ? Pillars.Residents : Pillars.Exchanges, orientation,
                ProgrammeMode.Recurring, "국제협력과", new DateOnly(2047, 1, 1)))).ShouldBeOkAsync<ProgrammeDetails>(HttpStatusCode.Created)).Id;
        var inward = await ProgrammeAsync(Orientation.Inward);
        var outward = await ProgrammeAsync(Orientation.Outward);
        await (await planner.PutAsJsonAsync($"/api/v1/policies/programmes/{inward}/budget-lines", new SetBudgetLineRequest(2047, FundingSource.City, 600_000_000))).ShouldBeOkAsync<ProgrammeDetails>();
        await (await planner.PutAsJsonAsync($"/api/v1/policies/programmes/{outward}/budget-lines", new SetBudgetLineRequest(2047, FundingSource.City, 400_000_000))).ShouldBeOkAsync<ProgrammeDetails>();
        (await ValueAsync("policies.budget_balance", 2047)).ShouldBe(100, "inward share 0.6 lies in the 0.4–0.7 band");

        await (await planner.PutAsJsonAsync($"/api/v1/policies/programmes/{outward}/budget-lines", new SetBudgetLineRequest(2047, FundingSource.National, 600_000_000))).ShouldBeOkAsync<ProgrammeDetails>();
        (await ValueAsync("policies.budget_balance", 2047)).ShouldBe(95, "inward share 600/1,600 = 0.375 is 0.025 below the band");
    }

    [Fact]
    public async Task PublishedModuleFigure_ReplacesThePublicSeriesInTheIndex_AndFollowsTheLog()
    {
        var planner = await app.ApiClientAsync("ansan.planner");
        var viewer = await app.ApiClientAsync("ansan.viewer");
        var officer = await app.ApiClientAsync("ansan.exchange");
        await (await planner.PutAsJsonAsync("/api/v1/benchmark/publications/exc_projects", new SetPublicationRequest(true))).ShouldBeOkAsync<PublicationState>();

        async Task<IndicatorResult> IndicatorAsync(string code) =>
            (await (await viewer.GetAsync($"/api/v1/benchmark/index/units/{code}")).ShouldBeOkAsync<ProfileResponse>()).Indicators.Single(i => i.Indicator == "exc_projects");
        async Task<int> SubstantiveIn2024Async() =>
            (await (await officer.GetAsync("/api/v1/exchanges/activities?substantive=true&year=2024&pageSize=1")).ShouldBeOkAsync<Page<JsonElement>>()).Total;

        var published = await IndicatorAsync("41270");
        published.FromModule.ShouldBeTrue();
        published.IsSynthetic.ShouldBeFalse();
        published.Raw.ShouldBe(await SubstantiveIn2024Async(), "the index year is 2024: substantive activities logged in 2024");
        (await IndicatorAsync("41390")).FromModule.ShouldBeFalse("Siheung has not opted in");

        var partner = await officer.CreatePartnerAsync();
        await officer.LogAsync(Activity(partner.Id, substantive: true, new DateOnly(2024, 6, 1)));
        (await IndicatorAsync("41270")).Raw.ShouldBe(published.Raw + 1, "a new module figure gives a new build");

        await (await planner.PutAsJsonAsync("/api/v1/benchmark/publications/exc_projects", new SetPublicationRequest(false))).ShouldBeOkAsync<PublicationState>();
        (await IndicatorAsync("41270")).FromModule.ShouldBeFalse("opting out restores the public series");
    }
}
