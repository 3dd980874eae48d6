using System.Net;
using System.Net.Http.Json;
using Glocal.Core.Policies;
using Glocal.Core.Residents;
using Glocal.Core.Shared;
using Glocal.Web.Tests.Infrastructure;

namespace Glocal.Web.Tests.Policies;

[Collection(AppCollection.Name)]
public class PoliciesApiTests(GlocalAppFactory app)
{
    private const string Base = "/api/v1/policies";

    private async Task<(HttpClient Planner, PolicySummary Policy)> PolicyAsync(string user = "ansan.planner")
    {
        var planner = await app.ApiClientAsync(user);
        var policy = await (await planner.PostJsonAsync(Base, new CreatePolicyRequest($"Test policy {Guid.NewGuid():N}", 2030)))
            .ShouldBeOkAsync<PolicySummary>(HttpStatusCode.Created);
        return (planner, policy);
    }

    private static SaveProgrammeRequest OneOffFestival(Guid policyId, int year = 2031) => new(
        policyId, "Global festival", Pillars.Exchanges | Pillars.Residents, Orientation.Both, ProgrammeMode.OneOff, "문화예술과",
        new DateOnly(year, 5, 18), new DateOnly(year, 5, 18), Participants: 200);

    [Fact]
    public async Task OneOffBigBudgetNoKpi_IsFlagged_ThenOutcomeKpiAndFollowUp_ChangeTheReasons()
    {
        var (planner, policy) = await PolicyAsync();
        var created = await (await planner.PostJsonAsync($"{Base}/programmes", OneOffFestival(policy.Id))).ShouldBeOkAsync<ProgrammeDetails>(HttpStatusCode.Created);
        var programme = await (await planner.PutAsJsonAsync($"{Base}/programmes/{created.Id}/budget-lines", new SetBudgetLineRequest(2031, FundingSource.City, 300_000_000)))
            .ShouldBeOkAsync<ProgrammeDetails>();

        programme.CostPerParticipantKrw.ShouldBe(1_500_000);
        programme.Showcase.Score.ShouldBe(100);
        programme.Showcase.Flagged.ShouldBeTrue();
        programme.Showcase.Reasons.Select(r => r.Code).ShouldBe(["one_off", "high_cost_per_participant", "no_outcome_kpi", "no_follow_up"]);

        var kpi = await (await planner.PostJsonAsync($"{Base}/programmes/{created.Id}/kpis", new AddKpiRequest("Visitors returning to services", "%", KpiKind.Outcome, KpiFrequency.Annual, Target: 20)))
            .ShouldBeOkAsync<KpiDetails>(HttpStatusCode.Created);
        (await (await planner.GetAsync($"{Base}/programmes/{created.Id}")).ShouldBeOkAsync<ProgrammeDetails>()).Showcase.Reasons.Select(r => r.Code)
            .ShouldBe(["one_off", "high_cost_per_participant", "no_follow_up"]);

        var withValue = await (await planner.PostJsonAsync($"{Base}/kpis/{kpi.Id}/values", new AddKpiValueRequest(new DateOnly(2031, 6, 1), new DateOnly(2031, 9, 30), 12.5, EvidenceGrade.C, "visitor survey")))
            .ShouldBeOkAsync<KpiDetails>();
        withValue.Values.Single().Evidence.ShouldBe(EvidenceGrade.C);

        var after = await (await planner.GetAsync($"{Base}/programmes/{created.Id}")).ShouldBeOkAsync<ProgrammeDetails>();
        after.Showcase.Score.ShouldBe(55);
        after.Showcase.Reasons.Select(r => r.Code).ShouldBe(["one_off", "high_cost_per_participant"]);
    }

    [Fact]
    public async Task Portfolio_Year_SumsBalanceExecutionAndSlicesByHand()
    {
        // Year 2041 has no demo budgets, so its money and staff are exactly these programmes'.
        var (planner, policy) = await PolicyAsync("siheung.planner");
        async Task<Guid> Programme(string name, Orientation orientation, Pillars pillars, ProgrammeMode mode)
        {
            var p = await (await planner.PostJsonAsync($"{Base}/programmes", new SaveProgrammeRequest(
                policy.Id, name, pillars, orientation, mode, "국제협력과", new DateOnly(2041, 1, 1), new DateOnly(2041, 12, 31))))
                .ShouldBeOkAsync<ProgrammeDetails>(HttpStatusCode.Created);
            return p.Id;
        }

        var inward = await Programme("Counselling", Orientation.Inward, Pillars.Residents, ProgrammeMode.Recurring);
        var outward = await Programme("Trade mission", Orientation.Outward, Pillars.Investments | Pillars.Exchanges, ProgrammeMode.OneOff);
        await planner.PutAsJsonAsync($"{Base}/programmes/{inward}/budget-lines", new SetBudgetLineRequest(2041, FundingSource.National, 600_000_000, 540_000_000));
        await planner.PutAsJsonAsync($"{Base}/programmes/{inward}/budget-lines", new SetBudgetLineRequest(2041, FundingSource.City, 200_000_000));
        await planner.PutAsJsonAsync($"{Base}/programmes/{outward}/budget-lines", new SetBudgetLineRequest(2041, FundingSource.City, 200_000_000, 160_000_000));
        await planner.PutAsJsonAsync($"{Base}/programmes/{inward}/staff", new SetStaffRequest(2041, 3));
        (await planner.PutAsJsonAsync($"{Base}/programmes/{outward}/staff", new SetStaffRequest(2041, 1))).StatusCode.ShouldBe(HttpStatusCode.OK);

        var portfolio = await (await planner.GetAsync($"{Base}/portfolio?year=2041")).ShouldBeOkAsync<PortfolioOverview>();

        portfolio.MunicipalityCode.ShouldBe("41390");
        // Budget: inward 800M, outward 200M → share 0.8 > 0.7: inward-heavy. Staff: 3 / 4 = 0.75.
        portfolio.Budget.Inward.ShouldBe(800_000_000);
        portfolio.Budget.Outward.ShouldBe(200_000_000);
        portfolio.Budget.Status.ShouldBe(BalanceStatus.InwardHeavy);
        portfolio.Staff.InwardShare!.Value.ShouldBe(0.75, 1e-9);
        // Execution: reported lines 600M → 540M and 200M → 160M: 700 / 800 = 0.875; the unreported 200M is only planned.
        portfolio.Execution.PlannedKrw.ShouldBe(1_000_000_000);
        portfolio.Execution.Rate!.Value.ShouldBe(0.875, 1e-9);
        portfolio.BySource.Single(s => s.Key == "City").PlannedKrw.ShouldBe(400_000_000);
        portfolio.BySource.Single(s => s.Key == "National").ExecutedKrw.ShouldBe(540_000_000);
        // The trade mission serves two pillars: its 200M splits 100M / 100M.
        portfolio.ByPillar.Single(s => s.Key == "Investments").PlannedKrw.ShouldBe(100_000_000);
        portfolio.ByPillar.Single(s => s.Key == "Residents").PlannedKrw.ShouldBe(800_000_000);
        portfolio.ByPillar.Sum(s => s.PlannedKrw).ShouldBe(1_000_000_000);
        portfolio.ByMode.Single(s => s.Key == "OneOff").Programmes.ShouldBe(1);
    }

    [Fact]
    public async Task ComputedKpi_FollowsTheResidentsRecords_AndCannotBeTyped()
    {
        var (planner, policy) = await PolicyAsync();
        var year = TimeProvider.System.GetUtcNow().Year; // the app under test runs on the system clock
        var programme = await (await planner.PostJsonAsync($"{Base}/programmes", new SaveProgrammeRequest(
            policy.Id, "Counselling centre", Pillars.Residents, Orientation.Inward, ProgrammeMode.Recurring, "외국인주민정책과", new DateOnly(year, 1, 1))))
            .ShouldBeOkAsync<ProgrammeDetails>(HttpStatusCode.Created);
        var count = await (await planner.PostJsonAsync($"{Base}/programmes/{programme.Id}/kpis", new AddKpiRequest("New clients", "명", KpiKind.Output, KpiFrequency.Annual, ComputedCode: "residents.clients_registered")))
            .ShouldBeOkAsync<KpiDetails>(HttpStatusCode.Created);
        var rate = await (await planner.PostJsonAsync($"{Base}/programmes/{programme.Id}/kpis", new AddKpiRequest("New clients per 1,000", "per 1,000", KpiKind.Output, KpiFrequency.Annual, ComputedCode: "residents.clients_per_1000")))
            .ShouldBeOkAsync<KpiDetails>(HttpStatusCode.Created);
        var before = count.Values.Single();
        before.Computed.ShouldBeTrue();
        before.Evidence.ShouldBe(EvidenceGrade.B);

        var counsellor = await app.ApiClientAsync("ansan.counsellor");
        (await counsellor.PostJsonAsync("/api/v1/residents/clients", new RegisterClientRequest("KPI Probe", "VN", "vi"))).StatusCode.ShouldBe(HttpStatusCode.Created);

        var after = (await (await planner.GetAsync($"{Base}/kpis/{count.Id}")).ShouldBeOkAsync<KpiDetails>()).Values.Single();
        after.Value.ShouldBe(before.Value + 1);
        // Ansan's MOIS foreign residents (2023-11-01) are 108,033.
        var per1000 = (await (await planner.GetAsync($"{Base}/kpis/{rate.Id}")).ShouldBeOkAsync<KpiDetails>()).Values.Single();
        per1000.Value.ShouldBe(Math.Round(after.Value * 1000 / 108_033, 4), 1e-9);

        await (await planner.PostJsonAsync($"{Base}/kpis/{count.Id}/values", new AddKpiValueRequest(new DateOnly(year, 1, 1), new DateOnly(year, 12, 31), 5, EvidenceGrade.A)))
            .ShouldBeProblemAsync(HttpStatusCode.UnprocessableEntity, "kpi_computed");
        await (await planner.PostJsonAsync($"{Base}/programmes/{programme.Id}/kpis", new AddKpiRequest("Unknown", "x", KpiKind.Output, KpiFrequency.Annual, ComputedCode: "nowhere.nothing")))
            .ShouldBeProblemAsync(HttpStatusCode.UnprocessableEntity, "kpi_code_unknown");
        (await (await planner.GetAsync($"{Base}/kpi-codes")).ShouldBeOkAsync<List<ComputedKpiCode>>()).Select(c => c.Code).ShouldContain("residents.clients_per_1000");
    }

    [Fact]
    public async Task Rules_GiveStableCodes()
    {
        var (planner, policy) = await PolicyAsync();
        await (await planner.PostJsonAsync($"{Base}/programmes", OneOffFestival(policy.Id) with { EndDate = new DateOnly(2031, 1, 1) }))
            .ShouldBeProblemAsync(HttpStatusCode.UnprocessableEntity, "period_invalid");
        await (await planner.PostJsonAsync($"{Base}/programmes", OneOffFestival(policy.Id) with { Pillars = Pillars.None }))
            .ShouldBeProblemAsync(HttpStatusCode.UnprocessableEntity, "pillars_required");
        await (await planner.PostJsonAsync($"{Base}/programmes", OneOffFestival(Guid.NewGuid())))
            .ShouldBeProblemAsync(HttpStatusCode.UnprocessableEntity, "policy_unknown");
        await (await planner.PostJsonAsync($"{Base}/programmes", OneOffFestival(policy.Id) with { Name = "" }))
            .ShouldBeProblemAsync(HttpStatusCode.BadRequest, "validation_failed");
        var existing = await (await planner.PostJsonAsync($"{Base}/programmes", OneOffFestival(policy.Id))).ShouldBeOkAsync<ProgrammeDetails>(HttpStatusCode.Created);
        var invalid = await (await planner.PutAsJsonAsync($"{Base}/programmes/{existing.Id}/budget-lines", new SetBudgetLineRequest(1999, FundingSource.City, -5)))
            .ShouldBeProblemAsync(HttpStatusCode.BadRequest, "validation_failed");
        invalid.GetProperty("errors").EnumerateObject().Select(e => e.Name).ShouldBe(["Year", "PlannedKrw"], ignoreOrder: true);
        await (await planner.GetAsync($"{Base}/programmes?sort=colour")).ShouldBeProblemAsync(HttpStatusCode.BadRequest, "sort_unknown");
    }

    [Fact]
    public async Task Policy_OfAnotherMunicipality_CannotHoldMyProgramme()
    {
        var (_, siheungPolicy) = await PolicyAsync("siheung.planner");
        var ansan = await app.ApiClientAsync("ansan.planner");
        await (await ansan.PostJsonAsync($"{Base}/programmes", OneOffFestival(siheungPolicy.Id)))
            .ShouldBeProblemAsync(HttpStatusCode.UnprocessableEntity, "policy_unknown");
    }

    [Fact]
    public async Task Programmes_FilterSortPageAndExport()
    {
        var viewer = await app.ApiClientAsync("ansan.viewer");
        var flagged = await (await viewer.GetAsync($"{Base}/programmes?flagged=true&sort=-score&pageSize=1")).ShouldBeOkAsync<Page<ProgrammeSummary>>();
        flagged.Items.Count.ShouldBe(1);
        flagged.Items[0].Flagged.ShouldBeTrue();
        var demoFestival = await (await viewer.GetAsync($"{Base}/programmes?q={Uri.EscapeDataString("세계인의 날")}")).ShouldBeOkAsync<Page<ProgrammeSummary>>();
        demoFestival.Items.ShouldContain(p => p.Mode == ProgrammeMode.OneOff && p.Flagged);
        var inward = await (await viewer.GetAsync($"{Base}/programmes?orientation=Inward&pillar=Residents")).ShouldBeOkAsync<Page<ProgrammeSummary>>();
        inward.Items.ShouldAllBe(p => p.Orientation == Orientation.Inward);
        inward.Total.ShouldBeGreaterThan(0);

        var planner = await app.ApiClientAsync("ansan.planner");
        var export = await planner.GetAsync($"{Base}/programmes?format=xlsx");
        export.StatusCode.ShouldBe(HttpStatusCode.OK);
        export.Content.Headers.ContentType!.MediaType.ShouldBe("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
        var csv = await (await planner.GetAsync($"{Base}/programmes?format=csv")).Content.ReadAsStringAsync();
        csv.ShouldContain("세계인의 날");
    }

    [Fact]
    public async Task Exports_NeedPoliciesExport_ReadAloneIsForbidden()
    {
        // The viewer and the NGO partner read policies but may not export them; the planner and the municipal admin may.
        foreach (var user in new[] { "ansan.viewer", "ansan.ngo" })
        {
            var reader = await app.ApiClientAsync(user);
            (await reader.GetAsync($"{Base}/programmes")).StatusCode.ShouldBe(HttpStatusCode.OK);
            foreach (var path in new[] { $"{Base}/programmes?format=csv", $"{Base}/programmes?format=xlsx", $"{Base}/?format=csv" })
            {
                await (await reader.GetAsync(path)).ShouldBeProblemAsync(HttpStatusCode.Forbidden, "export_forbidden");
            }

            var page = await (await app.SignedInClientAsync(user)).GetAsync("/Policies?handler=Export&format=csv");
            page.StatusCode.ShouldBeOneOf(HttpStatusCode.Forbidden, HttpStatusCode.Redirect);
            (page.Content.Headers.ContentType?.MediaType ?? "").ShouldNotStartWith("text/csv");
        }

        foreach (var user in new[] { "ansan.planner", "ansan.admin" })
        {
            var exporter = await app.ApiClientAsync(user);
            var policies = await exporter.GetAsync($"{Base}/?format=csv");
            policies.StatusCode.ShouldBe(HttpStatusCode.OK);
            policies.Content.Headers.ContentType!.MediaType.ShouldBe("text/csv");
            (await policies.Content.ReadAsStringAsync()).ShouldContain("Title");
        }

        var file = await (await app.SignedInClientAsync("ansan.planner")).GetAsync("/Policies?handler=Export&format=csv");
        file.StatusCode.ShouldBe(HttpStatusCode.OK);
        (await file.Content.ReadAsStringAsync()).ShouldContain("세계인의 날");
    }

    private async Task<(HttpClient Planner, KpiDetails Kpi)> ComputedKpiAsync(string code, Pillars pillar)
    {
        var (planner, policy) = await PolicyAsync();
        var year = TimeProvider.System.GetUtcNow().Year; // the app under test runs on the system clock
        var programme = await (await planner.PostJsonAsync($"{Base}/programmes", new SaveProgrammeRequest(
            policy.Id, "Computed " + code, pillar, Orientation.Outward, ProgrammeMode.Recurring, "국제협력과", new DateOnly(year, 1, 1))))
            .ShouldBeOkAsync<ProgrammeDetails>(HttpStatusCode.Created);
        var kpi = await (await planner.PostJsonAsync($"{Base}/programmes/{programme.Id}/kpis", new AddKpiRequest(code, "건", KpiKind.Output, KpiFrequency.Annual, ComputedCode: code)))
            .ShouldBeOkAsync<KpiDetails>(HttpStatusCode.Created);
        return (planner, kpi);
    }

    private static async Task<double> ValueAsync(HttpClient planner, Guid kpi) =>
        (await (await planner.GetAsync($"{Base}/kpis/{kpi}")).ShouldBeOkAsync<KpiDetails>()).Values.Single().Value;

    [Fact]
    public async Task ComputedKpi_FollowsTheExchangeRecords()
    {
        var (planner, kpi) = await ComputedKpiAsync("exchanges.substantive_activities", Pillars.Exchanges);
        var (_, leads) = await ComputedKpiAsync("exchanges.investment_leads", Pillars.Exchanges);
        var before = await ValueAsync(planner, kpi.Id);
        var leadsBefore = await ValueAsync(planner, leads.Id);

        var exchange = await app.ApiClientAsync("ansan.exchange");
        var partner = await Exchanges.ExchangeBuilders.CreatePartnerAsync(exchange);
        var day = new DateOnly(TimeProvider.System.GetUtcNow().Year, 1, 2);
        await Exchanges.ExchangeBuilders.LogAsync(exchange, Exchanges.ExchangeBuilders.Activity(partner.Id, substantive: true, on: day) with { OutputInvestmentLeads = 2 });
        // A ceremonial activity is not substantive: it does not move the KPI.
        await Exchanges.ExchangeBuilders.LogAsync(exchange, Exchanges.ExchangeBuilders.Activity(partner.Id, substantive: false, on: day));

        (await ValueAsync(planner, kpi.Id)).ShouldBe(before + 1);
        (await ValueAsync(planner, leads.Id)).ShouldBe(leadsBefore + 2);
    }

    [Fact]
    public async Task ComputedKpi_ArrivedInvestment_CountsOnlyArrivedAndVerifiedTranches()
    {
        var (planner, kpi) = await ComputedKpiAsync("investments.arrived_krw", Pillars.Investments);
        var before = await ValueAsync(planner, kpi.Id);

        var officer = await app.ApiClientAsync("ansan.investment");
        var project = await Investments.InvestmentsApiTests.NewProjectAsync(officer, "KPI plant " + Guid.NewGuid().ToString("N")[..6]);
        var day = new DateOnly(TimeProvider.System.GetUtcNow().Year, 1, 2);
        async Task Tranche(long won, Glocal.Core.Investments.EvidenceGrade grade) =>
            (await officer.PostJsonAsync($"/api/v1/investments/projects/{project.Id}/tranches",
                new Glocal.Core.Investments.AddTrancheRequest(day, won.ToString(System.Globalization.CultureInfo.InvariantCulture), grade, "test evidence")))
                .StatusCode.ShouldBe(HttpStatusCode.OK);

        await Tranche(900_000_000, Glocal.Core.Investments.EvidenceGrade.Announced);
        await Tranche(800_000_000, Glocal.Core.Investments.EvidenceGrade.Notified);
        (await ValueAsync(planner, kpi.Id)).ShouldBe(before);

        await Tranche(123_456_789, Glocal.Core.Investments.EvidenceGrade.Arrived);
        await Tranche(10_000_000, Glocal.Core.Investments.EvidenceGrade.Verified);
        (await ValueAsync(planner, kpi.Id)).ShouldBe(before + 133_456_789);
    }

    [Fact]
    public async Task DemoAnsan_IsInwardHeavy()
    {
        var viewer = await app.ApiClientAsync("ansan.viewer");
        var portfolio = await (await viewer.GetAsync($"{Base}/portfolio")).ShouldBeOkAsync<PortfolioOverview>();
        portfolio.Budget.Status.ShouldBe(BalanceStatus.InwardHeavy);
        portfolio.Programmes.ShouldContain(p => p.Flagged);
    }
}
