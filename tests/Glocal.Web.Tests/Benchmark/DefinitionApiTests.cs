using System.Net;
using System.Text.Json.Nodes;
using Glocal.Core.Benchmark.Index;
using Glocal.Core.Data;
using Glocal.Core.Tenancy;
using Glocal.Web.Api.Benchmark;
using Glocal.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Glocal.Web.Tests.Benchmark;

/// <summary>The index definition as stored, versioned, audited data: validation codes, proposal, four-eyes approval.</summary>
[Collection(AppCollection.Name)]
public class DefinitionApiTests(GlocalAppFactory app)
{
    private const string Base = "/api/v1/benchmark/index/definitions";

    /// <summary>The built-in definition with a new version and one edit applied.</summary>
    private static JsonObject Draft(string version, Action<JsonObject>? edit = null)
    {
        var node = JsonNode.Parse(IndexDefinition.ReadBuiltIn())!.AsObject();
        node["version"] = version;
        edit?.Invoke(node);
        return node;
    }

    private static JsonObject Indicator(JsonObject d, string code) => d["indicators"]!.AsArray().Select(i => i!.AsObject()).Single(i => (string?)i["code"] == code);

    public static TheoryData<string, string, int> BrokenDrafts() => new()
    {
        { "version:20261", "index_definition_version_format", 422 },
        { "series", "index_definition_unknown_series", 422 },
        { "provider", "index_definition_unknown_provider", 422 },
        { "weight", "index_definition_weight", 422 },
        { "direction", "index_definition_direction", 422 },
        { "pillar", "index_definition_pillars", 422 },
        { "years", "index_definition_years", 422 },
        { "bands", "index_definition_peer_bands", 422 },
        { "pipeline", "index_definition_pipeline", 422 },
        { "missing", "index_definition_invalid", 422 },
        { "builtin", "index_definition_version_exists", 409 },
    };

    [Theory]
    [MemberData(nameof(BrokenDrafts))]
    public async Task Propose_BrokenDefinition_IsRefusedWithItsCode(string broken, string code, int status)
    {
        var draft = Draft("2029.40", d =>
        {
            switch (broken)
            {
                case "version:20261": d["version"] = "20261"; break;
                case "series": Indicator(d, "inc_share")["series"] = "nowhere.series"; break;
                case "provider": Indicator(d, "exc_projects")["provider"] = "nobody.provides"; break;
                case "weight": Indicator(d, "inc_share")["weight"] = 0; break;
                case "direction": Indicator(d, "inc_share")["direction"] = 2; break;
                case "pillar": d["pillars"]!.AsArray()[0]!["code"] = "money"; foreach (var i in d["indicators"]!.AsArray().Where(i => (string?)i!["pillar"] == "investment")) { i!["pillar"] = "money"; } break;
                case "years": d["years"] = new JsonArray(2024, 2023); break;
                case "bands": d["peerGroups"]!["foreignShareBands"] = new JsonArray(0.07, 0.02); break;
                case "pipeline": d["pipeline"] = JsonNode.Parse("""{ "steps": [ { "op": "denominate" } ] }"""); break;
                case "missing": d.Remove("indicators"); break;
                case "builtin": d["version"] = IndexDefinition.BuiltIn.Version; break;
            }
        });
        var planner = await app.ApiClientAsync("ansan.planner");
        await (await planner.PostJsonAsync(Base, new { definition = draft, note = "broken on purpose" })).ShouldBeProblemAsync((HttpStatusCode)status, code);
    }

    [Fact]
    public async Task Propose_NotJson_IsInvalid()
    {
        var planner = await app.ApiClientAsync("ansan.planner");
        await (await planner.PostJsonAsync(Base, new { definition = "just a string" })).ShouldBeProblemAsync(HttpStatusCode.UnprocessableEntity, "index_definition_invalid");
    }

    [Fact]
    public async Task Proposal_ApprovedBySomeoneElse_IsInForce_AndAudited()
    {
        var planner = await app.ApiClientAsync("ansan.planner");
        var proposed = await (await planner.PostJsonAsync(Base, new ProposeDefinitionRequest(
            System.Text.Json.JsonSerializer.SerializeToElement(Draft("2027.41", d => Indicator(d, "inc_share")["weight"] = 2)), "Inclusion counts double")))
            .ShouldBeOkAsync<DefinitionVersionSummary>(HttpStatusCode.Created);
        proposed.Status.ShouldBe("proposed");
        proposed.InForce.ShouldBeFalse();
        proposed.ProposedBy.ShouldBe("ansan.planner");
        (await (await planner.GetAsync("/api/v1/benchmark/index/definition")).ShouldBeOkAsync<IndexDefinition>()).Version.ShouldNotBe("2027.41", "a proposal changes nothing");

        await (await planner.PostJsonAsync($"{Base}/2027.41/approve", new DecideDefinitionRequest(null))).ShouldBeProblemAsync(HttpStatusCode.Forbidden, "forbidden");

        var operatorClient = await BenchmarkOperator.ClientAsync(app);
        var approved = await (await operatorClient.PostJsonAsync($"{Base}/2027.41/approve", new DecideDefinitionRequest("Reviewed"))).ShouldBeOkAsync<DefinitionVersionSummary>();
        approved.Status.ShouldBe("approved");
        approved.InForce.ShouldBeTrue();
        approved.DecidedBy.ShouldBe(BenchmarkOperator.UserName);

        var current = await (await planner.GetAsync("/api/v1/benchmark/index/definition")).ShouldBeOkAsync<IndexDefinition>();
        current.Version.ShouldBe("2027.41");
        current.Indicators.Single(i => i.Code == "inc_share").Weight.ShouldBe(2);
        (await (await planner.GetAsync("/api/v1/benchmark/index?pageSize=1")).ShouldBeOkAsync<IndexRanking>()).Version.ShouldBe("2027.41", "the ranking is rebuilt with it");

        var versions = await (await planner.GetAsync(Base)).ShouldBeOkAsync<List<DefinitionVersionSummary>>();
        versions.Single(v => v.Version == IndexDefinition.BuiltIn.Version).Status.ShouldBe(IndexDefinitionStore.BuiltInStatus);
        versions.Count(v => v.InForce).ShouldBe(1);
        (await (await planner.GetAsync($"{Base}/2027.41")).ShouldBeOkAsync<DefinitionVersionDetails>()).Json.ShouldContain("\"2027.41\"");
        await (await planner.GetAsync($"{Base}/2099.1")).ShouldBeProblemAsync(HttpStatusCode.NotFound, "not_found");

        await (await operatorClient.PostJsonAsync($"{Base}/2027.41/reject", new DecideDefinitionRequest(null))).ShouldBeProblemAsync(HttpStatusCode.Conflict, "index_definition_not_proposed");

        using var scope = app.Services.CreateScope();
        scope.ServiceProvider.GetRequiredService<TenantContext>().ActAsSystem("test");
        var audit = await scope.ServiceProvider.GetRequiredService<GlocalDbContext>().AuditEvents.IgnoreQueryFilters()
            .Where(e => e.EntityType == nameof(IndexDefinitionVersion)).Select(e => new { e.UserName, e.Action, e.ChangedFields }).ToListAsync();
        audit.ShouldContain(e => e.UserName == "ansan.planner" && e.ChangedFields.Contains("Json"));
        audit.ShouldContain(e => e.UserName == BenchmarkOperator.UserName && e.ChangedFields.Contains("Status"));

        // Back to the built-in weights for the other tests of this app: a new version equal to the built-in one.
        await (await planner.PostJsonAsync(Base, new { definition = Draft("2030.1"), note = "restore" })).ShouldBeOkAsync<DefinitionVersionSummary>(HttpStatusCode.Created);
        await (await operatorClient.PostJsonAsync($"{Base}/2030.1/approve", new { })).ShouldBeOkAsync<DefinitionVersionSummary>();
    }

    [Fact]
    public async Task Proposal_ByTheApprover_CannotBeApprovedByThemselves_AndCanBeRejected()
    {
        var operatorClient = await BenchmarkOperator.ClientAsync(app);
        await (await operatorClient.PostJsonAsync(Base, new { definition = Draft("2028.43") })).ShouldBeOkAsync<DefinitionVersionSummary>(HttpStatusCode.Created);
        await (await operatorClient.PostJsonAsync($"{Base}/2028.43/approve", new { })).ShouldBeProblemAsync(HttpStatusCode.Conflict, "index_definition_self_approval");

        var planner = await app.ApiClientAsync("ansan.planner");
        await (await planner.PostJsonAsync(Base, new { definition = Draft("2028.44") })).ShouldBeOkAsync<DefinitionVersionSummary>(HttpStatusCode.Created);
        var rejected = await (await operatorClient.PostJsonAsync($"{Base}/2028.44/reject", new DecideDefinitionRequest("Not needed"))).ShouldBeOkAsync<DefinitionVersionSummary>();
        rejected.Status.ShouldBe("rejected");
        rejected.DecisionNote.ShouldBe("Not needed");
        await (await operatorClient.PostJsonAsync($"{Base}/2028.44/approve", new { })).ShouldBeProblemAsync(HttpStatusCode.Conflict, "index_definition_not_proposed");
        await (await planner.PostJsonAsync(Base, new { definition = Draft("2028.44") })).ShouldBeProblemAsync(HttpStatusCode.Conflict, "index_definition_version_exists");
    }
}
