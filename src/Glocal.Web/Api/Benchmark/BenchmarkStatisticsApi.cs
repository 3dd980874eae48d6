using System.ComponentModel.DataAnnotations;
using Glocal.Core.Access;
using Glocal.Core.Benchmark.Statistics;
using Glocal.Core.Shared;
using Glocal.Core.Shared.Tabular;
using Glocal.Web.Infrastructure;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;

namespace Glocal.Web.Api.Benchmark;

/// <summary>A series definition sent by a client.</summary>
public sealed record DefineSeriesRequest(
    [property: Required, RegularExpression("^[a-z0-9_.]{3,80}$")] string Code,
    [property: Required, MaxLength(200)] string NameKo,
    [property: Required, MaxLength(200)] string NameEn,
    [property: Required, RegularExpression("^[A-Z0-9-]{2,20}$")] string Definition,
    [property: Required, MaxLength(200)] string Publisher,
    [property: Required, MaxLength(40)] string Unit,
    [property: Required, MaxLength(120)] string Licence,
    [property: MaxLength(1000)] string? Description = null);

/// <summary>Query of the observation list.</summary>
public sealed record ObservationQuery(string? Series, string? Region, int? Year, string? Search, bool? Breakdowns, string? Sort);

/// <summary>The public statistics store: series, figures, imports. Imports are the platform's (benchmark.create).</summary>
public static class BenchmarkStatisticsApi
{
    public static RouteGroupBuilder MapBenchmarkStatisticsApi(this IEndpointRouteBuilder routes)
    {
        var group = routes.MapGroup("/benchmark/statistics").WithTags("Benchmark statistics");
        group.MapGet("/series", ListSeries).RequireAuthorization(Permissions.BenchmarkRead).WithSummary("Statistic series with definition, publisher, unit and licence");
        group.MapGet("/series/{code}", GetSeries).RequireAuthorization(Permissions.BenchmarkRead).WithSummary("One series");
        group.MapPut("/series/{code}", DefineSeries).RequireAuthorization(Permissions.BenchmarkCreate).WithSummary("Define a series (its definition cannot change once it has figures)");
        group.MapGet("/observations", ListObservations).RequireAuthorization(Permissions.BenchmarkRead)
            .WithSummary("Figures per region and date; synthetic demo figures carry isSynthetic = true");
        group.MapGet("/observations/export", ExportObservations).RequireAuthorization(Permissions.BenchmarkExport).WithSummary("The filtered figures as CSV or XLSX");
        group.MapGet("/imports", ListImports).RequireAuthorization(Permissions.BenchmarkRead).WithSummary("Accepted imports");
        group.MapPost("/imports", Import).RequireAuthorization(Permissions.BenchmarkCreate)
            .WithSummary("Import a CSV or XLSX file sent as the request body; all or nothing, 422 with the validation report when rejected");
        return group;
    }

    private static async Task<Ok<IReadOnlyList<SeriesSummary>>> ListSeries(StatisticsStore store, CancellationToken ct) =>
        TypedResults.Ok(await store.ListSeriesAsync(ct));

    private static async Task<Ok<SeriesSummary>> GetSeries(string code, StatisticsStore store, CancellationToken ct) =>
        TypedResults.Ok(await store.GetSeriesAsync(code, ct));

    private static async Task<Results<Ok<SeriesSummary>, ProblemHttpResult>> DefineSeries(string code, DefineSeriesRequest request, StatisticsStore store, CancellationToken ct)
    {
        if (code != request.Code)
        {
            return ProblemCodes.Problem(400, "code_mismatch", "The code in the path and in the body differ.");
        }

        return TypedResults.Ok(await store.DefineAsync(new SeriesDefinition(request.Code, request.NameKo, request.NameEn, request.Definition,
            request.Publisher, request.Unit, request.Licence, request.Description), ct));
    }

    private static async Task<Ok<Page<ObservationRow>>> ListObservations([AsParameters] ObservationQuery query, [AsParameters] PageRequest page,
        StatisticsStore store, CancellationToken ct) =>
        TypedResults.Ok(await store.ListObservationsAsync(Filter(query), page, ct));

    private static async Task<FileContentHttpResult> ExportObservations([AsParameters] ObservationQuery query, string? format, StatisticsStore store, CancellationToken ct) =>
        ExportResults.File(await store.ExportObservationsAsync(Filter(query), ct), format, "benchmark-statistics");

    private static async Task<Ok<IReadOnlyList<ImportSummary>>> ListImports(StatisticsStore store, CancellationToken ct) =>
        TypedResults.Ok(await store.ListImportsAsync(ct));

    private static async Task<Ok<ImportReport>> Import(HttpRequest http, [FromQuery] string kind, [FromQuery] string? fileName, [FromQuery] string? region,
        [FromQuery] DateOnly? referenceDate, [FromQuery] string? series, [FromQuery] bool? dryRun, StatisticImportService imports, CancellationToken ct)
    {
        var request = new StatisticImportRequest(kind, region, referenceDate, series);
        var errors = new List<ValidationResult>();
        if (!Validator.TryValidateObject(request, new ValidationContext(request), errors, validateAllProperties: true))
        {
            throw new BusinessRuleException("validation_failed", string.Join(" ", errors.Select(e => e.ErrorMessage)), 400);
        }

        var name = string.IsNullOrWhiteSpace(fileName) ? "upload" : Path.GetFileName(fileName.Trim());
        return TypedResults.Ok(await imports.ImportAsync(http.Body, name, request, dryRun ?? false, ct));
    }

    private static ObservationFilter Filter(ObservationQuery q) => new(q.Series, q.Region, q.Year, q.Search, q.Breakdowns ?? false, q.Sort);
}
