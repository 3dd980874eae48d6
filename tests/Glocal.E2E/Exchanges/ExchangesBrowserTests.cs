using System.Globalization;
using Deque.AxeCore.Commons;
using Deque.AxeCore.Playwright;
using Glocal.E2E.Infrastructure;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace Glocal.E2E.Exchanges;

/// <summary>An exchange officer's journey through the module, and axe-core over its pages in both languages.</summary>
public sealed class ExchangesBrowserTests(BrowserApp app)
{
    private static readonly string[] BlockingImpacts = ["serious", "critical"];

    private static string Day(DateTime date) => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    private static async Task LogActivityAsync(IPage page, DateTime on, string title, bool substantive)
    {
        await page.Locator("#Activity_OccurredOn").FillAsync(Day(on));
        await page.Locator("#Activity_Kind").SelectOptionAsync(substantive ? "Exchange" : "Greeting");
        await page.Locator("#Activity_Title").FillAsync(title);
        if (substantive)
        {
            await page.Locator("#Activity_Substantive").CheckAsync();
        }

        await page.Locator("form:has(#Activity_Title) button[type=submit]").ClickAsync();
        await Expect(page.GetByTestId("partner-activities")).ToContainTextAsync(title);
    }

    [Fact]
    public async Task Officer_AddsPartnerFromGazetteer_LogsActivities_StatusFollowsSubstantiveOnly_SeesItOnTheMap()
    {
        await using var session = await app.NewSessionAsync();
        var page = await session.NewPageAsync();
        await StaffUi.SignInAsync(page, "ansan.exchange");
        await StaffUi.SwitchLanguageAsync(page, "en");

        await page.GotoAsync("/Exchanges/New");
        await page.Locator("#gq").FillAsync("Kazan");
        await page.Locator("form[role=search] button[type=submit]").ClickAsync();
        var row = page.Locator("tbody tr", new() { HasText = "RU" }).First;
        await Expect(row).ToContainTextAsync("Kazan");
        await row.Locator("button[type=submit]").ClickAsync();

        await Expect(page.Locator("h1")).ToContainTextAsync("Kazan");
        await Expect(page.GetByTestId("partner-status")).ToHaveTextAsync("Never active");

        var today = TimeProvider.System.GetUtcNow().UtcDateTime.AddHours(9).Date; // the app under test runs on the system clock
        await LogActivityAsync(page, today.AddYears(-2), "Joint robotics workshop", substantive: true);
        await Expect(page.GetByTestId("partner-status")).ToHaveTextAsync("Dormant");

        await LogActivityAsync(page, today, "New-Year greeting video", substantive: false);
        await Expect(page.GetByTestId("partner-status")).ToHaveTextAsync("Dormant");

        await LogActivityAsync(page, today, "Student delegation visit", substantive: true);
        await Expect(page.GetByTestId("partner-status")).ToHaveTextAsync("Active");

        await page.GotoAsync("/Exchanges/Map");
        var dot = page.Locator("[data-testid=partner-map] circle[data-name='Kazan']");
        await Expect(dot).ToHaveAttributeAsync("data-status", "Active");
        await Expect(page.Locator("table", new() { HasText = "Kazan" })).ToContainTextAsync("Active");
    }

    public static TheoryData<string, string> Pages() => new()
    {
        { "/Exchanges", "ko" }, { "/Exchanges", "en" },
        { "/Exchanges/Map", "ko" }, { "/Exchanges/Map", "en" },
        { "/Exchanges/Activities", "ko" }, { "/Exchanges/Activities", "en" },
        { "/Exchanges/New?q=Anshan", "ko" }, { "/Exchanges/New?q=Anshan", "en" },
        { "/Exchanges/Import", "ko" }, { "/Exchanges/Import", "en" },
        { "partner:Anshan", "ko" }, { "partner:Anshan", "en" },
    };

    [Theory]
    [MemberData(nameof(Pages))]
    public async Task ModulePage_Axe_HasNoSeriousOrCriticalViolations(string path, string culture)
    {
        await using var session = await app.NewSessionAsync();
        var page = await session.NewPageAsync();
        await StaffUi.SignInAsync(page, "ansan.exchange");
        await Expect(page.Locator("h1")).ToBeVisibleAsync();
        if (culture != "ko")
        {
            await StaffUi.SwitchLanguageAsync(page, culture);
        }

        if (path.StartsWith("partner:", StringComparison.Ordinal))
        {
            await page.GotoAsync("/Exchanges?q=" + path["partner:".Length..]);
            await page.Locator("table a", new() { HasText = culture == "ko" ? "안산시" : "Anshan" }).First.ClickAsync();
            await Expect(page.GetByTestId("partner-status")).ToBeVisibleAsync();
        }
        else
        {
            await page.GotoAsync(path);
        }

        await Expect(page.Locator("h1")).ToBeVisibleAsync();
        var result = await page.RunAxe();
        var blocking = result.Violations.Where(v => BlockingImpacts.Contains(v.Impact)).ToList();
        blocking.ShouldBeEmpty(Describe(page.Url, blocking));
    }

    private static string Describe(string url, IEnumerable<AxeResultItem> violations) =>
        $"axe violations on {url}:" + Environment.NewLine + string.Join(Environment.NewLine, violations.SelectMany(v =>
            v.Nodes.Select(n => $"  {v.Id} ({v.Impact}, {v.Help}) at {n.Target}: {string.Join("; ", n.Any.Concat(n.All).Concat(n.None).Select(c => c.Message))} | {n.Html}")));
}
