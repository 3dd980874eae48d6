using System.Net;
using System.Text.RegularExpressions;
using Glocal.Web.Tests.Infrastructure;

namespace Glocal.Web.Tests.Benchmark;

/// <summary>The benchmark pages, rendered by the server from the demo index (226 local governments).</summary>
[Collection(AppCollection.Name)]
public partial class BenchmarkPagesTests(GlocalAppFactory app)
{
    private static string Text(string html) => WebUtility.HtmlDecode(html);

    private static List<string> RowCodes(string html) => [.. RowCode().Matches(html).Select(m => m.Groups[1].Value)];

    [Fact]
    public async Task Ranking_Default_ShowsFirstPageWithIntervalsAndSyntheticLabels()
    {
        var viewer = await app.SignedInClientAsync("ansan.viewer");
        var html = Text(await viewer.GetStringAsync("/Benchmark"));
        RowCodes(html).Count.ShouldBe(25);
        html.ShouldContain("data-testid=\"bm-synthetic-notice\"");
        html.ShouldContain("data-testid=\"bm-synthetic\"");
        html.ShouldContain("1 / 10 쪽 (총 226건)");
        Interval().IsMatch(html).ShouldBeTrue("each rank shows its 5–95% interval");
        html.ShouldNotContain("/api/v1/benchmark/index/export", customMessage: "a viewer has no benchmark.export, so no export links");

        var planner = Text(await (await app.SignedInClientAsync("ansan.planner")).GetStringAsync("/Benchmark"));
        planner.ShouldContain("/api/v1/benchmark/index/export?format=xlsx");
    }

    [Fact]
    public async Task Ranking_SearchPeerProvinceAndSort_FilterTheTable()
    {
        var viewer = await app.SignedInClientAsync("ansan.viewer");
        var found = Text(await viewer.GetStringAsync("/Benchmark?q=" + Uri.EscapeDataString("안산")));
        RowCodes(found).ShouldBe(["41270"]);

        var province = Text(await viewer.GetStringAsync("/Benchmark?province=" + Uri.EscapeDataString("제주특별자치도") + "&pageSize=200"));
        RowCodes(province).ShouldBeEmpty("Jeju has no local governments of its own");
        found.ShouldContain("data-testid=\"bm-ranking\"");

        var gyeonggi = Text(await viewer.GetStringAsync("/Benchmark?province=" + Uri.EscapeDataString("경기도")));
        RowCodes(gyeonggi).ShouldAllBe(c => c.StartsWith("41", StringComparison.Ordinal));

        var byName = RowCodes(Text(await viewer.GetStringAsync("/Benchmark?sort=name")));
        var byNameDesc = RowCodes(Text(await viewer.GetStringAsync("/Benchmark?sort=-name")));
        byName.ShouldNotBe(byNameDesc);

        var none = Text(await viewer.GetStringAsync("/Benchmark?q=zzzz-nothing"));
        none.ShouldContain("data-testid=\"bm-empty\"");
    }

    [Fact]
    public async Task Ranking_PillarFilter_RanksByThatPillar()
    {
        var viewer = await app.SignedInClientAsync("ansan.viewer");
        var html = Text(await viewer.GetStringAsync("/Benchmark?pillar=inclusion"));
        var ranks = PillarRank().Matches(html).Select(m => int.Parse(m.Groups[1].Value, System.Globalization.CultureInfo.InvariantCulture)).ToList();
        ranks.Count.ShouldBe(25);
        ranks.ShouldBe(Enumerable.Range(1, 25).ToList());
    }

    [Fact]
    public async Task Profile_Ansan_ShowsRanksChartsWithTablesAndPeers()
    {
        var viewer = await app.SignedInClientAsync("ansan.viewer");
        var html = Text(await viewer.GetStringAsync("/Benchmark/Unit/41270"));
        html.ShouldContain("data-testid=\"bm-rank\"");
        html.ShouldContain("data-testid=\"bm-peer-rank\"");
        foreach (var chart in new[] { "bm-pillar-chart", "bm-trend-chart", "bm-peer-chart" })
        {
            Regex.IsMatch(html, $"<svg[^>]*role=\"img\"[^>]*aria-labelledby=\"[^\"]+\"[^>]*data-testid=\"{chart}\"").ShouldBeTrue(chart);
        }

        html.ShouldContain("<title id=\"bm-trend-title\">");
        html.ShouldContain("<desc id=\"bm-trend-desc\">");
        html.ShouldContain("data-testid=\"bm-trend-table\"");
        html.ShouldContain("data-testid=\"bm-peer-table\"");
        html.ShouldContain("data-testid=\"bm-strengths\"");
        html.ShouldContain("data-testid=\"bm-weaknesses\"");
        html.ShouldContain("data-testid=\"bm-balance\"");
        foreach (var year in new[] { "2022", "2023", "2024" })
        {
            html.ShouldContain($"<th scope=\"row\">{year}</th>");
        }

        (await viewer.GetAsync("/Benchmark/Unit/99999")).StatusCode.ShouldBe(HttpStatusCode.NotFound);
    }

    [Fact]
    public async Task Profile_English_SaysItInEnglish()
    {
        var viewer = await app.SignedInClientAsync("ansan.viewer");
        await GlocalAppFactory.PostFormAsync(viewer, "/Culture", new() { ["culture"] = "en", ["returnUrl"] = "/" }, formPage: "/");
        var html = Text(await viewer.GetStringAsync("/Benchmark/Unit/41270"));
        html.ShouldContain("Ansan");
        html.ShouldContain("Rank among peers");
    }

    [Fact]
    public async Task AnsanCase_TellsTheStoryAgainstPeers()
    {
        var viewer = await app.SignedInClientAsync("ansan.viewer");
        var html = Text(await viewer.GetStringAsync("/Benchmark/Ansan"));
        html.ShouldContain("data-testid=\"bm-ansan-summary\"");
        html.ShouldContain("data-testid=\"bm-ansan-strongest\"");
        html.ShouldContain("data-testid=\"bm-ansan-weakest\"");
        html.ShouldContain("상호문화도시");
        html.ShouldContain("data-testid=\"bm-peer-chart\"");
    }

    [Fact]
    public async Task Dashboard_ShowsIndexRankHeadline()
    {
        var planner = await app.SignedInClientAsync("ansan.planner");
        var html = Text(await planner.GetStringAsync("/"));
        Regex.IsMatch(html, "data-testid=\"bm-headline-rank\">226개 중 [0-9]+위<").ShouldBeTrue();

        var counsellor = Text(await (await app.SignedInClientAsync("ansan.counsellor")).GetStringAsync("/"));
        counsellor.ShouldNotContain("bm-headline-rank", customMessage: "a counsellor has no benchmark.read");
    }

    [Fact]
    public async Task Definition_ShowsTheVersionInForce()
    {
        var viewer = await app.SignedInClientAsync("ansan.viewer");
        var html = Text(await viewer.GetStringAsync("/Benchmark/Definition"));
        html.ShouldContain("data-testid=\"bm-definition-version\"");
        html.ShouldContain("mois.foreign_residents");
    }

    [Fact]
    public async Task DefinitionPage_PlannerProposes_ViewerOnlyReads()
    {
        var planner = await app.SignedInClientAsync("ansan.planner");
        var page = Text(await planner.GetStringAsync("/Benchmark/Definition"));
        page.ShouldContain("id=\"bm-json\"");
        var draft = Regex.Match(page, "<textarea id=\"bm-json\"[^>]*>([^<]*)</textarea>").Groups[1].Value;
        draft.ShouldContain("\"version\"");

        var broken = await GlocalAppFactory.PostFormAsync(planner, "/Benchmark/Definition?handler=Propose",
            new() { ["ProposalJson"] = "{ not json", ["Note"] = "x" }, "/Benchmark/Definition");
        broken.StatusCode.ShouldBe(HttpStatusCode.OK);
        Text(await broken.Content.ReadAsStringAsync()).ShouldContain("index_definition_invalid");

        var version = System.Text.Json.Nodes.JsonNode.Parse(draft)!["version"]!.GetValue<string>();
        var proposed = await GlocalAppFactory.PostFormAsync(planner, "/Benchmark/Definition?handler=Propose",
            new() { ["ProposalJson"] = draft, ["Note"] = "page proposal" }, "/Benchmark/Definition");
        proposed.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        var after = Text(await planner.GetStringAsync("/Benchmark/Definition"));
        after.ShouldContain($"<tr data-version=\"{version}\">");
        after.ShouldContain("page proposal");

        var approve = await GlocalAppFactory.PostFormAsync(planner, "/Benchmark/Definition?handler=Approve", new() { ["version"] = version }, "/Benchmark/Definition");
        approve.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        approve.Headers.Location!.AbsolutePath.ShouldBe("/Status", "a planner lacks benchmark.approve");

        var viewer = Text(await (await app.SignedInClientAsync("ansan.viewer")).GetStringAsync("/Benchmark/Definition"));
        viewer.ShouldNotContain("id=\"bm-json\"");
        viewer.ShouldContain($"<tr data-version=\"{version}\">");
    }

    [Fact]
    public async Task Pages_CounsellorWithoutBenchmarkRead_AreForbidden()
    {
        var counsellor = await app.SignedInClientAsync("ansan.counsellor");
        foreach (var path in new[] { "/Benchmark", "/Benchmark/Unit/41270", "/Benchmark/Ansan", "/Benchmark/Definition" })
        {
            var response = await counsellor.GetAsync(path);
            response.StatusCode.ShouldBe(HttpStatusCode.Redirect, path);
            response.Headers.Location!.AbsolutePath.ShouldBe("/Status", path);
        }
    }

    [GeneratedRegex("<tr data-code=\"([0-9]{5})\">")]
    private static partial Regex RowCode();

    [GeneratedRegex("<span class=\"bm-interval\"[^>]*>\\([0-9]+–[0-9]+\\)</span>")]
    private static partial Regex Interval();

    [GeneratedRegex("<span data-testid=\"bm-pillar-rank\">([0-9]+)</span>")]
    private static partial Regex PillarRank();
}
