using System.Security.Claims;
using Glocal.Core.Access;
using Glocal.Core.Investments;
using Glocal.Core.Shared;
using Glocal.Core.Shared.Tabular;
using Glocal.Web.Infrastructure;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;

namespace Glocal.Web.Api.Investments;

/// <summary>
/// /api/v1/investments: investors, projects and their stages, MOUs, money, incentives, jobs and aftercare.
/// Confidential (code-named) projects answer 404 to callers without investments.read_confidential.
/// </summary>
public static class InvestmentsApi
{
    public static RouteGroupBuilder MapInvestmentsApi(this IEndpointRouteBuilder routes)
    {
        var group = routes.MapGroup("/investments").WithTags("Investments");
        group.MapGet("/figures", Figures).RequireAuthorization(Permissions.InvestmentsRead)
            .WithSummary("Funnel, realisation rate, median MOU-to-arrival lag, pledged/notified/arrived/verified totals, jobs, compliance");
        group.MapGet("/board", Board).RequireAuthorization(Permissions.InvestmentsRead).WithSummary("Projects by stage, with counts of hidden confidential ones");

        group.MapGet("/companies", ListCompanies).RequireAuthorization(Permissions.InvestmentsRead).WithSummary("Investors: paging, search, country filter, sorting");
        group.MapPost("/companies", CreateCompany).RequireAuthorization(Permissions.InvestmentsCreate).WithSummary("Register an investor");
        group.MapGet("/companies/export", ExportCompanies).RequireAuthorization(Permissions.InvestmentsExport).WithSummary("Investors as CSV or XLSX (?format=csv|xlsx)");
        group.MapGet("/headline", Headline).RequireAuthorization(Permissions.InvestmentsRead).WithSummary("Dashboard headline: verified figures with pledged as the shadow series");
        group.MapGet("/companies/{id:guid}", GetCompany).RequireAuthorization(Permissions.InvestmentsRead).WithSummary("An investor with contacts and visible projects; ETag is its version");
        group.MapPatch("/companies/{id:guid}", UpdateCompany).RequireAuthorization(Permissions.InvestmentsUpdate)
            .WithSummary("Edit an investor (contacts, when given, replace the list); If-Match refuses a stale edit (412 version_mismatch)");

        group.MapGet("/projects", ListProjects).RequireAuthorization(Permissions.InvestmentsRead).WithSummary("Projects: paging, search, stage and source filters, sorting");
        group.MapGet("/projects/export", ExportProjects).RequireAuthorization(Permissions.InvestmentsExport).WithSummary("Projects as CSV or XLSX (?format=csv|xlsx), the import's columns");
        group.MapPost("/projects/import", ImportProjects).RequireAuthorization(Permissions.InvestmentsCreate).DisableAntiforgery()
            .WithSummary("Import projects from CSV (UTF-8/CP949) or XLSX; rejected whole on any error");
        group.MapPost("/projects", CreateProject).RequireAuthorization(Permissions.InvestmentsCreate).WithSummary("Open a project (at Lead unless another main stage is given)");
        group.MapGet("/projects/{id:guid}", GetProject).RequireAuthorization(Permissions.InvestmentsRead)
            .WithSummary("A project with its history, MOU, money, incentives, jobs, grievances and figures; ETag is its version");
        // The framework's validation would answer 400 before the handler could say 404; this group validates after the visibility check.
        var project = group.MapGroup("/projects/{id:guid}").DisableValidation().AddEndpointFilter(ProjectMustBeVisible);
        project.MapPatch("", UpdateProject).RequireAuthorization(Permissions.InvestmentsUpdate)
            .WithSummary("Edit a project's descriptive fields (title, officer, type, site, probability, decision date); If-Match refuses a stale edit");
        project.MapPost("/stage", MoveStage).RequireAuthorization(Permissions.InvestmentsUpdate).WithSummary("Move a project to another stage (rules enforced, recorded with date and who)");
        project.MapPut("/mou", RecordMou).RequireAuthorization(Permissions.InvestmentsUpdate).WithSummary("Record or correct the MOU: signatories, pledge, jobs, milestones");
        project.MapPost("/mou/milestones/{milestoneId:guid}/complete", CompleteMilestone).RequireAuthorization(Permissions.InvestmentsUpdate).WithSummary("Mark an MOU milestone done");
        project.MapPost("/tranches", AddTranche).RequireAuthorization(Permissions.InvestmentsUpdate).WithSummary("Record a money flow with currency, rate and evidence grade");
        project.MapPost("/incentives", AddIncentive).RequireAuthorization(Permissions.InvestmentsUpdate).WithSummary("Record an incentive with its conditions");
        project.MapPost("/incentives/{incentiveId:guid}/conditions/{conditionId:guid}/check", CheckCondition)
            .RequireAuthorization(Permissions.InvestmentsUpdate).WithSummary("Record a compliance check of an incentive condition; If-Match takes the incentive's version");
        project.MapPost("/incentives/{incentiveId:guid}/clawback", SetClawback).RequireAuthorization(Permissions.InvestmentsUpdate)
            .WithSummary("Set the clawback status of an incentive; If-Match takes the incentive's version");
        project.MapPost("/jobs-reports", AddJobsReport).RequireAuthorization(Permissions.InvestmentsUpdate).WithSummary("Report jobs for a period, Korean and foreign by stay status");
        project.MapPost("/grievances", AddGrievance).RequireAuthorization(Permissions.InvestmentsUpdate).WithSummary("Record an aftercare grievance");
        project.MapPatch("/grievances/{grievanceId:guid}", UpdateGrievance).RequireAuthorization(Permissions.InvestmentsUpdate)
            .WithSummary("Follow a grievance up: status, agency referred to; If-Match takes the grievance's version");
        return group;
    }

    /// <summary>
    /// A write to a project the caller cannot see (another municipality's, or confidential) is 404 before its
    /// body is even validated, so a malformed request cannot probe for existence; then the request's
    /// DataAnnotations are checked as the framework would.
    /// </summary>
    private static async ValueTask<object?> ProjectMustBeVisible(EndpointFilterInvocationContext context, EndpointFilterDelegate next)
    {
        var http = context.HttpContext;
        if (Guid.TryParse(http.Request.RouteValues["id"]?.ToString(), out var id))
        {
            var db = http.RequestServices.GetRequiredService<Glocal.Core.Data.GlocalDbContext>();
            var canSee = http.User.CanSeeConfidential();
            if (!await db.InvestmentProjects.AnyAsync(p => p.Id == id && (canSee || p.CodeName == null), http.RequestAborted))
            {
                throw new NotFoundException(nameof(InvestmentProject), id);
            }
        }

        var errors = RequestValidation.Errors(context.Arguments);
        return errors.Count > 0 ? TypedResults.ValidationProblem(errors) : await next(context);
    }

    /// <summary>Whether the caller holds investments.read_confidential (a token only when that scope was granted).</summary>
    public static bool CanSeeConfidential(this ClaimsPrincipal user) => user.HasClaim(GlocalClaims.Permission, Permissions.InvestmentsReadConfidential);

    private static async Task<Ok<PipelineFigures>> Figures(InvestmentQueries queries, CancellationToken ct) =>
        TypedResults.Ok(await queries.FiguresAsync(ct));

    private static async Task<Ok<InvestmentHeadline>> Headline(InvestmentQueries queries, CancellationToken ct) =>
        TypedResults.Ok(await queries.HeadlineAsync(ct));

    private static async Task<FileContentHttpResult> ExportCompanies([AsParameters] CompanySearch search, string? format, ClaimsPrincipal user, InvestmentQueries queries, CancellationToken ct)
    {
        var parsed = TabularExport.ParseFormat(format);
        return ExportResults.File(await queries.ExportCompaniesAsync(search, user.CanSeeConfidential(), ct), parsed.ToString(), "investment-companies");
    }

    private static async Task<Ok<IReadOnlyList<BoardColumn>>> Board([AsParameters] ProjectSearch search, ClaimsPrincipal user, InvestmentQueries queries, CancellationToken ct) =>
        TypedResults.Ok(await queries.BoardAsync(search, user.CanSeeConfidential(), ct));

    private static async Task<Ok<Page<CompanySummary>>> ListCompanies([AsParameters] CompanySearch search, [AsParameters] PageRequest page, ClaimsPrincipal user, InvestmentQueries queries, CancellationToken ct) =>
        TypedResults.Ok(await queries.ListCompaniesAsync(search, page, user.CanSeeConfidential(), ct));

    private static async Task<Created<CompanyDetails>> CreateCompany(CreateCompanyRequest request, ClaimsPrincipal user, InvestmentService service, InvestmentQueries queries, CancellationToken ct)
    {
        var id = await service.CreateCompanyAsync(request, ct);
        return TypedResults.Created($"/api/v1/investments/companies/{id}", await queries.GetCompanyAsync(id, user.CanSeeConfidential(), ct));
    }

    private static async Task<Ok<CompanyDetails>> GetCompany(Guid id, HttpContext http, InvestmentQueries queries, CancellationToken ct) =>
        Versioned(http, await queries.GetCompanyAsync(id, http.User.CanSeeConfidential(), ct));

    private static async Task<Ok<CompanyDetails>> UpdateCompany(Guid id, UpdateCompanyRequest request, HttpContext http, InvestmentService service, InvestmentQueries queries, CancellationToken ct)
    {
        await service.UpdateCompanyAsync(id, request, ETags.IfMatch(http.Request), http.User.CanSeeConfidential(), ct);
        return Versioned(http, await queries.GetCompanyAsync(id, http.User.CanSeeConfidential(), ct));
    }

    private static async Task<Ok<ProjectDetails>> UpdateProject(Guid id, UpdateProjectRequest request, HttpContext http, InvestmentService service, InvestmentQueries queries, CancellationToken ct)
    {
        await service.UpdateProjectAsync(id, request, ETags.IfMatch(http.Request), http.User.CanSeeConfidential(), ct);
        return Versioned(http, await queries.GetProjectAsync(id, http.User.CanSeeConfidential(), ct));
    }

    private static async Task<Ok<ProjectDetails>> UpdateGrievance(Guid id, Guid grievanceId, UpdateGrievanceRequest request, HttpContext http, InvestmentService service, InvestmentQueries queries, CancellationToken ct)
    {
        await service.UpdateGrievanceAsync(id, grievanceId, request, ETags.IfMatch(http.Request), http.User.CanSeeConfidential(), ct);
        return Versioned(http, await queries.GetProjectAsync(id, http.User.CanSeeConfidential(), ct));
    }

    private static Ok<CompanyDetails> Versioned(HttpContext http, CompanyDetails company)
    {
        ETags.Set(http, company.Version);
        return TypedResults.Ok(company);
    }

    private static Ok<ProjectDetails> Versioned(HttpContext http, ProjectDetails project)
    {
        ETags.Set(http, project.Version);
        return TypedResults.Ok(project);
    }

    private static async Task<Ok<ProjectPage>> ListProjects([AsParameters] ProjectSearch search, [AsParameters] PageRequest page, ClaimsPrincipal user, InvestmentQueries queries, CancellationToken ct) =>
        TypedResults.Ok(await queries.ListProjectsAsync(search, page, user.CanSeeConfidential(), ct));

    private static async Task<FileContentHttpResult> ExportProjects([AsParameters] ProjectSearch search, string? format, ClaimsPrincipal user, InvestmentQueries queries, CancellationToken ct)
    {
        var parsed = TabularExport.ParseFormat(format);
        var rows = await queries.ExportProjectsAsync(search, user.CanSeeConfidential(), ct);
        return ExportResults.File(rows, parsed.ToString(), "investment-projects");
    }

    /// <summary>Reads the form itself rather than binding IFormFile, so a wrong content type is refused after authorization, not by routing.</summary>
    private static async Task<Ok<ImportReport>> ImportProjects(HttpRequest request, ClaimsPrincipal user, InvestmentImport import, CancellationToken ct)
    {
        if (!request.HasFormContentType)
        {
            throw new BusinessRuleException("unsupported_media_type", "Send the file as multipart/form-data in a field named 'file'.", StatusCodes.Status415UnsupportedMediaType);
        }

        var form = await request.ReadFormAsync(ct);
        var file = form.Files.GetFile("file") ?? throw new BusinessRuleException("file_required", "Send the file in a form field named 'file'.", StatusCodes.Status400BadRequest);
        await using var stream = file.OpenReadStream();
        return TypedResults.Ok(await import.ImportProjectsAsync(stream, file.FileName, user.CanSeeConfidential(), ct));
    }

    private static async Task<Created<ProjectDetails>> CreateProject(CreateProjectRequest request, ClaimsPrincipal user, InvestmentService service, InvestmentQueries queries, CancellationToken ct)
    {
        if (request.CodeName is not null && !user.CanSeeConfidential())
        {
            throw new BusinessRuleException("confidential_forbidden", "Only users who may see confidential projects can open one.", 403);
        }

        var id = await service.CreateProjectAsync(request, ct);
        return TypedResults.Created($"/api/v1/investments/projects/{id}", await queries.GetProjectAsync(id, user.CanSeeConfidential(), ct));
    }

    private static async Task<Ok<ProjectDetails>> GetProject(Guid id, HttpContext http, InvestmentQueries queries, CancellationToken ct) =>
        Versioned(http, await queries.GetProjectAsync(id, http.User.CanSeeConfidential(), ct));

    private static async Task<Ok<ProjectDetails>> MoveStage(Guid id, MoveStageRequest request, ClaimsPrincipal user, InvestmentService service, InvestmentQueries queries, CancellationToken ct)
    {
        await service.MoveStageAsync(id, request, user.CanSeeConfidential(), ct);
        return TypedResults.Ok(await queries.GetProjectAsync(id, user.CanSeeConfidential(), ct));
    }

    private static async Task<Ok<ProjectDetails>> RecordMou(Guid id, RecordMouRequest request, ClaimsPrincipal user, InvestmentService service, InvestmentQueries queries, CancellationToken ct)
    {
        await service.RecordMouAsync(id, request, user.CanSeeConfidential(), ct);
        return TypedResults.Ok(await queries.GetProjectAsync(id, user.CanSeeConfidential(), ct));
    }

    private static async Task<Ok<ProjectDetails>> CompleteMilestone(Guid id, Guid milestoneId, CompleteMilestoneRequest request, ClaimsPrincipal user, InvestmentService service, InvestmentQueries queries, CancellationToken ct)
    {
        await service.CompleteMilestoneAsync(id, milestoneId, request, user.CanSeeConfidential(), ct);
        return TypedResults.Ok(await queries.GetProjectAsync(id, user.CanSeeConfidential(), ct));
    }

    private static async Task<Ok<ProjectDetails>> AddTranche(Guid id, AddTrancheRequest request, ClaimsPrincipal user, InvestmentService service, InvestmentQueries queries, CancellationToken ct)
    {
        await service.AddTrancheAsync(id, request, user.CanSeeConfidential(), ct);
        return TypedResults.Ok(await queries.GetProjectAsync(id, user.CanSeeConfidential(), ct));
    }

    private static async Task<Ok<ProjectDetails>> AddIncentive(Guid id, AddIncentiveRequest request, ClaimsPrincipal user, InvestmentService service, InvestmentQueries queries, CancellationToken ct)
    {
        await service.AddIncentiveAsync(id, request, user.CanSeeConfidential(), ct);
        return TypedResults.Ok(await queries.GetProjectAsync(id, user.CanSeeConfidential(), ct));
    }

    private static async Task<Ok<ProjectDetails>> CheckCondition(Guid id, Guid incentiveId, Guid conditionId, CheckConditionRequest request, ClaimsPrincipal user, HttpRequest http, InvestmentService service, InvestmentQueries queries, CancellationToken ct)
    {
        await service.CheckConditionAsync(id, incentiveId, conditionId, request, user.CanSeeConfidential(), ct, ETags.IfMatch(http));
        return TypedResults.Ok(await queries.GetProjectAsync(id, user.CanSeeConfidential(), ct));
    }

    private static async Task<Ok<ProjectDetails>> SetClawback(Guid id, Guid incentiveId, SetClawbackRequest request, ClaimsPrincipal user, HttpRequest http, InvestmentService service, InvestmentQueries queries, CancellationToken ct)
    {
        await service.SetClawbackAsync(id, incentiveId, request, user.CanSeeConfidential(), ct, ETags.IfMatch(http));
        return TypedResults.Ok(await queries.GetProjectAsync(id, user.CanSeeConfidential(), ct));
    }

    private static async Task<Ok<ProjectDetails>> AddJobsReport(Guid id, AddJobsReportRequest request, ClaimsPrincipal user, InvestmentService service, InvestmentQueries queries, CancellationToken ct)
    {
        await service.AddJobsReportAsync(id, request, user.CanSeeConfidential(), ct);
        return TypedResults.Ok(await queries.GetProjectAsync(id, user.CanSeeConfidential(), ct));
    }

    private static async Task<Ok<ProjectDetails>> AddGrievance(Guid id, AddGrievanceRequest request, ClaimsPrincipal user, InvestmentService service, InvestmentQueries queries, CancellationToken ct)
    {
        await service.AddGrievanceAsync(id, request, user.CanSeeConfidential(), ct);
        return TypedResults.Ok(await queries.GetProjectAsync(id, user.CanSeeConfidential(), ct));
    }
}
