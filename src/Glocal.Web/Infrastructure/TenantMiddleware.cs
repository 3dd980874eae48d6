using System.Globalization;
using System.Security.Claims;
using Glocal.Core.Access;
using Glocal.Core.Tenancy;
using Microsoft.AspNetCore.Http.HttpResults;

namespace Glocal.Web.Infrastructure;

/// <summary>
/// Binds the request's <see cref="TenantContext"/> to the signed-in user's municipality, and holds admins
/// who have not yet set up two-factor sign-in at the set-up page.
/// </summary>
public sealed class TenantMiddleware(RequestDelegate next)
{
    private static readonly string[] AllowedDuringTwoFactorSetup =
        ["/Account/TwoFactor", "/Account/Logout", "/Culture", "/css", "/js", "/favicon.ico"];

    public async Task InvokeAsync(HttpContext context, TenantContext tenant)
    {
        var user = context.User;
        if (user.Identity?.IsAuthenticated == true
            && int.TryParse(user.FindFirstValue(GlocalClaims.Municipality), CultureInfo.InvariantCulture, out var municipalityId))
        {
            tenant.SignIn(municipalityId, user.FindFirstValue(ClaimTypes.NameIdentifier) ?? "", user.Identity.Name ?? "");

            if (user.HasClaim(GlocalClaims.TwoFactorSetupRequired, "true")
                && !AllowedDuringTwoFactorSetup.Any(p => context.Request.Path.StartsWithSegments(p, StringComparison.OrdinalIgnoreCase)))
            {
                if (ApiPaths.IsApi(context.Request))
                {
                    await TypedResults.Problem(
                        title: "Two-factor sign-in must be set up first.",
                        statusCode: StatusCodes.Status403Forbidden,
                        extensions: new Dictionary<string, object?> { ["code"] = "two_factor_setup_required" }).ExecuteAsync(context);
                    return;
                }

                context.Response.Redirect("/Account/TwoFactor");
                return;
            }
        }

        await next(context);
    }
}
