using Deque.AxeCore.Commons;
using Deque.AxeCore.Playwright;
using Glocal.E2E.Infrastructure;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace Glocal.E2E.Exchanges;

/// <summary>The programme and partner forms in a real browser: budget lines, an edit, a stale edit's message, axe-core on each form.</summary>
public sealed class ExchangeFormsBrowserTests(BrowserApp app)
{
    private static readonly string[] BlockingImpacts = ["serious", "critical"];

    private static async Task OpenPartnerAsync(IPage page, string nameEn)
    {
        await page.GotoAsync("/Exchanges?q=" + nameEn);
        await page.Locator("table a[href^='/Exchanges/Partner/']").First.ClickAsync();
        await Expect(page.GetByTestId("partner-status")).ToBeVisibleAsync();
    }

    [Fact]
    public async Task Officer_CreatesAProgrammeWithBudgetLines()
    {
        await using var session = await app.NewSessionAsync();
        var page = await session.NewPageAsync();
        await StaffUi.SignInAsync(page, "ansan.exchange");
        await StaffUi.SwitchLanguageAsync(page, "en");
        await OpenPartnerAsync(page, "Leshan");

        await page.GetByRole(AriaRole.Link, new() { Name = "Add a programme" }).ClickAsync();
        await Expect(page.Locator("h1")).ToHaveTextAsync("Add a programme");
        await page.Locator("#Input_Name").FillAsync("Panda-town youth art exchange");
        await page.Locator("#Input_Field").SelectOptionAsync("Youth");
        await page.Locator("#Input_Format").SelectOptionAsync("StudentYouthExchange");
        await page.Locator("#Input_Recurrence").SelectOptionAsync("MultiYear");
        await page.Locator("#Input_StartYear").FillAsync("2025");
        await page.Locator("#Input_EndYear").FillAsync("2026");
        await page.Locator("#b-year-0").FillAsync("2025");
        await page.Locator("#b-source-0").SelectOptionAsync("City");
        await page.Locator("#b-planned-0").FillAsync("24000000");
        await page.Locator("#b-executed-0").FillAsync("21500000");
        await page.Locator("#b-year-1").FillAsync("2025");
        await page.Locator("#b-source-1").SelectOptionAsync("Provincial");
        await page.Locator("#b-planned-1").FillAsync("6000000");
        await page.Locator("form:has(#Input_Name) button[type=submit]").ClickAsync();

        await Expect(page.GetByRole(AriaRole.Status)).ToContainTextAsync("The programme was saved.");
        var row = page.GetByTestId("partner-programmes").Locator("tr", new() { HasText = "Panda-town youth art exchange" });
        await Expect(row).ToContainTextAsync("30,000,000");
        await Expect(row).ToContainTextAsync("21,500,000");

        // The edit form shows both lines back (by year, then national, provincial, city), with spare rows.
        await row.GetByRole(AriaRole.Link).ClickAsync();
        await Expect(page.Locator("#b-source-0")).ToHaveValueAsync("Provincial");
        await Expect(page.Locator("#b-planned-1")).ToHaveValueAsync("24000000");
        await Expect(page.Locator("#b-executed-1")).ToHaveValueAsync("21500000");
        await Expect(page.Locator("#b-year-2")).ToHaveValueAsync("");
    }

    [Fact]
    public async Task Officer_EditsAPartner_AndAStaleFormShowsTheConflict()
    {
        await using var session = await app.NewSessionAsync();
        var first = await session.NewPageAsync();
        await StaffUi.SignInAsync(first, "ansan.exchange");
        await StaffUi.SwitchLanguageAsync(first, "en");
        await OpenPartnerAsync(first, "Hunchun");
        await first.GetByRole(AriaRole.Link, new() { Name = "Edit partner" }).ClickAsync();
        await Expect(first.Locator("h1")).ToContainTextAsync("Edit partner");

        // A colleague (same rights, another tab) opens the same form and saves first.
        var second = await session.NewPageAsync();
        await second.GotoAsync(first.Url);
        await second.Locator("#Input_Notes").FillAsync("Tumen River trade corridor; border city with Russia and North Korea.");
        await second.Locator("form:has(#Input_Notes) button[type=submit]").ClickAsync();
        await Expect(second.GetByRole(AriaRole.Status)).ToContainTextAsync("The partner was saved.");

        await first.Locator("#Input_Population").FillAsync("220000");
        await first.Locator("form:has(#Input_Notes) button[type=submit]").ClickAsync();
        await Expect(first.GetByTestId("form-errors")).ToContainTextAsync("Someone else changed this record");

        // Reloading gives the colleague's version, and the edit then goes through.
        await first.GotoAsync(first.Url);
        await Expect(first.Locator("#Input_Notes")).ToHaveValueAsync("Tumen River trade corridor; border city with Russia and North Korea.");
        await first.Locator("#Input_Population").FillAsync("220000");
        await first.Locator("form:has(#Input_Notes) button[type=submit]").ClickAsync();
        await Expect(first.GetByRole(AriaRole.Status)).ToContainTextAsync("The partner was saved.");
        await Expect(first.Locator("h1 + p.note")).ToContainTextAsync("220,000");
    }

    [Theory]
    [InlineData("ko")]
    [InlineData("en")]
    public async Task FormPages_Axe_HaveNoSeriousOrCriticalViolations(string culture)
    {
        await using var session = await app.NewSessionAsync();
        var page = await session.NewPageAsync();
        await StaffUi.SignInAsync(page, "ansan.exchange");
        await Expect(page.Locator("h1")).ToBeVisibleAsync();
        if (culture != "ko")
        {
            await StaffUi.SwitchLanguageAsync(page, culture);
        }

        await OpenPartnerAsync(page, "Anshan");
        var partnerUrl = page.Url;
        var partnerId = partnerUrl[(partnerUrl.LastIndexOf('/') + 1)..];
        var delegationHref = await page.Locator("a[href^='/Exchanges/Delegation/']").First.GetAttributeAsync("href");
        var programmeHref = await page.Locator("a[href^='/Exchanges/Programme/']").First.GetAttributeAsync("href");
        var failures = new List<string>();
        foreach (var path in new[] { "/Exchanges/Delegations", partnerUrl, $"/Exchanges/EditPartner/{partnerId}", $"/Exchanges/Programme?partner={partnerId}", programmeHref!, delegationHref! })
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
