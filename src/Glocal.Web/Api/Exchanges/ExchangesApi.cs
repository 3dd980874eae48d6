using Glocal.Core.Access;
using Glocal.Core.Exchanges;
using Glocal.Core.Shared;
using Glocal.Core.Shared.Tabular;
using Glocal.Web.Infrastructure;
using Microsoft.AspNetCore.Http.HttpResults;

namespace Glocal.Web.Api.Exchanges;

/// <summary>International exchange: partner cities and what happens in each relationship after the signing.</summary>
public static class ExchangesApi
{
    public static RouteGroupBuilder MapExchangesApi(this IEndpointRouteBuilder routes)
    {
        var group = routes.MapGroup("/exchanges").WithTags("Exchanges");
        group.MapGet("/partners", ListPartners).RequireAuthorization(Permissions.ExchangesRead)
            .WithSummary("Partner cities with their computed status (active, dormant, never active); filters, sorting, paging");
        group.MapGet("/partners/export", ExportPartners).RequireAuthorization(Permissions.ExchangesExport)
            .WithSummary("The filtered partner list as CSV or XLSX (?format=csv|xlsx)");
        group.MapPost("/partners", CreatePartner).RequireAuthorization(Permissions.ExchangesCreate).WithSummary("Add a partner city");
        group.MapGet("/partners/{id:guid}", GetPartner).RequireAuthorization(Permissions.ExchangesRead)
            .WithSummary("A partner with agreements, programmes, delegations, activities, computed figures and timeline");
        group.MapPatch("/partners/{id:guid}", UpdatePartner).RequireAuthorization(Permissions.ExchangesUpdate)
            .WithSummary("Change a partner's descriptive fields; send the ETag back in If-Match to refuse a stale edit (412 version_mismatch)");
        group.MapGet("/map", Map).RequireAuthorization(Permissions.ExchangesRead).WithSummary("Partner positions coloured by computed status");
        group.MapGet("/headline", Headline).RequireAuthorization(Permissions.ExchangesRead).WithSummary("Partners by status and overdue follow-ups");

        group.MapPost("/agreements", AddAgreement).RequireAuthorization(Permissions.ExchangesCreate)
            .WithSummary("Record an agreement; a sister-city agreement needs the council's approval date and resolution number");
        group.MapGet("/agreements/{id:guid}", GetAgreement).RequireAuthorization(Permissions.ExchangesRead).WithSummary("An agreement with its status history; ETag is its version");
        group.MapPatch("/agreements/{id:guid}", UpdateAgreement).RequireAuthorization(Permissions.ExchangesUpdate)
            .WithSummary("Correct an agreement's terms (rules checked again); If-Match refuses a stale edit");
        group.MapPost("/agreements/{id:guid}/status", ChangeAgreementStatus).RequireAuthorization(Permissions.ExchangesUpdate)
            .WithSummary("Suspend, terminate (with a reason) or reactivate an agreement");
        group.MapPost("/programmes", AddProgramme).RequireAuthorization(Permissions.ExchangesCreate).WithSummary("Add a programme with its budget by year and source");
        group.MapGet("/programmes/{id:guid}", GetProgramme).RequireAuthorization(Permissions.ExchangesRead).WithSummary("A programme with its budget lines; ETag is its version");
        group.MapPatch("/programmes/{id:guid}", UpdateProgramme).RequireAuthorization(Permissions.ExchangesUpdate)
            .WithSummary("Edit a programme; budgets, when given, replace every line; If-Match refuses a stale edit");

        group.MapGet("/delegations", ListDelegations).RequireAuthorization(Permissions.ExchangesRead).WithSummary("Delegations with follow-ups; filter by partner, direction, year, overdue");
        group.MapGet("/delegations/export", ExportDelegations).RequireAuthorization(Permissions.ExchangesExport).WithSummary("Delegations as CSV or XLSX");
        group.MapGet("/delegations/{id:guid}", GetDelegation).RequireAuthorization(Permissions.ExchangesRead).WithSummary("A delegation with follow-ups; ETag is its version");
        group.MapPatch("/delegations/{id:guid}", UpdateDelegation).RequireAuthorization(Permissions.ExchangesUpdate)
            .WithSummary("Edit a delegation (approval, post-trip report, members); If-Match refuses a stale edit");
        group.MapPost("/delegations", AddDelegation).RequireAuthorization(Permissions.ExchangesCreate).WithSummary("Record a delegation, going out or coming in");
        // Another municipality's delegation is 404 before the body is validated, so a malformed request cannot probe for it.
        group.MapPost("/delegations/{id:guid}/follow-ups", AddFollowUp).RequireAuthorization(Permissions.ExchangesCreate).WithSummary("Add a follow-up with a due date")
            .DisableValidation().AddEndpointFilter(DelegationMustExist);
        group.MapPost("/follow-ups/{id:guid}/done", CompleteFollowUp).RequireAuthorization(Permissions.ExchangesUpdate).WithSummary("Mark a follow-up done");

        group.MapGet("/activities", ListActivities).RequireAuthorization(Permissions.ExchangesRead).WithSummary("The activity log; filter by partner, kind, substantive, year");
        group.MapGet("/activities/export", ExportActivities).RequireAuthorization(Permissions.ExchangesExport).WithSummary("The activity log as CSV or XLSX");
        group.MapPost("/activities", LogActivity).RequireAuthorization(Permissions.ExchangesCreate)
            .WithSummary("Log an activity; only substantive ones keep a relationship active");

        group.MapGet("/gazetteer", SearchGazetteer).RequireAuthorization(Permissions.ExchangesRead)
            .WithSummary("World cities by name in English, Korean or local script (GeoNames, offline), best match first");
        group.MapPost("/import", Import).RequireAuthorization(Permissions.ExchangesCreate).DisableAntiforgery()
            .WithSummary("Import the national registry layout (자치단체, 국가, 도시, 교류형태, 체결일, 교류분야) from CSV (UTF-8 or CP949) or XLSX; all or nothing, idempotent");
        return group;
    }

    private static Ok<IReadOnlyList<GazetteerCity>> SearchGazetteer(string? q, string? country, Gazetteer gazetteer) =>
        TypedResults.Ok(gazetteer.Search(q, country));

    // The form is read here rather than bound, so that authorization answers before any content-type check.
    private static async Task<Ok<ImportReport>> Import(HttpRequest request, ExchangeImporter importer, CancellationToken ct)
    {
        var file = request.HasFormContentType ? (await request.ReadFormAsync(ct)).Files.GetFile("file") : null;
        if (file is null)
        {
            throw new BusinessRuleException("import_file_required", "Send the file as multipart/form-data in a field named 'file'.", 400);
        }

        await using var stream = file.OpenReadStream();
        return TypedResults.Ok(await importer.ImportAsync(stream, Path.GetFileName(file.FileName), ct));
    }

    private static async Task<Ok<Page<PartnerSummary>>> ListPartners([AsParameters] PartnerListRequest filter, [AsParameters] PageRequest page, ExchangeQueries queries, CancellationToken ct) =>
        TypedResults.Ok(await queries.PartnersAsync(filter, page, ct));

    private static async Task<FileContentHttpResult> ExportPartners([AsParameters] PartnerListRequest filter, string? format, ExchangeQueries queries, CancellationToken ct) =>
        ExportResults.File(await queries.AllPartnersAsync(filter, ct), format, "partner-cities");

    private static async Task<Created<PartnerDetails>> CreatePartner(CreatePartnerRequest request, ExchangeService exchanges, ExchangeQueries queries, CancellationToken ct)
    {
        var id = await exchanges.CreatePartnerAsync(request, ct);
        return TypedResults.Created($"/api/v1/exchanges/partners/{id}", await queries.PartnerAsync(id, ct));
    }

    private static async Task<Ok<PartnerDetails>> GetPartner(Guid id, HttpContext http, ExchangeQueries queries, CancellationToken ct) =>
        Versioned(http, await queries.PartnerAsync(id, ct), p => p.Version);

    private static async Task<Ok<PartnerDetails>> UpdatePartner(Guid id, UpdatePartnerRequest request, HttpContext http, ExchangeService exchanges, ExchangeQueries queries, CancellationToken ct)
    {
        await exchanges.UpdatePartnerAsync(id, request, ETags.IfMatch(http.Request), ct);
        return Versioned(http, await queries.PartnerAsync(id, ct), p => p.Version);
    }

    private static async Task<Ok<AgreementDetails>> GetAgreement(Guid id, HttpContext http, ExchangeQueries queries, CancellationToken ct) =>
        Versioned(http, await queries.AgreementAsync(id, ct), a => a.Version);

    private static async Task<Ok<AgreementDetails>> UpdateAgreement(Guid id, UpdateAgreementRequest request, HttpContext http, ExchangeService exchanges, ExchangeQueries queries, CancellationToken ct)
    {
        await exchanges.UpdateAgreementAsync(id, request, ETags.IfMatch(http.Request), ct);
        return Versioned(http, await queries.AgreementAsync(id, ct), a => a.Version);
    }

    private static async Task<Ok<ProgrammeDetails>> GetProgramme(Guid id, HttpContext http, ExchangeQueries queries, CancellationToken ct) =>
        Versioned(http, await queries.ProgrammeAsync(id, ct), p => p.Version);

    private static async Task<Ok<ProgrammeDetails>> UpdateProgramme(Guid id, UpdateProgrammeRequest request, HttpContext http, ExchangeService exchanges, ExchangeQueries queries, CancellationToken ct)
    {
        await exchanges.UpdateProgrammeAsync(id, request, ETags.IfMatch(http.Request), ct);
        return Versioned(http, await queries.ProgrammeAsync(id, ct), p => p.Version);
    }

    private static async Task<Ok<DelegationDetails>> GetDelegation(Guid id, HttpContext http, ExchangeQueries queries, CancellationToken ct) =>
        Versioned(http, await queries.DelegationAsync(id, ct), d => d.Version);

    private static async Task<Ok<DelegationDetails>> UpdateDelegation(Guid id, UpdateDelegationRequest request, HttpContext http, ExchangeService exchanges, ExchangeQueries queries, CancellationToken ct)
    {
        await exchanges.UpdateDelegationAsync(id, request, ETags.IfMatch(http.Request), ct);
        return Versioned(http, await queries.DelegationAsync(id, ct), d => d.Version);
    }

    private static async ValueTask<object?> DelegationMustExist(EndpointFilterInvocationContext context, EndpointFilterDelegate next)
    {
        var http = context.HttpContext;
        if (Guid.TryParse(http.Request.RouteValues["id"]?.ToString(), out var id)
            && !await http.RequestServices.GetRequiredService<ExchangeQueries>().DelegationExistsAsync(id, http.RequestAborted))
        {
            throw new NotFoundException(nameof(Delegation), id);
        }

        var errors = new Dictionary<string, string[]>(StringComparer.Ordinal);
        foreach (var argument in context.Arguments.OfType<FollowUpLine>())
        {
            var results = new List<System.ComponentModel.DataAnnotations.ValidationResult>();
            if (!System.ComponentModel.DataAnnotations.Validator.TryValidateObject(argument, new(argument), results, validateAllProperties: true))
            {
                foreach (var result in results)
                {
                    foreach (var member in result.MemberNames.DefaultIfEmpty(""))
                    {
                        errors[System.Text.Json.JsonNamingPolicy.CamelCase.ConvertName(member)] = [result.ErrorMessage ?? "Invalid."];
                    }
                }
            }
        }

        return errors.Count > 0 ? TypedResults.ValidationProblem(errors) : await next(context);
    }

    private static Ok<T> Versioned<T>(HttpContext http, T body, Func<T, long> version)
    {
        ETags.Set(http, version(body));
        return TypedResults.Ok(body);
    }

    private static async Task<Ok<List<MapPoint>>> Map(ExchangeQueries queries, CancellationToken ct) => TypedResults.Ok(await queries.MapPointsAsync(ct));

    private static async Task<Ok<ExchangeHeadline>> Headline(ExchangeQueries queries, CancellationToken ct) => TypedResults.Ok(await queries.HeadlineAsync(ct));

    private static async Task<Created<IdResponse>> AddAgreement(CreateAgreementRequest request, ExchangeService exchanges, CancellationToken ct) =>
        Created(request.PartnerCityId, await exchanges.AddAgreementAsync(request, ct));

    private static async Task<NoContent> ChangeAgreementStatus(Guid id, ChangeAgreementStatusRequest request, ExchangeService exchanges, CancellationToken ct)
    {
        await exchanges.ChangeAgreementStatusAsync(id, request, ct);
        return TypedResults.NoContent();
    }

    private static async Task<Created<IdResponse>> AddProgramme(CreateProgrammeRequest request, ExchangeService exchanges, CancellationToken ct) =>
        Created(request.PartnerCityId, await exchanges.AddProgrammeAsync(request, ct));

    private static async Task<Ok<Page<DelegationDetails>>> ListDelegations([AsParameters] DelegationListRequest filter, [AsParameters] PageRequest page, ExchangeQueries queries, CancellationToken ct) =>
        TypedResults.Ok(await queries.DelegationsAsync(filter, page, ct));

    private static async Task<FileContentHttpResult> ExportDelegations([AsParameters] DelegationListRequest filter, string? format, ExchangeQueries queries, CancellationToken ct) =>
        ExportResults.File((await queries.AllDelegationsAsync(filter, ct)).Select(DelegationExportRow.From), format, "delegations");

    private static async Task<Created<IdResponse>> AddDelegation(CreateDelegationRequest request, ExchangeService exchanges, CancellationToken ct) =>
        Created(request.PartnerCityId, await exchanges.AddDelegationAsync(request, ct));

    private static async Task<Ok<IdResponse>> AddFollowUp(Guid id, FollowUpLine request, ExchangeService exchanges, CancellationToken ct) =>
        TypedResults.Ok(new IdResponse(await exchanges.AddFollowUpAsync(id, request, ct)));

    private static async Task<NoContent> CompleteFollowUp(Guid id, CompleteFollowUpRequest request, ExchangeService exchanges, CancellationToken ct)
    {
        await exchanges.CompleteFollowUpAsync(id, request, ct);
        return TypedResults.NoContent();
    }

    private static async Task<Ok<Page<ActivityDetails>>> ListActivities([AsParameters] ActivityListRequest filter, [AsParameters] PageRequest page, ExchangeQueries queries, CancellationToken ct) =>
        TypedResults.Ok(await queries.ActivitiesAsync(filter, page, ct));

    private static async Task<FileContentHttpResult> ExportActivities([AsParameters] ActivityListRequest filter, string? format, ExchangeQueries queries, CancellationToken ct) =>
        ExportResults.File(await queries.AllActivitiesAsync(filter, ct), format, "exchange-activities");

    private static async Task<Created<IdResponse>> LogActivity(LogActivityRequest request, ExchangeService exchanges, CancellationToken ct) =>
        Created(request.PartnerCityId, await exchanges.LogActivityAsync(request, ct));

    private static Created<IdResponse> Created(Guid partnerId, Guid id) => TypedResults.Created($"/api/v1/exchanges/partners/{partnerId}", new IdResponse(id));
}

public sealed record IdResponse(Guid Id);

/// <summary>A delegation flattened for spreadsheets: one row, follow-ups counted.</summary>
public sealed record DelegationExportRow(
    Guid Id, string PartnerNameKo, string PartnerNameEn, ExchangeDirection Direction, DelegationHead Head, string Purpose,
    DateOnly StartsOn, DateOnly EndsOn, int Members, long CostWon, DateOnly? ApprovedOn, DateOnly? ReportedOn, int FollowUps, int OverdueFollowUps)
{
    public static DelegationExportRow From(DelegationDetails d) => new(
        d.Id, d.PartnerNameKo, d.PartnerNameEn, d.Direction, d.Head, d.Purpose, d.StartsOn, d.EndsOn, d.Members, d.CostWon,
        d.ApprovedOn, d.ReportedOn, d.FollowUps.Count, d.OverdueFollowUps);
}
