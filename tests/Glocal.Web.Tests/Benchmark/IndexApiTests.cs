using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using Glocal.Core.Benchmark.Index;
using Glocal.Core.Data;
using Glocal.Core.Shared.Tabular;
using Glocal.Core.Tenancy;
using Glocal.Web.Api.Benchmark;
using Glocal.Web.Tests.Infrastructure;
using Microsoft.Extensions.DependencyInjection;

namespace Glocal.Web.Tests.Benchmark;

/// <summary>The index built on the demo data (226 local governments, 17 provinces), through the API.</summary>
[Collection(AppCollection.Name)]
public class IndexApiTests(GlocalAppFactory app)
{
    [Fact]
    public async Task Ranking_LocalTier_Ranks226WithIntervalsAndPeerGroups()
    {
        var client = await app.ApiClientAsync("ansan.viewer");
        var ranking = await (await client.GetAsync("/api/v1/benchmark/index?pageSize=200")).ShouldBeOkAsync<IndexRanking>();
        ranking.Units.ShouldBe(226);
        ranking.Ranking.Total.ShouldBe(226);
        ranking.ContainsSyntheticFigures.ShouldBeTrue();
        ranking.Notice.ShouldContain("not official");
        ranking.Ranking.Items.Select(r => r.Rank).ShouldBeInOrder();
        ranking.Ranking.Items.ShouldAllBe(r => r.RankLow <= r.RankHigh && r.RankLow >= 1 && r.RankHigh <= 226);
        ranking.Ranking.Items.ShouldAllBe(r => r.PeerRank >= 1 && r.PeerRank <= r.PeerCount);
        ranking.Ranking.Items.ShouldAllBe(r => System.Text.RegularExpressions.Regex.IsMatch(r.PeerGroup, "^P[1-4]·F[1-4]$"));
    }

    [Fact]
    public async Task Ranking_SearchAndPeerFilter_FindAnsanAmongItsPeers()
    {
        var client = await app.ApiClientAsync("ansan.viewer");
        var ansan = (await (await client.GetAsync("/api/v1/benchmark/index?search=안산")).ShouldBeOkAsync<IndexRanking>()).Ranking.Items.ShouldHaveSingleItem();
        ansan.Code.ShouldBe("41270");
        ansan.ForeignShare.ShouldBeGreaterThan(0.07, "Ansan's real 108,033 foreign residents put it in the top share band");
        ansan.PeerGroup.ShouldEndWith("F4");

        var peers = await (await client.GetAsync($"/api/v1/benchmark/index?peerGroup={Uri.EscapeDataString(ansan.PeerGroup)}&pageSize=200")).ShouldBeOkAsync<IndexRanking>();
        peers.Ranking.Total.ShouldBe(ansan.PeerCount);
        peers.Ranking.Items.Select(r => r.Code).ShouldContain("41270");

        var profile = await (await client.GetAsync("/api/v1/benchmark/index/units/41270")).ShouldBeOkAsync<ProfileResponse>();
        profile.History.Select(h => h.Year).ShouldBe([2022, 2023, 2024]);
        profile.Indicators.Count.ShouldBe(IndexDefinition.BuiltIn.Indicators.Count);
        profile.Strengths.Count.ShouldBe(3);
        profile.Indicators.Single(i => i.Indicator == "inc_share").ShouldSatisfyAllConditions(i => i.IsSynthetic.ShouldBeFalse(), i => i.IsImputed.ShouldBeTrue());
    }

    [Fact]
    public async Task Ranking_ProvinceTier_Ranks17()
    {
        var client = await app.ApiClientAsync("ansan.viewer");
        var ranking = await (await client.GetAsync("/api/v1/benchmark/index?tier=province")).ShouldBeOkAsync<IndexRanking>();
        ranking.Units.ShouldBe(17);
    }

    [Fact]
    public async Task Build_OnTheDemoData_IsReproducible()
    {
        async Task<IndexBuildOutput> BuildFreshAsync()
        {
            using var scope = app.Services.CreateScope();
            scope.ServiceProvider.GetRequiredService<TenantContext>().ActAsSystem("test");
            var sp = scope.ServiceProvider;
            var service = new IndexService(sp.GetRequiredService<GlocalDbContext>(), sp.GetServices<IBenchmarkIndicatorProvider>(), new IndexResultCache(),
                sp.GetRequiredService<IndexDefinitionStore>(), new HeadlineCache(new DataGeneration(), TimeProvider.System));
            return await service.GetAsync(IndexTiers.Local, CancellationToken.None);
        }

        var first = await BuildFreshAsync();
        var second = await BuildFreshAsync();
        second.Rows.ShouldBe(first.Rows);
        second.Indicators.ShouldBe(first.Indicators);
        first.Fingerprint.ShouldBe(second.Fingerprint);
        first.MissingProviders.ShouldBeEmpty("every provider the definition names is registered");
    }

    [Fact]
    public async Task OpenData_Anonymous_GetsCacheableRankingAnd304WhenUnchanged()
    {
        var anonymous = app.AnonymousClient();
        var response = await anonymous.GetAsync("/api/v1/benchmark/open/index");
        response.StatusCode.ShouldBe(HttpStatusCode.OK);
        response.Headers.ETag.ShouldNotBeNull();
        response.Headers.CacheControl!.Public.ShouldBeTrue();
        (await response.Content.ReadAsStringAsync()).ShouldContain("not official");

        using var again = new HttpRequestMessage(HttpMethod.Get, "/api/v1/benchmark/open/index");
        again.Headers.IfNoneMatch.Add(response.Headers.ETag!);
        (await anonymous.SendAsync(again)).StatusCode.ShouldBe(HttpStatusCode.NotModified);

        using var other = new HttpRequestMessage(HttpMethod.Get, "/api/v1/benchmark/open/index");
        other.Headers.IfNoneMatch.Add(new EntityTagHeaderValue("\"stale\""));
        (await anonymous.SendAsync(other)).StatusCode.ShouldBe(HttpStatusCode.OK);

        (await anonymous.PostAsync("/api/v1/benchmark/open/index", null)).StatusCode.ShouldBe(HttpStatusCode.Unauthorized, "read-only: no anonymous writes");
    }

    [Fact]
    public async Task Export_Xlsx_LabelsSyntheticRows()
    {
        var client = await app.ApiClientAsync("ansan.planner");
        var response = await client.GetAsync("/api/v1/benchmark/index/export?format=xlsx");
        response.StatusCode.ShouldBe(HttpStatusCode.OK);
        var table = TableReader.Read(await response.Content.ReadAsStreamAsync(), "index.xlsx");
        table.Rows.Count.ShouldBe(226);
        table.Columns.ShouldContain("DataStatus");
        table.Rows.ShouldAllBe(r => table.Cell(r, "DataStatus").Contains("synthetic"));

        var json = await client.GetStringAsync("/api/v1/benchmark/index/export?format=json");
        json.ShouldContain("\"dataStatus\"");
    }

    [Fact]
    public async Task Publication_PlannerOptsIn_AndSeesIt()
    {
        var planner = await app.ApiClientAsync("ansan.planner");
        var set = await (await planner.PutAsJsonAsync("/api/v1/benchmark/publications/exc_projects", new SetPublicationRequest(true))).ShouldBeOkAsync<PublicationState>();
        set.Published.ShouldBeTrue();
        var list = await (await planner.GetAsync("/api/v1/benchmark/publications")).ShouldBeOkAsync<List<PublicationState>>();
        list.Single(p => p.Indicator == "exc_projects").Published.ShouldBeTrue();

        var siheung = await (await (await app.ApiClientAsync("siheung.planner")).GetAsync("/api/v1/benchmark/publications")).ShouldBeOkAsync<List<PublicationState>>();
        siheung.Single(p => p.Indicator == "exc_projects").Published.ShouldBeFalse("each municipality decides for itself");

        await (await planner.PutAsJsonAsync("/api/v1/benchmark/publications/inc_share", new SetPublicationRequest(true))).ShouldBeProblemAsync(HttpStatusCode.NotFound, "benchmark_indicator_not_publishable");
    }
}
