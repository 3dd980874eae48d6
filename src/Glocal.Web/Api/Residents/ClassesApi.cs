using System.Security.Claims;
using Glocal.Core.Access;
using Glocal.Core.Residents.Classes;
using Glocal.Core.Shared;
using Glocal.Web.Infrastructure;
using Microsoft.AspNetCore.Http.HttpResults;

namespace Glocal.Web.Api.Residents;

public static class ClassesApi
{
    private const int ExportLimit = 50_000;

    public static IEndpointRouteBuilder MapClassesApi(this IEndpointRouteBuilder routes)
    {
        var group = routes.MapGroup("/residents/courses").WithTags("Korean classes");
        group.MapGet("/", List).RequireAuthorization(Permissions.ResidentsRead).WithSummary("Korean classes (KIIP levels 0–5) with enrolment and completion counts");
        group.MapGet("/export", Export).RequireAuthorization(Permissions.ResidentsExport).WithSummary("The course list as CSV or XLSX (?format=)");
        group.MapPost("/", Create).RequireAuthorization(Permissions.ResidentsCreate).WithSummary("Open a course");
        group.MapGet("/{id:guid}", Get).RequireAuthorization(Permissions.ResidentsRead)
            .WithSummary("A course with sessions, learners and attendance; learners' names only with residents.read_personal (logged)");

        RouteHandlerBuilder One(RouteHandlerBuilder endpoint) => endpoint.AddEndpointFilter(ExistsThenValid.Filter<KoreanCourse>()).DisableValidation();
        One(group.MapPut("/{id:guid}", Update)).RequireAuthorization(Permissions.ResidentsUpdate).WithSummary("Change a course");
        One(group.MapPost("/{id:guid}/sessions", AddSession)).RequireAuthorization(Permissions.ResidentsUpdate).WithSummary("Add a dated session");
        One(group.MapPost("/{id:guid}/enrolments", Enrol)).RequireAuthorization(Permissions.ResidentsUpdate).WithSummary("Enrol a client (409 course_full, already_enrolled)");
        One(group.MapPost("/{id:guid}/sessions/{sessionId:guid}/attendance", RecordAttendance)).RequireAuthorization(Permissions.ResidentsUpdate)
            .WithSummary("Mark who was present at a session");
        One(group.MapPost("/{id:guid}/enrolments/{enrolmentId:guid}/complete", Complete)).RequireAuthorization(Permissions.ResidentsUpdate)
            .WithSummary("Complete the level (needs 80% attendance: 422 attendance_too_low)");
        One(group.MapPost("/{id:guid}/enrolments/{enrolmentId:guid}/withdraw", Withdraw)).RequireAuthorization(Permissions.ResidentsUpdate).WithSummary("Record a withdrawal");
        return routes;
    }

    private static async Task<Ok<Page<CourseSummary>>> List([AsParameters] CourseSearch search, [AsParameters] PageRequest page, ClassService classes, CancellationToken ct) =>
        TypedResults.Ok(await classes.ListAsync(search, page, ct));

    private static async Task<FileContentHttpResult> Export([AsParameters] CourseSearch search, string? format, ClassService classes, CancellationToken ct)
    {
        var page = await classes.ListAsync(search, new PageRequest(1, ExportLimit), ct);
        return ExportResults.File(page.Items.Select(c => new { c.Name, c.Level, c.Venue, c.Schedule, c.StartsOn, c.EndsOn, c.Capacity, c.SupportLanguages, c.Enrolled, c.Completed, c.Sessions }),
            format, "korean-classes");
    }

    private static async Task<Created<CourseDetails>> Create(SaveCourseRequest request, ClassService classes, ClaimsPrincipal user, CancellationToken ct)
    {
        var id = await classes.SaveAsync(null, request, ct);
        return TypedResults.Created($"/api/v1/residents/courses/{id}", await classes.GetAsync(id, CanSeeNames(user), ct));
    }

    private static async Task<Ok<CourseDetails>> Get(Guid id, ClassService classes, ClaimsPrincipal user, CancellationToken ct) =>
        TypedResults.Ok(await classes.GetAsync(id, CanSeeNames(user), ct));

    private static async Task<Ok<CourseDetails>> Update(Guid id, SaveCourseRequest request, ClassService classes, ClaimsPrincipal user, CancellationToken ct)
    {
        await classes.SaveAsync(id, request, ct);
        return TypedResults.Ok(await classes.GetAsync(id, CanSeeNames(user), ct));
    }

    private static async Task<Created<IdResponse>> AddSession(Guid id, AddSessionRequest request, ClassService classes, CancellationToken ct) =>
        TypedResults.Created($"/api/v1/residents/courses/{id}", new IdResponse(await classes.AddSessionAsync(id, request, ct)));

    private static async Task<Created<IdResponse>> Enrol(Guid id, EnrolRequest request, ClassService classes, CancellationToken ct) =>
        TypedResults.Created($"/api/v1/residents/courses/{id}", new IdResponse(await classes.EnrolAsync(id, request, ct)));

    private static async Task<NoContent> RecordAttendance(Guid id, Guid sessionId, RecordAttendanceRequest request, ClassService classes, CancellationToken ct)
    {
        await classes.RecordAttendanceAsync(id, sessionId, request, ct);
        return TypedResults.NoContent();
    }

    private static async Task<NoContent> Complete(Guid id, Guid enrolmentId, ClassService classes, CancellationToken ct)
    {
        await classes.CompleteAsync(id, enrolmentId, ct);
        return TypedResults.NoContent();
    }

    private static async Task<NoContent> Withdraw(Guid id, Guid enrolmentId, ClassService classes, CancellationToken ct)
    {
        await classes.WithdrawAsync(id, enrolmentId, ct);
        return TypedResults.NoContent();
    }

    private static bool CanSeeNames(ClaimsPrincipal user) => user.HasClaim(GlocalClaims.Permission, Permissions.ResidentsReadPersonal);
}
