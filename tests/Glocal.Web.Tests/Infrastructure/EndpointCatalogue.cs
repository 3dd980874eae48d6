using System.Text.RegularExpressions;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;

namespace Glocal.Web.Tests.Infrastructure;

/// <summary>One reachable (route, method) of the app, with a concrete URL to call it.</summary>
public sealed record EndpointProbe(string Pattern, string Method, string Url, IReadOnlyList<string> Policies);

/// <summary>Enumerates every endpoint the running app routes to, pages and API alike.</summary>
public static partial class EndpointCatalogue
{
    public static IReadOnlyList<EndpointProbe> All(IServiceProvider services) =>
        services.GetRequiredService<EndpointDataSource>().Endpoints
            .OfType<RouteEndpoint>()
            .SelectMany(e =>
            {
                var methods = e.Metadata.GetMetadata<HttpMethodMetadata>()?.HttpMethods ?? ["GET"];
                var policies = e.Metadata.GetOrderedMetadata<IAuthorizeData>().Select(a => a.Policy).OfType<string>().ToList();
                var pattern = e.RoutePattern.RawText ?? "";
                return methods.Select(m => new EndpointProbe(pattern.TrimStart('/'), m, Concrete(pattern), policies));
            })
            .DistinctBy(p => (p.Pattern, p.Method))
            .OrderBy(p => p.Pattern, StringComparer.Ordinal)
            .ToList();

    /// <summary>Fills route parameters with values their constraints accept.</summary>
    public static string Concrete(string pattern) =>
        "/" + Parameter().Replace(pattern.TrimStart('/'), match =>
        {
            var constraint = match.Groups["constraint"].Value;
            return constraint switch
            {
                _ when constraint.StartsWith("guid", StringComparison.Ordinal) => "00000000-0000-0000-0000-000000000001",
                _ when constraint.StartsWith("long", StringComparison.Ordinal) || constraint.StartsWith("int", StringComparison.Ordinal) => "1",
                _ when constraint.Contains("[0-9]{5}", StringComparison.Ordinal) || constraint.Contains("[0-9]{{5}}", StringComparison.Ordinal) => "41270",
                _ => "x",
            };
        });

    [GeneratedRegex(@"\{\**(?<name>[A-Za-z_]+)\??(:(?<constraint>[^}]*(\}\})?[^}]*))?\}")]
    private static partial Regex Parameter();
}
