using System.ComponentModel.DataAnnotations;
using Glocal.Core.Access;
using Glocal.Core.Data;
using Glocal.Core.Shared;
using Glocal.Core.Tenancy;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;

namespace Glocal.Web.Api;

public sealed record MunicipalitySummary(string Code, string NameKo, string NameEn, string FullNameKo, string ProvinceCode, string Kind, DateOnly ValidFrom, DateOnly? ValidTo);

public sealed record MunicipalityQuery
{
    [StringLength(60)]
    public string? Search { get; init; }

    public MunicipalityKind? Kind { get; init; }

    /// <summary>Only codes valid on this date (default: today).</summary>
    public DateOnly? On { get; init; }
}

public static class MunicipalitiesApi
{
    public static RouteGroupBuilder MapMunicipalitiesApi(this IEndpointRouteBuilder routes)
    {
        var group = routes.MapGroup("/municipalities").WithTags("Municipalities").RequireAuthorization(Permissions.RegistryRead);
        group.MapGet("/", List).WithSummary("Provinces and local governments from the MOIS code list, with validity dates");
        group.MapGet("/{code:regex(^[0-9]{{5}}$)}", Get).WithSummary("One municipality by its 5-digit code, as valid today");
        return group;
    }

    private static async Task<Ok<Page<MunicipalitySummary>>> List(
        [AsParameters] MunicipalityQuery query, [AsParameters] PageRequest page, GlocalDbContext db, TimeProvider clock, CancellationToken ct)
    {
        var on = query.On ?? DateOnly.FromDateTime(clock.GetUtcNow().UtcDateTime);
        var rows = db.Municipalities.AsNoTracking().Where(m => m.ValidFrom <= on && (m.ValidTo == null || m.ValidTo >= on));
        if (query.Kind is { } kind)
        {
            rows = rows.Where(m => m.Kind == kind);
        }

        if (!string.IsNullOrWhiteSpace(query.Search))
        {
            var term = query.Search.Trim();
            var lowered = term.ToLowerInvariant();
            rows = rows.Where(m => m.FullNameKo.Contains(term) || m.NameEn.ToLower().Contains(lowered) || m.Code.StartsWith(term));
        }

        var total = await rows.CountAsync(ct);
        var items = await rows.OrderBy(m => m.Code).Skip(page.Skip).Take(page.PageSize)
            .Select(m => new MunicipalitySummary(m.Code, m.NameKo, m.NameEn, m.FullNameKo, m.ProvinceCode, m.Kind.ToString(), m.ValidFrom, m.ValidTo))
            .ToListAsync(ct);
        return TypedResults.Ok(new Page<MunicipalitySummary>(items, page.Page, page.PageSize, total));
    }

    private static async Task<Results<Ok<MunicipalitySummary>, NotFound>> Get(string code, GlocalDbContext db, TimeProvider clock, CancellationToken ct)
    {
        var today = DateOnly.FromDateTime(clock.GetUtcNow().UtcDateTime);
        var found = await db.Municipalities.AsNoTracking()
            .Where(m => m.Code == code && m.ValidFrom <= today && (m.ValidTo == null || m.ValidTo >= today))
            .Select(m => new MunicipalitySummary(m.Code, m.NameKo, m.NameEn, m.FullNameKo, m.ProvinceCode, m.Kind.ToString(), m.ValidFrom, m.ValidTo))
            .SingleOrDefaultAsync(ct);
        return found is null ? TypedResults.NotFound() : TypedResults.Ok(found);
    }
}
