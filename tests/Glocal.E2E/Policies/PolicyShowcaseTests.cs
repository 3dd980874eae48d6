using Deque.AxeCore.Playwright;
using Glocal.E2E.Infrastructure;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace Glocal.E2E.Policies;

/// <summary>A planner sees a big one-off programme flagged, then watches the reasons change as evidence arrives.</summary>
public sealed class PolicyShowcaseTests(BrowserApp app)
{
    private static readonly string[] BlockingImpacts = ["serious", "critical"];

    [Fact]
    public async Task OneOffBigBudgetNoKpi_IsFlagged_OutcomeKpiAndFollowUp_ChangeTheReasons()
    {
        await using var session = await app.NewSessionAsync();
        var page = await session.NewPageAsync();
        await StaffUi.SignInAsync(page, "ansan.planner");

        await page.GotoAsync("/Policies/NewProgramme");
        var name = $"K-컬처 페스티벌 {Guid.NewGuid():N}"[..24];
        await page.Locator("#Input_Name").FillAsync(name);
        await page.Locator("input[name='Input.Pillars'][value='Exchanges']").CheckAsync();
        await page.Locator("#Input_Orientation").SelectOptionAsync("Outward");
        await page.Locator("#Input_Mode").SelectOptionAsync("OneOff");
        await page.Locator("#Input_LeadDepartment").FillAsync("문화예술과");
        await page.Locator("#Input_StartDate").FillAsync("2026-10-03");
        await page.Locator("#Input_EndDate").FillAsync("2026-10-03");
        await page.Locator("#Input_Participants").FillAsync("150");
        await page.Locator("#Input_BudgetKrw").FillAsync("450000000");
        await page.Locator("form button[type=submit]").Last.ClickAsync();

        await Expect(page.Locator("h1")).ToHaveTextAsync(name);
        var reasons = page.GetByTestId("pol-reasons").Locator("li");
        await Expect(reasons).ToHaveCountAsync(4);
        await Expect(page.Locator("[data-reason='no_outcome_kpi']")).ToBeVisibleAsync();
        await Expect(page.Locator("[data-reason='high_cost_per_participant']")).ToBeVisibleAsync();
        await Expect(page.GetByTestId("pol-showcase")).ToContainTextAsync("100");
        await AssertAxeCleanAsync(page);

        await page.Locator("#Kpi_Name").FillAsync("재방문 관광객 비율");
        await page.Locator("#Kpi_Unit").FillAsync("%");
        await page.Locator("#Kpi_Kind").SelectOptionAsync("Outcome");
        await page.Locator("form:has(#Kpi_Name) button[type=submit]").ClickAsync();
        await Expect(page.Locator("[data-reason='no_outcome_kpi']")).ToHaveCountAsync(0);
        await Expect(reasons).ToHaveCountAsync(3);

        // The follow-up: a value for a period after the festival, within twelve months.
        await page.Locator("#Value_PeriodStart").FillAsync("2026-11-01");
        await page.Locator("#Value_PeriodEnd").FillAsync("2027-01-31");
        await page.Locator("#Value_Value").FillAsync("18");
        await page.Locator("#Value_Evidence").SelectOptionAsync("C");
        await page.Locator("form:has(#Value_Value) button[type=submit]").ClickAsync();

        await Expect(page.Locator("[data-reason='no_follow_up']")).ToHaveCountAsync(0);
        await Expect(reasons).ToHaveCountAsync(2);
        await Expect(page.GetByTestId("pol-showcase")).ToContainTextAsync("55");
        await AssertAxeCleanAsync(page);
    }

    [Fact]
    public async Task ProgrammePage_LinksAResidentService_ThenRemovesIt_AxeClean()
    {
        await using var session = await app.NewSessionAsync();
        var page = await session.NewPageAsync();
        await StaffUi.SignInAsync(page, "ansan.planner");

        await page.GotoAsync("/Policies/NewProgramme");
        var name = $"외국인주민 상담 연계 {Guid.NewGuid():N}"[..24];
        await page.Locator("#Input_Name").FillAsync(name);
        await page.Locator("input[name='Input.Pillars'][value='Residents']").CheckAsync();
        await page.Locator("#Input_Orientation").SelectOptionAsync("Inward");
        await page.Locator("#Input_Mode").SelectOptionAsync("Recurring");
        await page.Locator("#Input_LeadDepartment").FillAsync("외국인주민정책과");
        await page.Locator("#Input_StartDate").FillAsync("2026-01-01");
        await page.Locator("form button[type=submit]").Last.ClickAsync();
        await Expect(page.Locator("h1")).ToHaveTextAsync(name);

        var links = page.GetByTestId("pol-links");
        await Expect(links.Locator("table")).ToHaveCountAsync(0);
        await page.Locator("#pol-link-kind").SelectOptionAsync("ResidentService");
        await links.Locator("form[method=get] button[type=submit]").ClickAsync();
        var target = page.Locator("#Link_TargetId");
        await Expect(target).ToBeVisibleAsync();
        var chosen = (await target.Locator("option").First.TextContentAsync())!.Trim();
        await AssertAxeCleanAsync(page);
        await links.Locator("form:has(#Link_TargetId) button[type=submit]").ClickAsync();

        await Expect(links.Locator("tbody tr")).ToHaveCountAsync(1);
        await Expect(links.Locator("tbody tr")).ToContainTextAsync(chosen);
        await AssertAxeCleanAsync(page);
        await StaffUi.SwitchLanguageAsync(page, "en");
        await Expect(links.Locator("h2")).ToHaveTextAsync("Linked records");
        await AssertAxeCleanAsync(page);

        await links.Locator("tbody form button[type=submit]").ClickAsync();
        await Expect(links.Locator("table")).ToHaveCountAsync(0);
    }

    [Theory]
    [InlineData("/Policies")]
    [InlineData("/Policies/Report")]
    [InlineData("/Policies/NewProgramme")]
    public async Task PolicyPages_Axe_HaveNoSeriousOrCriticalViolations(string path)
    {
        await using var session = await app.NewSessionAsync();
        var page = await session.NewPageAsync();
        await StaffUi.SignInAsync(page, "ansan.planner");
        await page.GotoAsync(path);
        await Expect(page.Locator("h1")).ToBeVisibleAsync();
        await AssertAxeCleanAsync(page);
        await StaffUi.SwitchLanguageAsync(page, "en");
        await AssertAxeCleanAsync(page);
    }

    private static async Task AssertAxeCleanAsync(IPage page)
    {
        var result = await page.RunAxe();
        var blocking = result.Violations.Where(v => BlockingImpacts.Contains(v.Impact)).ToList();
        blocking.ShouldBeEmpty(string.Join(Environment.NewLine, blocking.SelectMany(v => v.Nodes.Select(n => $"{v.Id}: {n.Target} {n.Html}"))));
    }
}
