namespace Glocal.Web.Infrastructure;

public static class ApiPaths
{
    public const string Prefix = "/api/v1";

    public static bool IsApi(HttpRequest request) => request.Path.StartsWithSegments("/api", StringComparison.OrdinalIgnoreCase);
}
