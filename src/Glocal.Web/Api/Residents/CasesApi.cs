using System.Security.Claims;
using Glocal.Core.Access;
using Glocal.Core.Data;
using Glocal.Core.Residents;
using Glocal.Core.Shared;
using Glocal.Web.Infrastructure;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;

namespace Glocal.Web.Api.Residents;

public static class CasesApi
{
    private const int ExportLimit = 50_000;

    public static RouteGroupBuilder MapCasesApi(this IEndpointRouteBuilder routes)
    {
        var group = routes.MapGroup("/residents/cases").WithTags("Consultation cases");
        group.MapGet("/", List).RequireAuthorization(Permissions.ResidentsRead)
            .WithSummary("Cases; names only for callers who may read personal data, and sensitive cases' names only with residents.read_sensitive");
        group.MapGet("/export", Export).RequireAuthorization(Permissions.ResidentsExport).WithSummary("The case list as CSV or XLSX (?format=), without names");
        group.MapPost("/", Open).RequireAuthorization(Permissions.ResidentsCreate).WithSummary("Open a case");
        group.MapPost("/search", Search).RequireAuthorization(Permissions.ResidentsReadPersonal)
            .WithSummary("Cases of the clients with this exact name or registration number (keyed hash; the body keeps them out of URLs), with the list's filters");

        // Routes under one case answer 404 for a case of another municipality before anything else, validation included.
        RouteHandlerBuilder One(RouteHandlerBuilder endpoint) => endpoint.AddEndpointFilter(ExistsThenValid.Filter<ConsultationCase>()).DisableValidation();
        One(group.MapGet("/{id:guid}", Get)).RequireAuthorization(Permissions.ResidentsReadPersonal).WithSummary("A case with its notes, referrals, outcomes and history (the read is logged)");
        One(group.MapPatch("/{id:guid}", Update)).RequireAuthorization(Permissions.ResidentsUpdate).WithSummary("Change category, sensitivity, client link, subject or assignee");
        One(group.MapPost("/{id:guid}/status", ChangeStatus)).RequireAuthorization(Permissions.ResidentsUpdate).WithSummary("Move the case along its workflow");
        One(group.MapPost("/{id:guid}/reopen", Reopen)).RequireAuthorization(Permissions.ResidentsUpdate).WithSummary("Reopen a closed case");
        One(group.MapPost("/{id:guid}/notes", AddNote)).RequireAuthorization(Permissions.ResidentsUpdate).WithSummary("Add a note (stored encrypted)");
        One(group.MapPost("/{id:guid}/referrals", Refer)).RequireAuthorization(Permissions.ResidentsUpdate)
            .WithSummary("Refer to an agency: needs the client's consent, or residents.override_consent and a reason (audited)");
        One(group.MapPost("/{id:guid}/referrals/{referralId:guid}/status", ChangeReferralStatus)).RequireAuthorization(Permissions.ResidentsUpdate).WithSummary("Record the agency's answer");
        One(group.MapPost("/{id:guid}/outcomes", RecordOutcome)).RequireAuthorization(Permissions.ResidentsUpdate).WithSummary("Record an outcome (e.g. wages recovered in won)");
        One(group.MapPost("/{id:guid}/follow-ups", AddFollowUp)).RequireAuthorization(Permissions.ResidentsUpdate).WithSummary("Plan a follow-up with a due date");
        One(group.MapPost("/{id:guid}/follow-ups/{followUpId:guid}/done", CompleteFollowUp)).RequireAuthorization(Permissions.ResidentsUpdate).WithSummary("Mark a follow-up done");
        return group;
    }

    public static CaseViewer ViewerOf(ClaimsPrincipal user) => new(
        user.HasClaim(GlocalClaims.Permission, Permissions.ResidentsReadPersonal),
        user.HasClaim(GlocalClaims.Permission, Permissions.ResidentsReadSensitive),
        user.HasClaim(GlocalClaims.Permission, Permissions.ResidentsOverrideConsent));

    private static async Task<Ok<Page<CaseSummary>>> List(
        [AsParameters] CaseSearch search, [AsParameters] PageRequest page, CaseService cases, ClaimsPrincipal user, CancellationToken ct) =>
        TypedResults.Ok(await cases.ListAsync(search, page, ViewerOf(user), ct));

    private static async Task<Ok<Page<CaseSummary>>> Search(
        CaseLookupRequest lookup, [AsParameters] CaseSearch search, [AsParameters] PageRequest page, ClientService clients, CaseService cases, ClaimsPrincipal user, CancellationToken ct)
    {
        var ids = await clients.MatchAsync(lookup.Name, lookup.RegistrationNumber, ct);
        return TypedResults.Ok(await cases.ListAsync(search, page, ViewerOf(user), ct, ids));
    }

    private static async Task<FileContentHttpResult> Export([AsParameters] CaseSearch search, string? format, CaseService cases, CancellationToken ct)
    {
        var page = await cases.ListAsync(search, new PageRequest { Page = 1, PageSize = ExportLimit }, new CaseViewer(false, false, false), ct);
        return ExportResults.File(page.Items.Select(c => new
        {
            c.ReferenceNumber, Status = c.Status.ToString(), Category = c.Category.ToString(), Channel = c.Channel.ToString(),
            c.Language, c.Sensitive, c.OpenedAt, c.FirstResponseAt, c.ClosedAt,
        }), format, "cases");
    }

    private static async Task<Created<CaseDetails>> Open(OpenCaseRequest request, CaseService cases, CancellationToken ct)
    {
        var opened = await cases.OpenAsync(request, ct);
        return TypedResults.Created($"/api/v1/residents/cases/{opened.Id}", await cases.RevealAsync(opened.Id, ct));
    }

    private static async Task<Ok<CaseDetails>> Get(Guid id, CaseService cases, CancellationToken ct) =>
        TypedResults.Ok(await cases.RevealAsync(id, ct));

    private static async Task<NoContent> Update(Guid id, UpdateCaseRequest request, CaseService cases, CancellationToken ct)
    {
        await cases.UpdateAsync(id, request, ct);
        return TypedResults.NoContent();
    }

    private static async Task<NoContent> ChangeStatus(Guid id, ChangeCaseStatusRequest request, CaseService cases, CancellationToken ct)
    {
        await cases.ChangeStatusAsync(id, request.Status, ct);
        return TypedResults.NoContent();
    }

    private static async Task<NoContent> Reopen(Guid id, CaseService cases, CancellationToken ct)
    {
        await cases.ReopenAsync(id, ct);
        return TypedResults.NoContent();
    }

    private static async Task<Created> AddNote(Guid id, AddNoteRequest request, CaseService cases, CancellationToken ct)
    {
        await cases.AddNoteAsync(id, request, ct);
        return TypedResults.Created($"/api/v1/residents/cases/{id}");
    }

    private static async Task<Created<IdResponse>> Refer(Guid id, ReferCaseRequest request, CaseService cases, ClaimsPrincipal user, CancellationToken ct)
    {
        var referral = await cases.ReferAsync(id, request, ViewerOf(user).CanOverrideConsent, ct);
        return TypedResults.Created($"/api/v1/residents/cases/{id}", new IdResponse(referral));
    }

    private static async Task<NoContent> ChangeReferralStatus(Guid id, Guid referralId, ChangeReferralStatusRequest request, CaseService cases, CancellationToken ct)
    {
        await cases.ChangeReferralStatusAsync(id, referralId, request.Status, ct);
        return TypedResults.NoContent();
    }

    private static async Task<Created<IdResponse>> RecordOutcome(Guid id, RecordOutcomeRequest request, CaseService cases, CancellationToken ct) =>
        TypedResults.Created($"/api/v1/residents/cases/{id}", new IdResponse(await cases.RecordOutcomeAsync(id, request, ct)));

    private static async Task<Created<IdResponse>> AddFollowUp(Guid id, AddFollowUpRequest request, CaseService cases, CancellationToken ct) =>
        TypedResults.Created($"/api/v1/residents/cases/{id}", new IdResponse(await cases.AddFollowUpAsync(id, request, ct)));

    private static async Task<NoContent> CompleteFollowUp(Guid id, Guid followUpId, CaseService cases, CancellationToken ct)
    {
        await cases.CompleteFollowUpAsync(id, followUpId, ct);
        return TypedResults.NoContent();
    }
}

/// <summary>The id of something just created.</summary>
public sealed record IdResponse(Guid Id);
