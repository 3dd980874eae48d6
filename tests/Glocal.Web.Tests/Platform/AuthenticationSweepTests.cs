using System.Net;
using System.Text;
using Glocal.Web.Tests.Infrastructure;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Hosting;
using Microsoft.Extensions.DependencyInjection;

namespace Glocal.Web.Tests.Platform;

/// <summary>
/// Every endpoint must refuse anonymous callers unless it is on this explicit public allow-list.
/// A new endpoint is covered the moment it is mapped: nobody has to remember to add a test.
/// </summary>
[Collection(AppCollection.Name)]
public class AuthenticationSweepTests(GlocalAppFactory app)
{
    /// <summary>Route patterns anyone may call, with why.</summary>
    public static readonly IReadOnlyDictionary<string, string> PublicAllowList = new Dictionary<string, string>
    {
        ["health/live"] = "liveness probe for the orchestrator",
        ["health/ready"] = "readiness probe for the load balancer",
        ["openapi/{documentName}.json"] = "the API description is public documentation",
        ["api/reference/{documentName?}"] = "interactive API reference page",
        ["api/reference/scalar.js"] = "script of the API reference page",
        ["api/reference/scalar.aspnetcore.js"] = "script of the API reference page",
        ["api/reference/favicon.svg"] = "icon of the API reference page",
        ["Account/Login"] = "the sign-in page",
        ["Account/LoginWith2fa"] = "second step of sign-in, guarded by the two-factor cookie",
        ["Error"] = "error page",
        ["Status"] = "status pages (404, 403)",
        ["Culture"] = "language switch on the sign-in page",
        ["portal/{municipalityCode:regex(^[0-9]{{5}}$)}"] = "public portal for foreign residents: home",
        ["portal/{municipalityCode:regex(^[0-9]{{5}}$)}/services"] = "public portal: service directory",
        ["portal/{municipalityCode:regex(^[0-9]{{5}}$)}/notices"] = "public portal: notices",
        ["portal/{municipalityCode:regex(^[0-9]{{5}}$)}/notices/{id:guid}"] = "public portal: one notice",
        ["portal/{municipalityCode:regex(^[0-9]{{5}}$)}/request"] = "public portal: consultation request form (rate-limited, anti-forgery)",
        ["portal/{municipalityCode:regex(^[0-9]{{5}}$)}/request/sent"] = "public portal: request received",
        ["api/v1/benchmark/open/index"] = "open data: the benchmark ranking, read-only (ADR 0051)",
    };

    [Fact]
    public async Task EveryEndpoint_Anonymous_IsRefusedUnlessAllowListed()
    {
        var open = await OpenEndpointsAsync(app.Services, app.AnonymousClient());
        open.ShouldBeEmpty($"reachable without signing in: {string.Join(", ", open)}");
    }

    [Fact]
    public void AllowList_HasNoStaleEntries()
    {
        var patterns = EndpointCatalogue.All(app.Services).Select(e => e.Pattern).ToHashSet();
        PublicAllowList.Keys.Where(p => !patterns.Contains(p)).ShouldBeEmpty();
    }

    [Fact]
    public void Catalogue_FindsTheApiAndThePages()
    {
        var patterns = EndpointCatalogue.All(app.Services).Select(e => e.Pattern).ToList();
        patterns.ShouldContain("api/v1/me/");
        patterns.ShouldContain("Admin/Audit");
        patterns.Count.ShouldBeGreaterThan(25);
    }

    [Fact]
    public async Task Sweep_WhenEndpointsAreLeftOpen_ReportsThem()
    {
        await using var leaky = new LeakyAppFactory();
        await leaky.InitializeAsync();
        var open = await OpenEndpointsAsync(leaky.Services, leaky.AnonymousClient());
        open.ShouldContain("GET api/v1/municipalities/");
        open.ShouldContain("GET api/v1/me/");
        open.ShouldNotContain("GET api/v1/residents/clients/{id:guid}");
    }

    internal static async Task<List<string>> OpenEndpointsAsync(IServiceProvider services, HttpClient anonymous)
    {
        var open = new List<string>();
        foreach (var endpoint in EndpointCatalogue.All(services).Where(e => !PublicAllowList.ContainsKey(e.Pattern)))
        {
            using var request = new HttpRequestMessage(new HttpMethod(endpoint.Method), endpoint.Url);
            if (endpoint.Method is "POST" or "PUT" or "PATCH")
            {
                request.Content = new StringContent("{}", Encoding.UTF8, "application/json");
            }

            using var response = await anonymous.SendAsync(request);
            var refused = response.StatusCode == HttpStatusCode.Unauthorized
                || (response.StatusCode == HttpStatusCode.Redirect && response.Headers.Location?.OriginalString.Contains("/Account/Login", StringComparison.Ordinal) == true);
            if (!refused)
            {
                open.Add($"{endpoint.Method} {endpoint.Pattern}");
            }
        }

        return open;
    }

    /// <summary>
    /// The real app with its default policy and the registry permission misconfigured to let anyone in:
    /// the endpoints guarded only by those are now open, and the sweep must say so.
    /// </summary>
    private sealed class LeakyAppFactory : GlocalAppFactory
    {
        protected override void ConfigureWebHost(IWebHostBuilder builder)
        {
            base.ConfigureWebHost(builder);
            builder.ConfigureServices(services => services.PostConfigure<AuthorizationOptions>(options =>
            {
                var anyone = new AuthorizationPolicyBuilder().RequireAssertion(_ => true).Build();
                options.DefaultPolicy = anyone;
                options.AddPolicy(Glocal.Core.Access.Permissions.RegistryRead, anyone);
            }));
        }
    }
}
