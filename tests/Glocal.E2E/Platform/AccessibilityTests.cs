using Deque.AxeCore.Commons;
using Deque.AxeCore.Playwright;
using Glocal.E2E.Infrastructure;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace Glocal.E2E.Platform;

/// <summary>axe-core over the pages every member of staff sees, in both languages.</summary>
public sealed class AccessibilityTests(BrowserApp app)
{
    private static readonly string[] BlockingImpacts = ["serious", "critical"];

    [Theory]
    [InlineData("ko")]
    [InlineData("en")]
    public async Task SignInPage_Axe_HasNoSeriousOrCriticalViolations(string culture)
    {
        await using var session = await app.NewSessionAsync();
        var page = await session.NewPageAsync();
        await page.GotoAsync("/Account/Login");
        if (culture != "ko")
        {
            await StaffUi.SwitchLanguageAsync(page, culture);
        }

        await Expect(page.Locator("#Input_UserName")).ToBeVisibleAsync();

        await AssertNoBlockingViolationsAsync(page);
    }

    [Theory]
    [InlineData("ko")]
    [InlineData("en")]
    public async Task Dashboard_Axe_HasNoSeriousOrCriticalViolations(string culture)
    {
        await using var session = await app.NewSessionAsync();
        var page = await session.NewPageAsync();
        await StaffUi.SignInAsync(page, "ansan.planner");
        await Expect(page.GetByTestId("foreign-residents")).ToBeVisibleAsync();
        if (culture != "ko")
        {
            await StaffUi.SwitchLanguageAsync(page, culture);
        }

        await Expect(page.GetByTestId("foreign-residents")).ToBeVisibleAsync();

        await AssertNoBlockingViolationsAsync(page);
    }

    private static async Task AssertNoBlockingViolationsAsync(IPage page)
    {
        var result = await page.RunAxe();

        var blocking = result.Violations.Where(v => BlockingImpacts.Contains(v.Impact)).ToList();
        blocking.ShouldBeEmpty(Describe(page.Url, blocking));
    }

    private static string Describe(string url, IEnumerable<AxeResultItem> violations) =>
        $"axe violations on {url}:" + Environment.NewLine + string.Join(Environment.NewLine, violations.SelectMany(v =>
            v.Nodes.Select(n => $"  {v.Id} ({v.Impact}, {v.Help}) at {n.Target}: {string.Join("; ", n.Any.Concat(n.All).Concat(n.None).Select(c => c.Message))} | {n.Html}")));
}
