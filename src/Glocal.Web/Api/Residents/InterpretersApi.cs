using Glocal.Core.Access;
using Glocal.Core.Residents.Interpreters;
using Glocal.Core.Shared;
using Glocal.Web.Infrastructure;
using Microsoft.AspNetCore.Http.HttpResults;

namespace Glocal.Web.Api.Residents;

public static class InterpretersApi
{
    private const int ExportLimit = 50_000;

    public static IEndpointRouteBuilder MapInterpretersApi(this IEndpointRouteBuilder routes)
    {
        var group = routes.MapGroup("/residents/interpreters").WithTags("Interpreters");
        group.MapGet("/", List).RequireAuthorization(Permissions.ResidentsRead).WithSummary("Interpreters with languages, availability and assignment counts");
        group.MapGet("/export", Export).RequireAuthorization(Permissions.ResidentsExport).WithSummary("The interpreter list as CSV or XLSX (?format=)");
        group.MapPost("/", Create).RequireAuthorization(Permissions.ResidentsCreate).WithSummary("Add an interpreter");
        group.MapGet("/{id:guid}", Get).RequireAuthorization(Permissions.ResidentsRead).WithSummary("An interpreter with their assignments");

        RouteHandlerBuilder One(RouteHandlerBuilder endpoint) => endpoint.AddEndpointFilter(ExistsThenValid.Filter<Interpreter>()).DisableValidation();
        One(group.MapPut("/{id:guid}", Update)).RequireAuthorization(Permissions.ResidentsUpdate).WithSummary("Change languages, availability or active state");
        One(group.MapPost("/{id:guid}/assignments", Assign)).RequireAuthorization(Permissions.ResidentsUpdate)
            .WithSummary("Book the interpreter (mode, situation, time); 422 interpreter_language, 409 interpreter_double_booked");
        One(group.MapPost("/{id:guid}/assignments/{assignmentId:guid}/status", ChangeStatus)).RequireAuthorization(Permissions.ResidentsUpdate)
            .WithSummary("Confirm, complete, cancel or record a no-show");

        var assignments = routes.MapGroup("/residents/assignments").WithTags("Interpreters");
        assignments.MapGet("/", ListAssignments).RequireAuthorization(Permissions.ResidentsRead).WithSummary("Interpreting assignments with filters");
        assignments.MapGet("/export", ExportAssignments).RequireAuthorization(Permissions.ResidentsExport).WithSummary("Assignments as CSV or XLSX (?format=)");
        return routes;
    }

    private static async Task<Ok<Page<InterpreterSummary>>> List([AsParameters] InterpreterSearch search, [AsParameters] PageRequest page, InterpreterService interpreters, CancellationToken ct) =>
        TypedResults.Ok(await interpreters.ListAsync(search, page, ct));

    private static async Task<FileContentHttpResult> Export([AsParameters] InterpreterSearch search, string? format, InterpreterService interpreters, CancellationToken ct)
    {
        var page = await interpreters.ListAsync(search, new PageRequest(1, ExportLimit), ct);
        return ExportResults.File(page.Items.Select(i => new { i.Name, i.Languages, AvailableDays = i.AvailableDays.ToString(), i.AvailableHours, i.Active, i.Assignments, i.NoShows }), format, "interpreters");
    }

    private static async Task<Created<InterpreterDetails>> Create(SaveInterpreterRequest request, InterpreterService interpreters, CancellationToken ct)
    {
        var id = await interpreters.SaveAsync(null, request, ct);
        return TypedResults.Created($"/api/v1/residents/interpreters/{id}", await interpreters.GetAsync(id, ct));
    }

    private static async Task<Ok<InterpreterDetails>> Get(Guid id, InterpreterService interpreters, CancellationToken ct) => TypedResults.Ok(await interpreters.GetAsync(id, ct));

    private static async Task<Ok<InterpreterDetails>> Update(Guid id, SaveInterpreterRequest request, InterpreterService interpreters, CancellationToken ct)
    {
        await interpreters.SaveAsync(id, request, ct);
        return TypedResults.Ok(await interpreters.GetAsync(id, ct));
    }

    private static async Task<Created<IdResponse>> Assign(Guid id, AssignInterpreterRequest request, InterpreterService interpreters, CancellationToken ct) =>
        TypedResults.Created($"/api/v1/residents/interpreters/{id}", new IdResponse(await interpreters.AssignAsync(id, request, ct)));

    private static async Task<NoContent> ChangeStatus(Guid id, Guid assignmentId, ChangeAssignmentStatusRequest request, InterpreterService interpreters, CancellationToken ct)
    {
        await interpreters.ChangeStatusAsync(id, assignmentId, request, ct);
        return TypedResults.NoContent();
    }

    private static async Task<Ok<Page<AssignmentView>>> ListAssignments([AsParameters] AssignmentSearch search, [AsParameters] PageRequest page, InterpreterService interpreters, CancellationToken ct) =>
        TypedResults.Ok(await interpreters.AssignmentsAsync(search, page, ct));

    private static async Task<FileContentHttpResult> ExportAssignments([AsParameters] AssignmentSearch search, string? format, InterpreterService interpreters, CancellationToken ct)
    {
        var page = await interpreters.AssignmentsAsync(search, new PageRequest(1, ExportLimit), ct);
        return ExportResults.File(page.Items.Select(a => new
        {
            Interpreter = a.InterpreterName, Case = a.CaseReference, a.Language, Mode = a.Mode.ToString(), Situation = a.Situation.ToString(),
            a.ScheduledAt, a.Minutes, Status = a.Status.ToString(),
        }), format, "interpreter-assignments");
    }
}
