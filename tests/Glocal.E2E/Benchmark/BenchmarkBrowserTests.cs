using Deque.AxeCore.Commons;
using Deque.AxeCore.Playwright;
using Glocal.E2E.Infrastructure;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace Glocal.E2E.Benchmark;

/// <summary>The benchmark in a real browser: the ranking's sort, filters and search, a profile, and axe-core over every page.</summary>
public sealed class BenchmarkBrowserTests(BrowserApp app)
{
    private static async Task<IPage> SignedInAsync(IBrowserContext session, string user = "ansan.planner")
    {
        var page = await session.NewPageAsync();
        await StaffUi.SignInAsync(page, user);
        await Expect(page.Locator("h1")).ToBeVisibleAsync();
        return page;
    }

    private static ILocator Rows(IPage page) => page.Locator("table[data-testid=bm-ranking] tbody tr");

    [Fact]
    public async Task Ranking_SortFilterAndSearch_ChangeTheTable()
    {
        await using var session = await app.NewSessionAsync();
        var page = await SignedInAsync(session);
        await page.GotoAsync("/Benchmark");
        await Expect(Rows(page)).ToHaveCountAsync(25);
        await Expect(page.GetByTestId("bm-synthetic-notice")).ToBeVisibleAsync();
        await Expect(Rows(page).First.Locator(".bm-rank strong")).ToHaveTextAsync("1");

        // Sorting by rank again reverses it: the last-ranked government comes first.
        await page.Locator("th a", new() { HasText = "순위" }).First.ClickAsync();
        await Expect(Rows(page).First.Locator(".bm-rank strong")).ToHaveTextAsync("226");
        await Expect(page.Locator("th[aria-sort=descending]")).ToHaveCountAsync(1);

        // Search.
        await page.Locator("#bm-q").FillAsync("안산");
        await page.Locator("form.filters button[type=submit]").ClickAsync();
        await Expect(Rows(page)).ToHaveCountAsync(1);
        await Expect(Rows(page).First).ToContainTextAsync("안산시");

        // Province filter: only Gyeonggi's governments.
        await page.Locator("#bm-q").FillAsync("");
        await page.Locator("#bm-province").SelectOptionAsync("경기도");
        await page.Locator("form.filters button[type=submit]").ClickAsync();
        foreach (var code in await Rows(page).EvaluateAllAsync<string[]>("rows => rows.map(r => r.dataset.code)"))
        {
            code.ShouldStartWith("41");
        }

        // Peer-group filter narrows further; the pillar filter ranks by that pillar.
        await page.Locator("#bm-province").SelectOptionAsync("");
        var peerGroup = await page.Locator("#bm-peer option").Nth(1).GetAttributeAsync("value");
        await page.Locator("#bm-peer").SelectOptionAsync(peerGroup!);
        await page.Locator("#bm-pillar").SelectOptionAsync("inclusion");
        await page.Locator("form.filters button[type=submit]").ClickAsync();
        await Expect(page.GetByTestId("bm-pillar-rank").First).ToBeVisibleAsync();
        foreach (var cell in await Rows(page).Locator("td:nth-child(3)").AllInnerTextsAsync())
        {
            cell.ShouldStartWith(peerGroup!);
        }
    }

    [Fact]
    public async Task Profile_FromTheRanking_ShowsRanksChartsAndPeers()
    {
        await using var session = await app.NewSessionAsync();
        var page = await SignedInAsync(session, "ansan.viewer");
        await page.GotoAsync("/Benchmark?q=" + Uri.EscapeDataString("안산"));
        await page.GetByRole(AriaRole.Link, new() { Name = "안산시", Exact = true }).ClickAsync();
        await Expect(page.Locator("h1")).ToContainTextAsync("안산시");
        await Expect(page.GetByTestId("bm-rank")).ToContainTextAsync("226개 중");
        await Expect(page.GetByTestId("bm-peer-chart")).ToBeVisibleAsync();
        await Expect(page.GetByTestId("bm-trend-table").Locator("tbody tr")).ToHaveCountAsync(3);
        await Expect(page.GetByTestId("bm-strengths").Locator("li")).ToHaveCountAsync(3);

        // A peer's profile is one click away.
        var peerLink = page.GetByTestId("bm-peer-table").Locator("tbody a").First;
        var peerName = await peerLink.InnerTextAsync();
        await peerLink.ClickAsync();
        await Expect(page.Locator("h1")).ToContainTextAsync(peerName);
    }

    [Theory]
    [InlineData("ko")]
    [InlineData("en")]
    public async Task Pages_Axe_HaveNoViolations(string culture)
    {
        await using var session = await app.NewSessionAsync();
        var page = await SignedInAsync(session);
        if (culture != "ko")
        {
            await StaffUi.SwitchLanguageAsync(page, culture);
        }

        var failures = new List<string>();
        foreach (var path in new[] { "/Benchmark", "/Benchmark?pillar=exchange&sort=-name", "/Benchmark?tier=province", "/Benchmark/Unit/41270", "/Benchmark/Ansan", "/Benchmark/Definition", "/" })
        {
            await page.GotoAsync(path);
            await Expect(page.Locator("h1")).ToBeVisibleAsync();
            var result = await page.RunAxe();
            if (result.Violations.Length > 0)
            {
                failures.Add(Describe(page.Url, result.Violations));
            }
        }

        failures.ShouldBeEmpty();
    }

    private static string Describe(string url, IEnumerable<AxeResultItem> violations) =>
        $"axe violations on {url}:" + Environment.NewLine + string.Join(Environment.NewLine, violations.SelectMany(v =>
            v.Nodes.Take(3).Select(n => $"  {v.Id} ({v.Impact}, {v.Help}) at {n.Target}: {string.Join("; ", n.Any.Concat(n.All).Concat(n.None).Select(c => c.Message))} | {n.Html}")));
}
