using Glocal.Core.Access;
using Glocal.Core.Residents.Bulk;
using Glocal.Core.Shared;
using Glocal.Core.Shared.Tabular;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.AspNetCore.Http.HttpResults;

namespace Glocal.Web.Api.Residents;

/// <summary>POST /api/v1/residents/cases/bulk-import: a case history CSV as the request body, streamed.</summary>
public static class CaseBulkImportApi
{
    /// <summary>A million case rows are about 150 MB; the body is streamed, so the ceiling bounds time, not memory.</summary>
    public const long MaxBodyBytes = 2L * 1024 * 1024 * 1024;

    public static IEndpointRouteBuilder MapCaseBulkImportApi(this IEndpointRouteBuilder routes)
    {
        routes.MapPost("/residents/cases/bulk-import", Import).WithTags("Consultation cases")
            .RequireAuthorization(Permissions.ResidentsCreate).DisableAntiforgery()
            .WithSummary("Load a case history (one consultation per row) from a CSV request body (text/csv, UTF-8 or CP949), streamed in one transaction: all rows or none")
            .WithDescription("Send the file itself as the body with Content-Type: text/csv (e.g. curl --data-binary @cases.csv).");
        return routes;
    }

    private static async Task<Ok<ImportReport>> Import(HttpContext context, string? fileName, CaseBulkImport import, CancellationToken ct)
    {
        // Checked here, after authorization, rather than by content-type routing metadata, which answers before it.
        if (context.Request.ContentType?.StartsWith("text/csv", StringComparison.OrdinalIgnoreCase) != true)
        {
            throw new BusinessRuleException("csv_body_required", "Send the CSV file itself as the request body with Content-Type: text/csv.", 415);
        }

        if (context.Features.Get<IHttpMaxRequestBodySizeFeature>() is { IsReadOnly: false } limit)
        {
            limit.MaxRequestBodySize = MaxBodyBytes;
        }

        return TypedResults.Ok(await import.ImportAsync(context.Request.Body, Path.GetFileName(fileName ?? "cases.csv"), ct));
    }
}
