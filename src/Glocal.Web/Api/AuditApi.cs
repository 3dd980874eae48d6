using Glocal.Core.Access;
using Glocal.Core.Audit;
using Glocal.Core.Shared;
using Microsoft.AspNetCore.Http.HttpResults;

namespace Glocal.Web.Api;

public static class AuditApi
{
    private const int ExportLimit = 100_000;

    public static RouteGroupBuilder MapAuditApi(this IEndpointRouteBuilder routes)
    {
        var group = routes.MapGroup("/admin").WithTags("Audit");
        group.MapGet("/audit-events", SearchEvents).RequireAuthorization(Permissions.AuditRead).WithSummary("Search the audit trail of your municipality");
        group.MapGet("/audit-events/{id:long}", GetEvent).RequireAuthorization(Permissions.AuditRead).WithSummary("One audit event");
        group.MapGet("/audit-events.csv", ExportEvents).RequireAuthorization(Permissions.AuditExport).WithSummary("Export the audit trail as CSV");
        group.MapGet("/access-log", SearchAccessLog).RequireAuthorization(Permissions.AuditRead).WithSummary("Search reads of personal data");
        group.MapGet("/access-log.csv", ExportAccessLog).RequireAuthorization(Permissions.AuditExport).WithSummary("Export reads of personal data as CSV");
        group.MapGet("/role-grants", RoleGrants).RequireAuthorization(Permissions.AuditRead).WithSummary("Every grant and revocation of a role");
        return group;
    }

    private static async Task<Ok<Page<AuditEventRow>>> SearchEvents([AsParameters] AuditSearch search, [AsParameters] PageRequest page, AuditQueries audit, CancellationToken ct) =>
        TypedResults.Ok(await audit.SearchEventsAsync(search, page, ct));

    private static async Task<Ok<AuditEventRow>> GetEvent(long id, AuditQueries audit, CancellationToken ct) =>
        TypedResults.Ok(await audit.GetEventAsync(id, ct));

    private static async Task<FileContentHttpResult> ExportEvents([AsParameters] AuditSearch search, AuditQueries audit, CancellationToken ct)
    {
        var page = await audit.SearchEventsAsync(search, new PageRequest { Page = 1, PageSize = ExportLimit }, ct);
        return TypedResults.File(CsvExport.Write(page.Items), "text/csv; charset=utf-8", "audit-events.csv");
    }

    private static async Task<Ok<Page<AccessLogRow>>> SearchAccessLog([AsParameters] AuditSearch search, [AsParameters] PageRequest page, AuditQueries audit, CancellationToken ct) =>
        TypedResults.Ok(await audit.SearchAccessLogAsync(search, page, ct));

    private static async Task<FileContentHttpResult> ExportAccessLog([AsParameters] AuditSearch search, AuditQueries audit, CancellationToken ct)
    {
        var page = await audit.SearchAccessLogAsync(search, new PageRequest { Page = 1, PageSize = ExportLimit }, ct);
        return TypedResults.File(CsvExport.Write(page.Items), "text/csv; charset=utf-8", "access-log.csv");
    }

    private static async Task<Ok<Page<RoleGrantRow>>> RoleGrants([AsParameters] PageRequest page, AuditQueries audit, CancellationToken ct) =>
        TypedResults.Ok(await audit.RoleGrantsAsync(page, ct));
}
