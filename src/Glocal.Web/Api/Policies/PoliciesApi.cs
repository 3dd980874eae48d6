using System.ComponentModel.DataAnnotations;
using Glocal.Core.Access;
using Glocal.Core.Data;
using Glocal.Core.Policies;
using Glocal.Core.Policies.ComputedKpis;
using Glocal.Core.Shared;
using Glocal.Core.Tenancy;
using Glocal.Web.Infrastructure;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;

namespace Glocal.Web.Api.Policies;

/// <summary>/api/v1/policies: policies, programmes with their budgets, staff, partners and KPIs, and the portfolio.</summary>
public static class PoliciesApi
{
    public static readonly string Read = new Permission(Resource.Policies, PermissionAction.Read).Name;
    public static readonly string Create = new Permission(Resource.Policies, PermissionAction.Create).Name;
    public static readonly string Update = new Permission(Resource.Policies, PermissionAction.Update).Name;
    public static readonly string Delete = new Permission(Resource.Policies, PermissionAction.Delete).Name;
    public static readonly string Export = new Permission(Resource.Policies, PermissionAction.Export).Name;

    public static RouteGroupBuilder MapPoliciesApi(this IEndpointRouteBuilder routes)
    {
        var group = routes.MapGroup("/policies").WithTags("Policies");
        group.MapGet("/", ListPolicies).RequireAuthorization(Read).WithSummary("Policies, with their number of programmes; ?format=csv|xlsx exports (needs policies.export)");
        group.MapPost("/", CreatePolicy).RequireAuthorization(Create).WithSummary("Create a policy");
        group.MapGet("/{id:guid}", GetPolicy).RequireAuthorization(Read).WithSummary("One policy");
        group.MapPut("/{id:guid}", UpdatePolicy).Existing<Policy>().RequireAuthorization(Update).WithSummary("Change a policy");

        group.MapGet("/programmes", ListProgrammes).RequireAuthorization(Read)
            .WithSummary("Programmes with budget, staff and showcase score; filters, sorting, paging; ?format=csv|xlsx exports (needs policies.export)");
        group.MapPost("/programmes", CreateProgramme).RequireAuthorization(Create).WithSummary("Create a programme under a policy");
        group.MapGet("/programmes/{id:guid}", GetProgramme).RequireAuthorization(Read)
            .WithSummary("A programme with budget lines, staff, partners, KPIs and its showcase score with reasons");
        group.MapPut("/programmes/{id:guid}", UpdateProgramme).Existing<Programme>().RequireAuthorization(Update).WithSummary("Change a programme");
        group.MapDelete("/programmes/{id:guid}", DeleteProgramme).Existing<Programme>().RequireAuthorization(Delete).WithSummary("Delete a programme and everything under it");
        group.MapPut("/programmes/{id:guid}/budget-lines", SetBudgetLine).Existing<Programme>().RequireAuthorization(Update)
            .WithSummary("Set the planned and executed money of one year and source (국비/도비/시비)");
        group.MapPut("/programmes/{id:guid}/staff", SetStaff).Existing<Programme>().RequireAuthorization(Update).WithSummary("Set the staff FTE of one year");
        group.MapPost("/programmes/{id:guid}/partners", AddPartner).Existing<Programme>().RequireAuthorization(Update).WithSummary("Add a partner organisation (NGOs included)");
        group.MapDelete("/programmes/{id:guid}/partners/{partnerId:guid}", RemovePartner).Existing<Programme>().RequireAuthorization(Update).WithSummary("Remove a partner");
        group.MapPost("/programmes/{id:guid}/kpis", AddKpi).Existing<Programme>().RequireAuthorization(Create)
            .WithSummary("Add a KPI; with a computedCode its values come from the module's records");

        group.MapPost("/programmes/{id:guid}/links", AddLink).RequireAuthorization(Update).Existing<Programme>()
            .WithSummary("Link the programme to one exchange programme, delegation, investment project, resident service or Korean course of the same municipality (400 link_target_required, 404 link_target_unknown, 409 link_exists)");
        group.MapDelete("/programmes/{id:guid}/links/{linkId:guid}", RemoveLink).RequireAuthorization(Update).Existing<Programme>().WithSummary("Remove a link");
        group.MapGet("/chains", Chains).RequireAuthorization(Read)
            .WithSummary("Cross-pillar chains: exchange activity → investment lead → MOU → arrival → jobs");
        group.MapGet("/kpis/{id:guid}", GetKpi).RequireAuthorization(Read).WithSummary("A KPI with its values per period and their evidence grade");
        group.MapPost("/kpis/{id:guid}/values", AddKpiValue).Existing<Kpi>().RequireAuthorization(Update).WithSummary("Record a typed KPI's value for a period, with its evidence grade");
        group.MapGet("/kpi-codes", KpiCodes).RequireAuthorization(Read).WithSummary("KPIs the installed modules compute, by code");

        group.MapGet("/portfolio", Portfolio).RequireAuthorization(Read)
            .WithSummary("One year's portfolio: inward/outward balance of budget, staff and activity, execution rate, slices by pillar, orientation, mode and source");
        return group;
    }

    private static async Task<Results<Ok<Page<PolicySummary>>, FileContentHttpResult>> ListPolicies(
        [AsParameters] PageRequest page, string? q, string? format, PortfolioQueries queries, HttpContext http, CancellationToken ct)
    {
        await RequireExportAsync(format, http);
        var all = await queries.PoliciesAsync(q, ct);
        return format is null ? TypedResults.Ok(Paged(all, page)) : ExportResults.File(all, format, "policies");
    }

    /// <summary>
    /// A list read with <c>?format=</c> is an export: like every module's export it needs policies.export, not
    /// just policies.read (a viewer may look at the list but not carry the portfolio away as a file).
    /// </summary>
    private static async Task RequireExportAsync(string? format, HttpContext http)
    {
        if (format is not null
            && !(await http.RequestServices.GetRequiredService<IAuthorizationService>().AuthorizeAsync(http.User, Export)).Succeeded)
        {
            throw new BusinessRuleException("export_forbidden", "Exporting the policy portfolio needs the policies.export permission.", 403);
        }
    }

    private static async Task<Created<PolicySummary>> CreatePolicy(CreatePolicyRequest request, PolicyService policies, PortfolioQueries queries, CancellationToken ct)
    {
        var id = await policies.CreatePolicyAsync(request, ct);
        return TypedResults.Created($"/api/v1/policies/{id}", await queries.PolicyAsync(id, ct));
    }

    private static async Task<Ok<PolicySummary>> GetPolicy(Guid id, PortfolioQueries queries, CancellationToken ct) =>
        TypedResults.Ok(await queries.PolicyAsync(id, ct));

    private static async Task<Ok<PolicySummary>> UpdatePolicy(Guid id, CreatePolicyRequest request, PolicyService policies, PortfolioQueries queries, CancellationToken ct)
    {
        await policies.UpdatePolicyAsync(id, request, ct);
        return TypedResults.Ok(await queries.PolicyAsync(id, ct));
    }

    private static async Task<Results<Ok<Page<ProgrammeSummary>>, FileContentHttpResult>> ListProgrammes(
        [AsParameters] PageRequest page, [AsParameters] ProgrammeListRequest request, PortfolioQueries queries, HttpContext http, CancellationToken ct)
    {
        await RequireExportAsync(request.Format, http);
        var all = await queries.ProgrammesAsync(request, ct);
        return request.Format is null ? TypedResults.Ok(Paged(all, page)) : ExportResults.File(all, request.Format, "programmes");
    }

    private static async Task<Created<ProgrammeDetails>> CreateProgramme(SaveProgrammeRequest request, PolicyService policies, PortfolioQueries queries, CancellationToken ct)
    {
        var id = await policies.CreateProgrammeAsync(request, ct);
        return TypedResults.Created($"/api/v1/policies/programmes/{id}", await queries.ProgrammeAsync(id, ct));
    }

    private static async Task<Ok<ProgrammeDetails>> GetProgramme(Guid id, PortfolioQueries queries, CancellationToken ct) =>
        TypedResults.Ok(await queries.ProgrammeAsync(id, ct));

    private static async Task<Ok<ProgrammeDetails>> UpdateProgramme(Guid id, SaveProgrammeRequest request, PolicyService policies, PortfolioQueries queries, CancellationToken ct)
    {
        await policies.UpdateProgrammeAsync(id, request, ct);
        return TypedResults.Ok(await queries.ProgrammeAsync(id, ct));
    }

    private static async Task<NoContent> DeleteProgramme(Guid id, PolicyService policies, CancellationToken ct)
    {
        await policies.DeleteProgrammeAsync(id, ct);
        return TypedResults.NoContent();
    }

    private static async Task<Ok<ProgrammeDetails>> SetBudgetLine(Guid id, SetBudgetLineRequest request, PolicyService policies, PortfolioQueries queries, CancellationToken ct)
    {
        await policies.SetBudgetLineAsync(id, request, ct);
        return TypedResults.Ok(await queries.ProgrammeAsync(id, ct));
    }

    private static async Task<Ok<ProgrammeDetails>> SetStaff(Guid id, SetStaffRequest request, PolicyService policies, PortfolioQueries queries, CancellationToken ct)
    {
        await policies.SetStaffAsync(id, request, ct);
        return TypedResults.Ok(await queries.ProgrammeAsync(id, ct));
    }

    private static async Task<Ok<ProgrammeDetails>> AddPartner(Guid id, AddPartnerRequest request, PolicyService policies, PortfolioQueries queries, CancellationToken ct)
    {
        await policies.AddPartnerAsync(id, request, ct);
        return TypedResults.Ok(await queries.ProgrammeAsync(id, ct));
    }

    private static async Task<NoContent> RemovePartner(Guid id, Guid partnerId, PolicyService policies, CancellationToken ct)
    {
        await policies.RemovePartnerAsync(id, partnerId, ct);
        return TypedResults.NoContent();
    }

    private static async Task<Created<KpiDetails>> AddKpi(Guid id, AddKpiRequest request, PolicyService policies, PortfolioQueries queries, CancellationToken ct)
    {
        var kpiId = await policies.AddKpiAsync(id, request, ct);
        return TypedResults.Created($"/api/v1/policies/kpis/{kpiId}", await queries.KpiAsync(kpiId, ct));
    }

    private static async Task<Ok<ProgrammeDetails>> AddLink(Guid id, AddLinkRequest request, PolicyService policies, PortfolioQueries queries, CancellationToken ct)
    {
        await policies.AddLinkAsync(id, request, ct);
        return TypedResults.Ok(await queries.ProgrammeAsync(id, ct));
    }

    private static async Task<NoContent> RemoveLink(Guid id, Guid linkId, PolicyService policies, CancellationToken ct)
    {
        await policies.RemoveLinkAsync(id, linkId, ct);
        return TypedResults.NoContent();
    }

    private static async Task<Ok<List<ChainLink>>> Chains(int? year, CrossPillarChains chains, CancellationToken ct) =>
        TypedResults.Ok(await chains.ForYearAsync(year, ct));

    private static async Task<Ok<KpiDetails>> GetKpi(Guid id, PortfolioQueries queries, CancellationToken ct) =>
        TypedResults.Ok(await queries.KpiAsync(id, ct));

    private static async Task<Ok<KpiDetails>> AddKpiValue(Guid id, AddKpiValueRequest request, PolicyService policies, PortfolioQueries queries, CancellationToken ct)
    {
        await policies.AddKpiValueAsync(id, request, ct);
        return TypedResults.Ok(await queries.KpiAsync(id, ct));
    }

    private static Ok<IReadOnlyList<ComputedKpiCode>> KpiCodes(ComputedKpiRegistry registry) => TypedResults.Ok(registry.Codes);

    private static async Task<Ok<PortfolioOverview>> Portfolio(int? year, PortfolioQueries queries, TimeProvider clock, CancellationToken ct)
    {
        var y = year ?? clock.GetUtcNow().Year;
        if (y is < 2000 or > 2100)
        {
            throw new BusinessRuleException("year_invalid", "The year must be between 2000 and 2100.", 400);
        }

        return TypedResults.Ok(await queries.PortfolioAsync(y, ct));
    }

    /// <summary>
    /// A write to another municipality's record (or none) is a 404 before its body is even validated, so an
    /// intruder cannot tell a foreign id from a malformed request.
    /// </summary>
    private static RouteHandlerBuilder Existing<TEntity>(this RouteHandlerBuilder builder)
        where TEntity : class, ITenantOwned =>
        builder.DisableValidation().AddEndpointFilter(async (context, next) =>
        {
            var http = context.HttpContext;
            if (!Guid.TryParse(http.GetRouteValue("id") as string, out var id)
                || !await http.RequestServices.GetRequiredService<GlocalDbContext>().Set<TEntity>().AnyAsync(e => EF.Property<Guid>(e, "Id") == id, http.RequestAborted))
            {
                throw new NotFoundException(typeof(TEntity).Name, http.GetRouteValue("id") ?? "");
            }

            // The same DataAnnotations AddValidation would have checked, now that the record is known to be ours.
            var errors = new Dictionary<string, string[]>(StringComparer.Ordinal);
            foreach (var argument in context.Arguments.Where(a => a?.GetType().Namespace == typeof(Policy).Namespace))
            {
                var results = new List<ValidationResult>();
                if (!Validator.TryValidateObject(argument!, new ValidationContext(argument!), results, validateAllProperties: true))
                {
                    foreach (var result in results)
                    {
                        foreach (var member in result.MemberNames.DefaultIfEmpty(""))
                        {
                            errors[member] = [.. errors.GetValueOrDefault(member, []), result.ErrorMessage ?? "Invalid."];
                        }
                    }
                }
            }

            return errors.Count > 0 ? TypedResults.ValidationProblem(errors) : await next(context);
        });

    private static Page<T> Paged<T>(List<T> all, PageRequest page) =>
        new([.. all.Skip(page.Skip).Take(page.PageSize)], page.Page, page.PageSize, all.Count);
}
