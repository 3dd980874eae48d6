using System.Net;
using System.Text;
using Glocal.Core.Access;
using Glocal.Web.Tests.Infrastructure;

namespace Glocal.Web.Tests.Platform;

/// <summary>Every endpoint that names a permission refuses, with 403, a signed-in user who lacks it.</summary>
[Collection(AppCollection.Name)]
public class PermissionSweepTests(GlocalAppFactory app)
{
    /// <summary>Demo staff with two-factor set up, least privileged first.</summary>
    private static readonly string[] Candidates =
        ["ansan.ngo", "ansan.exchange", "ansan.viewer", "ansan.counsellor", "ansan.planner", "ansan.admin"];

    [Fact]
    public async Task EveryPermissionedEndpoint_UserWithoutIt_Gets403()
    {
        var checkedCount = 0;
        var failures = new List<string>();
        foreach (var endpoint in EndpointCatalogue.All(app.Services).Where(e => e.Policies.Any(Permissions.AllNames.Contains)))
        {
            var needed = endpoint.Policies.Where(Permissions.AllNames.Contains).ToList();
            var user = Candidates.FirstOrDefault(c => !needed.All(RoleTemplatePermissions(c).Contains));
            HttpClient client;
            if (user is null)
            {
                // Every role reads the policy portfolio, so a token scoped below its holder's role stands in for a user without it.
                if (needed.Any(n => n.StartsWith("registry.", StringComparison.Ordinal)))
                {
                    failures.Add($"{endpoint.Method} {endpoint.Pattern}: every demo user holds {string.Join(",", needed)}");
                    continue;
                }

                user = "ansan.viewer with a registry.read token";
                client = app.AnonymousClient();
                client.DefaultRequestHeaders.Authorization = new("Bearer", await app.IssueTokenAsync("ansan.viewer", [Permissions.RegistryRead]));
            }
            else
            {
                client = await app.ApiClientAsync(user);
            }

            using var request = new HttpRequestMessage(new HttpMethod(endpoint.Method), endpoint.Url);
            if (endpoint.Method is "POST" or "PUT" or "PATCH")
            {
                request.Content = new StringContent("{}", Encoding.UTF8, "application/json");
            }

            var response = await client.SendAsync(request);
            if (response.StatusCode != HttpStatusCode.Forbidden)
            {
                failures.Add($"{endpoint.Method} {endpoint.Pattern} as {user}: {(int)response.StatusCode}");
            }

            checkedCount++;
        }

        failures.ShouldBeEmpty();
        checkedCount.ShouldBeGreaterThan(10);
    }

    [Fact]
    public async Task Forbidden_IsProblemDetailsWithCode()
    {
        var viewer = await app.ApiClientAsync("ansan.viewer");
        await (await viewer.PostJsonAsync("/api/v1/residents/clients", new { name = "x", nationality = "VN", languages = "vi" }))
            .ShouldBeProblemAsync(HttpStatusCode.Forbidden, "forbidden");
    }

    [Fact]
    public async Task Token_ActsOnlyWithinItsScopes()
    {
        var secret = await app.IssueTokenAsync("ansan.counsellor", [Permissions.ResidentsRead]);
        var client = app.AnonymousClient();
        client.DefaultRequestHeaders.Authorization = new("Bearer", secret);
        (await client.GetAsync("/api/v1/residents/clients")).StatusCode.ShouldBe(HttpStatusCode.OK);
        await (await client.PostJsonAsync("/api/v1/residents/clients/search", new { name = "x" })).ShouldBeProblemAsync(HttpStatusCode.Forbidden, "forbidden");
    }

    private static IReadOnlySet<string> RoleTemplatePermissions(string userName) => userName switch
    {
        "ansan.ngo" => Names(RoleTemplates.NgoPartner),
        "ansan.exchange" => Names(RoleTemplates.ExchangeOfficer),
        "ansan.viewer" => Names(RoleTemplates.Viewer),
        "ansan.counsellor" => Names(RoleTemplates.Counsellor),
        "ansan.planner" => Names(RoleTemplates.PolicyPlanner),
        "ansan.admin" => Names(RoleTemplates.MunicipalAdmin),
        _ => throw new ArgumentOutOfRangeException(nameof(userName)),
    };

    private static HashSet<string> Names(string role) => RoleTemplates.PermissionsOf(role).Select(p => p.Name).ToHashSet();
}
