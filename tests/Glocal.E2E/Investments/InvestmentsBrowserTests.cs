using Deque.AxeCore.Commons;
using Deque.AxeCore.Playwright;
using Glocal.Core.Investments;
using Glocal.E2E.Infrastructure;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace Glocal.E2E.Investments;

/// <summary>The investment officer's journey in a real browser, and axe-core over every page of the module.</summary>
public sealed class InvestmentsBrowserTests(BrowserApp app)
{
    private static readonly string[] BlockingImpacts = ["serious", "critical"];

    [Fact]
    public async Task Project_FromMouToArrived_RealisationRateChanges()
    {
        await using var session = await app.NewSessionAsync();
        var page = await session.NewPageAsync();
        await StaffUi.SignInAsync(page, "ansan.investment");
        await page.GotoAsync("/Investments");
        var pipelineBefore = await page.GetByTestId("inv-realisation").InnerTextAsync();

        await page.GetByRole(AriaRole.Link, new() { Name = InvestmentsDemoSeeder.MouStageProjectTitle, Exact = true }).ClickAsync();
        await Expect(page.GetByTestId("inv-stage")).ToContainTextAsync("MOU 체결");
        await Expect(page.GetByTestId("inv-project-realisation")).ToHaveTextAsync("0.0%");

        // Money arrives: 5 bn of the 20 bn pledged.
        await page.Locator("summary", new() { HasText = "투자금 흐름 기록" }).ClickAsync();
        await page.Locator("#tr-amount").FillAsync("5,000,000,000");
        await page.Locator("#tr-grade").SelectOptionAsync("Arrived");
        await page.Locator("#tr-source").FillAsync("외국환은행 투자금 도착 확인서");
        await page.Locator("form:has(#tr-amount) button[type=submit]").ClickAsync();
        await Expect(page.GetByRole(AriaRole.Status)).ToContainTextAsync("투자금 흐름을 기록했습니다");
        await Expect(page.GetByTestId("inv-project-realisation")).ToHaveTextAsync("25.0%");

        // The stage follows the money: MOU → Notified → Arrived, each change in the timeline with who made it.
        await page.Locator("#stage-stage").SelectOptionAsync("Notified");
        await page.Locator("form:has(#stage-stage) button[type=submit]").ClickAsync();
        await Expect(page.GetByTestId("inv-stage")).ToContainTextAsync("투자 신고");
        await page.Locator("#stage-stage").SelectOptionAsync("Arrived");
        await page.Locator("form:has(#stage-stage) button[type=submit]").ClickAsync();
        await Expect(page.GetByTestId("inv-stage")).ToContainTextAsync("투자 도착");
        await Expect(page.Locator(".inv-history li").Last).ToContainTextAsync("ansan.investment");

        await page.GotoAsync("/Investments");
        await Expect(page.GetByTestId("inv-realisation")).Not.ToHaveTextAsync(pipelineBefore);
    }

    [Fact]
    public async Task ConfidentialProject_Viewer_SeesOnlyACount()
    {
        await using var session = await app.NewSessionAsync();
        var page = await session.NewPageAsync();
        await StaffUi.SignInAsync(page, "ansan.viewer");
        await page.GotoAsync("/Investments");
        await Expect(page.GetByTestId("inv-hidden")).ToBeVisibleAsync();
        await Expect(page.Locator("main")).Not.ToContainTextAsync(InvestmentsDemoSeeder.ConfidentialCodeName);
    }

    [Theory]
    [InlineData("ko")]
    [InlineData("en")]
    public async Task ModulePages_Axe_HaveNoSeriousOrCriticalViolations(string culture)
    {
        await using var session = await app.NewSessionAsync();
        var page = await session.NewPageAsync();
        await StaffUi.SignInAsync(page, "ansan.investment");
        await page.GotoAsync("/Investments");
        if (culture != "ko")
        {
            await StaffUi.SwitchLanguageAsync(page, culture);
        }

        var failures = new List<string>();
        await CheckAsync(page, "/Investments", failures);
        var projectHref = await page.Locator(".inv-card a").First.GetAttributeAsync("href");
        foreach (var path in new[] { "/Investments/Projects", "/Investments/Companies", "/Investments/Import", projectHref!, "/" })
        {
            await CheckAsync(page, path, failures);
        }

        // The project page with every form opened.
        await page.GotoAsync(projectHref!);
        foreach (var summary in await page.Locator("details > summary").AllAsync())
        {
            await summary.ClickAsync();
        }

        await CheckAsync(page, null, failures);
        failures.ShouldBeEmpty();
    }

    private static async Task CheckAsync(IPage page, string? path, List<string> failures)
    {
        if (path is not null)
        {
            await page.GotoAsync(path);
        }

        await Expect(page.Locator("h1")).ToBeVisibleAsync();
        var result = await page.RunAxe();
        var blocking = result.Violations.Where(v => BlockingImpacts.Contains(v.Impact)).ToList();
        if (blocking.Count > 0)
        {
            failures.Add(Describe(page.Url, blocking));
        }
    }

    private static string Describe(string url, IEnumerable<AxeResultItem> violations) =>
        $"axe violations on {url}:" + Environment.NewLine + string.Join(Environment.NewLine, violations.SelectMany(v =>
            v.Nodes.Select(n => $"  {v.Id} ({v.Impact}, {v.Help}) at {n.Target}: {string.Join("; ", n.Any.Concat(n.All).Concat(n.None).Select(c => c.Message))} | {n.Html}")));
}
