using Deque.AxeCore.Commons;
using Deque.AxeCore.Playwright;
using Glocal.E2E.Infrastructure;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace Glocal.E2E.Residents;

/// <summary>axe-core on every public portal page, in each of the twelve portal languages.</summary>
public sealed class PortalAccessibilityTests(BrowserApp app)
{
    private static readonly string[] BlockingImpacts = ["serious", "critical"];

    public static TheoryData<string> Languages() => ["ko", "en", "zh-Hans", "vi", "th", "uz", "ru", "id", "fil", "ne", "km", "mn"];

    [Theory]
    [MemberData(nameof(Languages))]
    public async Task EveryPortalPage_Axe_HasNoSeriousOrCriticalViolations(string language)
    {
        await using var session = await app.NewSessionAsync();
        var page = await session.NewPageAsync();
        var failures = new List<string>();

        await page.GotoAsync($"/portal/41270?lang={language}");
        await Expect(page.Locator("html")).ToHaveAttributeAsync("lang", language);
        await CheckAsync(page, failures);

        await page.GotoAsync("/portal/41270/services");
        await Expect(page.Locator(".res-portal-services li").First).ToBeVisibleAsync();
        await CheckAsync(page, failures);

        await page.GotoAsync("/portal/41270/notices");
        await CheckAsync(page, failures);
        await page.Locator(".res-portal-list a").First.ClickAsync();
        await Expect(page.Locator("article h1")).ToBeVisibleAsync();
        await CheckAsync(page, failures);

        await page.GotoAsync("/portal/41270/request");
        await CheckAsync(page, failures);
        await page.GotoAsync("/portal/41270/request/sent?ref=R-ABCDEFGH");
        await Expect(page.GetByTestId("reference")).ToHaveTextAsync("R-ABCDEFGH");
        await CheckAsync(page, failures);

        await Expect(page.Locator("html")).ToHaveAttributeAsync("lang", language);
        failures.ShouldBeEmpty();
    }

    private static async Task CheckAsync(IPage page, List<string> failures)
    {
        var result = await page.RunAxe();
        failures.AddRange(result.Violations.Where(v => BlockingImpacts.Contains(v.Impact)).SelectMany(v => v.Nodes.Select(n =>
            $"{page.Url}: {v.Id} ({v.Impact}, {v.Help}) at {n.Target}: {string.Join("; ", n.Any.Concat(n.All).Concat(n.None).Select(c => c.Message))}")));
    }
}
