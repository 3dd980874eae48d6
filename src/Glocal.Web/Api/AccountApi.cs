using System.Security.Claims;
using Glocal.Core.Access;
using Glocal.Core.Data;
using Glocal.Core.Tenancy;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;

namespace Glocal.Web.Api;

public sealed record CurrentUser(string UserName, string DisplayName, string MunicipalityCode, string MunicipalityName, IReadOnlyList<string> Roles, IReadOnlyList<string> Permissions);

public static class AccountApi
{
    public static RouteGroupBuilder MapAccountApi(this IEndpointRouteBuilder routes)
    {
        var group = routes.MapGroup("/me").WithTags("Account").RequireAuthorization();
        group.MapGet("/", GetCurrentUser).WithSummary("The signed-in user, municipality, roles and effective permissions");
        return group;
    }

    private static async Task<Ok<CurrentUser>> GetCurrentUser(ClaimsPrincipal user, GlocalDbContext db, TenantContext tenant, CancellationToken ct)
    {
        var municipality = await db.Municipalities.AsNoTracking().Where(m => m.Id == tenant.MunicipalityId)
            .Select(m => new { m.Code, m.NameKo }).SingleAsync(ct);
        return TypedResults.Ok(new CurrentUser(
            user.Identity!.Name!,
            user.FindFirstValue(GlocalClaims.DisplayName) ?? "",
            municipality.Code,
            municipality.NameKo,
            [.. user.FindAll(ClaimTypes.Role).Select(c => c.Value).Order(StringComparer.Ordinal)],
            [.. user.FindAll(GlocalClaims.Permission).Select(c => c.Value).Order(StringComparer.Ordinal)]));
    }
}
