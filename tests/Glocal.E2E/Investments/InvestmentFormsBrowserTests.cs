using Deque.AxeCore.Commons;
using Deque.AxeCore.Playwright;
using Glocal.E2E.Infrastructure;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace Glocal.E2E.Investments;

/// <summary>An investment officer registers an investor, opens a project and records an incentive with a compliance check; axe-core on each form.</summary>
public sealed class InvestmentFormsBrowserTests(BrowserApp app)
{
    private static readonly string[] BlockingImpacts = ["serious", "critical"];

    [Fact]
    public async Task Officer_RegistersAnInvestor_OpensAProject_RecordsAnIncentiveWithAComplianceCheck()
    {
        await using var session = await app.NewSessionAsync();
        var page = await session.NewPageAsync();
        await StaffUi.SignInAsync(page, "ansan.investment");
        await StaffUi.SwitchLanguageAsync(page, "en");

        await page.GotoAsync("/Investments/Companies");
        await page.GetByRole(AriaRole.Link, new() { Name = "New investor" }).ClickAsync();
        await page.Locator("#Input_NameKo").FillAsync("바이에른 모터 부품 코리아");
        await page.Locator("#Input_NameEn").FillAsync("Bavaria Motor Parts Korea");
        await page.Locator("#Input_NameOriginal").FillAsync("Bayerische Motorteile GmbH");
        await page.Locator("#Input_CountryCode").FillAsync("DE");
        await page.Locator("#Input_KsicCode").FillAsync("C30");
        await page.Locator("#ct-person-0").FillAsync("Lena Huber");
        await page.Locator("#ct-role-0").FillAsync("Managing director");
        await page.Locator("#ct-lang-0").FillAsync("de");
        await page.Locator("form:has(#Input_NameKo) button[type=submit]").ClickAsync();
        await Expect(page.GetByRole(AriaRole.Status)).ToContainTextAsync("The investor was saved.");
        await Expect(page.Locator("#ct-person-0")).ToHaveValueAsync("Lena Huber");

        await page.GetByRole(AriaRole.Link, new() { Name = "New project" }).ClickAsync();
        await Expect(page.Locator("#Input_CompanyId option:checked")).ToContainTextAsync("Bavaria Motor Parts Korea");
        await page.Locator("#Input_Title").FillAsync("EV drivetrain parts plant");
        await page.Locator("#Input_Source").SelectOptionAsync("Roadshow");
        await page.Locator("#Input_Type").SelectOptionAsync("Greenfield");
        await page.Locator("#Input_ResponsibleOfficer").FillAsync("Investment team Kim");
        await page.Locator("form:has(#Input_Title) button[type=submit]").ClickAsync();
        await Expect(page.Locator("h1")).ToContainTextAsync("EV drivetrain parts plant");

        await page.Locator("summary", new() { HasText = "Record an incentive" }).ClickAsync();
        await page.Locator("#inc-type").SelectOptionAsync("EmploymentSubsidy");
        await page.Locator("#inc-amount").FillAsync("250000000");
        await page.Locator("#inc-basis").FillAsync("Foreign Investment Promotion Act art. 14-2");
        await page.Locator("#inc-cond-0").FillAsync("Hire 60 people");
        await page.Locator("#inc-due-0").FillAsync("2026-12-31");
        await page.Locator("form:has(#inc-type) button[type=submit]").ClickAsync();
        await Expect(page.GetByRole(AriaRole.Status)).ToContainTextAsync("The incentive was recorded.");
        var incentive = page.GetByTestId("inv-incentive");
        await Expect(incentive).ToContainTextAsync("Hire 60 people");
        await Expect(incentive.GetByTestId("inv-compliance")).ToHaveTextAsync("Pending");

        await incentive.Locator("select[name='check.Status']").SelectOptionAsync("Met");
        await incentive.Locator("form:has(select[name='check.Status']) button[type=submit]").ClickAsync();
        await Expect(page.GetByRole(AriaRole.Status)).ToContainTextAsync("The compliance check was recorded.");
        await Expect(page.GetByTestId("inv-incentive").GetByTestId("inv-compliance")).ToHaveTextAsync("Met");
    }

    [Theory]
    [InlineData("ko")]
    [InlineData("en")]
    public async Task FormPages_Axe_HaveNoSeriousOrCriticalViolations(string culture)
    {
        await using var session = await app.NewSessionAsync();
        var page = await session.NewPageAsync();
        await StaffUi.SignInAsync(page, "ansan.investment");
        await page.GotoAsync("/Investments");
        if (culture != "ko")
        {
            await StaffUi.SwitchLanguageAsync(page, culture);
        }

        var projectHref = (await page.Locator(".inv-card a").First.GetAttributeAsync("href")).ShouldNotBeNull();
        var projectId = projectHref[(projectHref.LastIndexOf('/') + 1)..];
        await page.GotoAsync(projectHref);
        var companyHref = await page.Locator("a[href^='/Investments/Company/']").First.GetAttributeAsync("href");
        var failures = new List<string>();
        foreach (var path in new[] { "/Investments/Company", companyHref!, "/Investments/ProjectForm", $"/Investments/ProjectForm/{projectId}" })
        {
            await page.GotoAsync(path);
            await Expect(page.Locator("h1")).ToBeVisibleAsync();
            var result = await page.RunAxe();
            var blocking = result.Violations.Where(v => BlockingImpacts.Contains(v.Impact)).ToList();
            if (blocking.Count > 0)
            {
                failures.Add(Describe(page.Url, blocking));
            }
        }

        failures.ShouldBeEmpty();
    }

    private static string Describe(string url, IEnumerable<AxeResultItem> violations) =>
        $"axe violations on {url}:" + Environment.NewLine + string.Join(Environment.NewLine, violations.SelectMany(v =>
            v.Nodes.Select(n => $"  {v.Id} ({v.Impact}, {v.Help}) at {n.Target}: {string.Join("; ", n.Any.Concat(n.All).Concat(n.None).Select(c => c.Message))} | {n.Html}")));
}
