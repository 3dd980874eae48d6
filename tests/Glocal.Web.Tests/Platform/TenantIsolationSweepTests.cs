using System.Net;
using System.Text;
using System.Text.Json;
using Glocal.Core.Access;
using Glocal.Web.Tests.Policies;
using Glocal.Core.Residents;
using Glocal.Core.Shared;
using Glocal.Web.Tests.Exchanges;
using Glocal.Web.Tests.Infrastructure;

namespace Glocal.Web.Tests.Platform;

/// <summary>
/// For every API resource with a GET by id, a user of Siheung asking for Ansan's record gets 404 and cannot
/// change it. Each resource registers how to make one record; a GET-by-id route without a registration fails
/// the sweep, so new resources join by construction.
/// </summary>
[Collection(AppCollection.Name)]
public class TenantIsolationSweepTests(GlocalAppFactory app)
{
    /// <summary>How to create one of Ansan's records (returns its id) and who in each city may read it.</summary>
    private sealed record TenantProbe(string Owner, string Intruder, Func<GlocalAppFactory, Task<string>> CreateInAnsan);

    private static readonly Dictionary<string, TenantProbe> Probes = new(StringComparer.Ordinal)
    {
        ["api/v1/residents/clients/{id:guid}"] = new("ansan.counsellor", "siheung.counsellor", async app =>
        {
            var client = await app.ApiClientAsync("ansan.counsellor");
            var created = await (await client.PostJsonAsync("/api/v1/residents/clients", new RegisterClientRequest("Tenant Probe", "VN", "vi"))).ShouldBeOkAsync<ClientDetails>(HttpStatusCode.Created);
            return created.Id.ToString();
        }),
        ["api/v1/residents/cases/{id:guid}"] = new("ansan.counsellor", "siheung.counsellor", async app =>
        {
            var client = await app.ApiClientAsync("ansan.counsellor");
            var created = await (await client.PostJsonAsync("/api/v1/residents/cases", new { channel = "Phone", category = "Housing", language = "vi" }))
                .ShouldBeOkAsync<CaseDetails>(HttpStatusCode.Created);
            return created.Id.ToString();
        }),
        ["api/v1/residents/clients/{id:guid}/export"] = new("ansan.counsellor", "siheung.counsellor", async app =>
        {
            var client = await app.ApiClientAsync("ansan.counsellor");
            var created = await (await client.PostJsonAsync("/api/v1/residents/clients", new RegisterClientRequest("Tenant Export Probe", "VN", "vi"))).ShouldBeOkAsync<ClientDetails>(HttpStatusCode.Created);
            return created.Id.ToString();
        }),
        ["api/v1/residents/interpreters/{id:guid}"] = new("ansan.counsellor", "siheung.counsellor", async app =>
            (await Glocal.Web.Tests.Residents.ResidentsTestData.InterpreterAsync(await app.ApiClientAsync("ansan.counsellor"))).Id.ToString()),
        ["api/v1/residents/courses/{id:guid}"] = new("ansan.counsellor", "siheung.counsellor", async app =>
            (await Glocal.Web.Tests.Residents.ResidentsTestData.CourseAsync(await app.ApiClientAsync("ansan.counsellor"))).Course.Id.ToString()),
        ["api/v1/residents/services/{id:guid}"] = new("ansan.counsellor", "siheung.counsellor", async app =>
        {
            var client = await app.ApiClientAsync("ansan.counsellor");
            var created = await (await client.PostJsonAsync("/api/v1/residents/services", new { kind = "Health", name = "보건소", address = "안산시", hours = "09:00-18:00", languages = "ko en" }))
                .ShouldBeOkAsync<ServiceView>(HttpStatusCode.Created);
            return created.Id.ToString();
        }),
        ["api/v1/residents/notices/{id:guid}"] = new("ansan.counsellor", "siheung.counsellor", async app =>
        {
            var client = await app.ApiClientAsync("ansan.counsellor");
            var created = await (await client.PostJsonAsync("/api/v1/residents/notices", new { title = "안내", body = "본문" }))
                .ShouldBeOkAsync<NoticeView>(HttpStatusCode.Created);
            return created.Id.ToString();
        }),
        ["api/v1/admin/users/{id}"] = new("ansan.admin", "siheung.admin", async app =>
        {
            var users = await (await (await app.ApiClientAsync("ansan.admin")).GetAsync("/api/v1/admin/users")).ShouldBeOkAsync<List<UserSummary>>();
            return users.Single(u => u.UserName == "ansan.viewer").Id;
        }),
        ["api/v1/admin/audit-events/{id:long}"] = new("ansan.admin", "siheung.admin", async app =>
        {
            var events = await (await (await app.ApiClientAsync("ansan.admin")).GetAsync("/api/v1/admin/audit-events?pageSize=1")).ShouldBeOkAsync<Page<JsonElement>>();
            return events.Items.Single().GetProperty("id").GetInt64().ToString(System.Globalization.CultureInfo.InvariantCulture);
        }),
        ["api/v1/exchanges/partners/{id:guid}"] = new("ansan.exchange", "siheung.exchange", async app =>
        {
            var created = await (await app.ApiClientAsync("ansan.exchange")).CreatePartnerAsync();
            return created.Id.ToString();
        }),
        ["api/v1/exchanges/agreements/{id:guid}"] = new("ansan.exchange", "siheung.exchange", async app => await (await app.ApiClientAsync("ansan.exchange")).NewRecordAsync("agreements")),
        ["api/v1/exchanges/programmes/{id:guid}"] = new("ansan.exchange", "siheung.exchange", async app => await (await app.ApiClientAsync("ansan.exchange")).NewRecordAsync("programmes")),
        ["api/v1/exchanges/delegations/{id:guid}"] = new("ansan.exchange", "siheung.exchange", async app => await (await app.ApiClientAsync("ansan.exchange")).NewRecordAsync("delegations")),
        ["api/v1/investments/companies/{id:guid}"] = new("ansan.investment", "siheung.investment", async app =>
            (await Glocal.Web.Tests.Investments.InvestmentsApiTests.NewCompanyAsync(await app.ApiClientAsync("ansan.investment"), "Tenant Probe Co " + Guid.NewGuid().ToString("N")[..6])).ToString()),
        ["api/v1/investments/projects/{id:guid}"] = new("ansan.investment", "siheung.investment", async app =>
            (await Glocal.Web.Tests.Investments.InvestmentsApiTests.NewProjectAsync(await app.ApiClientAsync("ansan.investment"), "Tenant probe " + Guid.NewGuid().ToString("N")[..6])).Id.ToString()),
        ["api/v1/tokens/{id:guid}"] = new("ansan.planner", "siheung.planner", async app =>
        {
            await app.IssueTokenAsync("ansan.planner", [Permissions.BenchmarkRead]);
            var tokens = await (await (await app.ApiClientAsync("ansan.planner")).GetAsync("/api/v1/tokens")).ShouldBeOkAsync<List<TokenSummary>>();
            return tokens.First(t => t.Scopes.SequenceEqual([Permissions.BenchmarkRead])).Id.ToString();
        }),
        ["api/v1/policies/{id:guid}"] = new("ansan.planner", "siheung.planner", async app => (await PolicyProbe.ProgrammeAsync(app)).PolicyId.ToString()),
        ["api/v1/policies/programmes/{id:guid}"] = new("ansan.planner", "siheung.planner", async app => (await PolicyProbe.ProgrammeAsync(app)).Id.ToString()),
        ["api/v1/policies/kpis/{id:guid}"] = new("ansan.planner", "siheung.planner", async app => (await PolicyProbe.ProgrammeAsync(app)).Kpis[0].Id.ToString()),
    };

    /// <summary>Reference data every municipality shares on purpose.</summary>
    private static readonly HashSet<string> SharedReferenceData =
    [
        "api/v1/municipalities/{code:regex(^[0-9]{{5}}$)}",
        "api/v1/benchmark/statistics/series/{code}", // public statistics describe every region (ADR 0050)
        "api/v1/benchmark/index/units/{code}", // the index ranks every region from public figures
        "api/v1/benchmark/index/definitions/{version}", // the index definition is one for the whole platform (ADR 0053)
    ];

    private static IEnumerable<EndpointProbe> GetById(IServiceProvider services) =>
        EndpointCatalogue.All(services).Where(e => e.Method == "GET" && e.Pattern.StartsWith("api/v1/", StringComparison.Ordinal) && e.Pattern.Contains('{', StringComparison.Ordinal));

    [Fact]
    public void EveryGetById_HasATenantProbe()
    {
        var missing = GetById(app.Services).Select(e => e.Pattern).Where(p => !Probes.ContainsKey(p) && !SharedReferenceData.Contains(p)).ToList();
        missing.ShouldBeEmpty($"register a tenant probe for: {string.Join(", ", missing)}");
        Probes.Keys.Where(p => GetById(app.Services).All(e => e.Pattern != p)).ShouldBeEmpty("stale probe registrations");
    }

    public static TheoryData<string> ProbedRoutes() => [.. Probes.Keys];

    [Theory]
    [MemberData(nameof(ProbedRoutes))]
    public async Task GetById_OtherMunicipality_Gets404AndCannotChangeIt(string pattern)
    {
        var probe = Probes[pattern];
        var id = await probe.CreateInAnsan(app);
        var url = "/" + pattern[..pattern.IndexOf('{', StringComparison.Ordinal)] + id;
        var owner = await app.ApiClientAsync(probe.Owner);
        var intruder = await app.ApiClientAsync(probe.Intruder);

        (await owner.GetAsync(url)).StatusCode.ShouldBe(HttpStatusCode.OK, "the owner can read it (sanity)");
        await (await intruder.GetAsync(url)).ShouldBeProblemAsync(HttpStatusCode.NotFound, "not_found");

        foreach (var write in WritesUnder(pattern))
        {
            var writeUrl = EndpointCatalogue.Concrete(write.Pattern).Replace(EndpointCatalogue.Concrete(pattern), url, StringComparison.Ordinal);
            using var request = new HttpRequestMessage(new HttpMethod(write.Method), writeUrl);
            request.Content = new StringContent("{\"role\":\"viewer\"}", Encoding.UTF8, "application/json");
            var response = await intruder.SendAsync(request);
            response.StatusCode.ShouldBe(HttpStatusCode.NotFound, $"{write.Method} {writeUrl}");
        }

        (await owner.GetAsync(url)).StatusCode.ShouldBe(HttpStatusCode.OK, "still there, unchanged");
    }

    private IEnumerable<EndpointProbe> WritesUnder(string pattern) =>
        EndpointCatalogue.All(app.Services).Where(e => e.Method != "GET" && e.Pattern.StartsWith(pattern, StringComparison.Ordinal));
}
