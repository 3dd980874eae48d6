using System.Text.Json;
using Glocal.Core.Access;
using Glocal.Core.Residents;
using Glocal.Core.Residents.Figures;
using Glocal.Core.Residents.Privacy;
using Glocal.Core.Shared;
using Glocal.Core.Shared.Tabular;
using Glocal.Web.Infrastructure;
using Microsoft.AspNetCore.Http.HttpResults;

namespace Glocal.Web.Api.Residents;

/// <summary>Everything of the residents module under /api/v1/residents.</summary>
public static class ResidentsApi
{
    public static IEndpointRouteBuilder MapResidentsApi(this IEndpointRouteBuilder routes)
    {
        routes.MapClientsApi();
        routes.MapCasesApi();
        routes.MapPortalContentApi();
        routes.MapInterpretersApi();
        routes.MapClassesApi();

        var figures = routes.MapGroup("/residents").WithTags("Resident figures");
        figures.MapGet("/figures", Figures).RequireAuthorization(Permissions.ResidentsRead)
            .WithSummary("Caseload by month, category and language; response times; referrals; cases per 1,000 foreign residents; the language coverage gap");
        figures.MapGet("/headline", Headline).RequireAuthorization(Permissions.ResidentsRead).WithSummary("The dashboard's residents figures");

        var clients = routes.MapGroup("/residents/clients").WithTags("Resident clients");
        clients.MapPost("/{id:guid}/consents", RecordConsent).AddEndpointFilter(ExistsThenValid.Filter<Client>()).DisableValidation()
            .RequireAuthorization(Permissions.ResidentsUpdate).WithSummary("Record a consent (purpose, scope, date)");
        clients.MapPost("/{id:guid}/consents/{consentId:guid}/withdraw", WithdrawConsent).AddEndpointFilter(ExistsThenValid.Filter<Client>()).DisableValidation()
            .RequireAuthorization(Permissions.ResidentsUpdate).WithSummary("Record the withdrawal of a consent");
        clients.MapGet("/{id:guid}/export", SubjectAccess).AddEndpointFilter(ExistsThenValid.Filter<Client>()).DisableValidation()
            .RequireAuthorization(Permissions.ResidentsReadPersonal).RequireAuthorization(Permissions.ResidentsExport)
            .WithSummary("Subject access: everything held about the person (?format=json|xlsx); audited and logged");
        clients.MapPost("/{id:guid}/erase", Erase).AddEndpointFilter(ExistsThenValid.Filter<Client>()).DisableValidation()
            .RequireAuthorization(Permissions.ResidentsReadPersonal).RequireAuthorization(Permissions.ResidentsDelete)
            .WithSummary("Erase the person: cases anonymised (open ones closed), consents deleted, the client deleted; audited");
        return routes;
    }

    private static async Task<Ok<ResidentsFigures>> Figures(DateOnly? from, DateOnly? to, ResidentsFigureQueries figures, CancellationToken ct) =>
        TypedResults.Ok(await figures.ComputeAsync(from, to, ct));

    private static async Task<Ok<ResidentsHeadline>> Headline(ResidentsFigureQueries figures, CancellationToken ct) =>
        TypedResults.Ok(await figures.HeadlineAsync(ct));

    private static readonly JsonSerializerOptions PackageJson = new(JsonSerializerDefaults.Web) { WriteIndented = true };

    private static async Task<FileContentHttpResult> SubjectAccess(Guid id, string? format, SubjectAccessService subjects, CancellationToken ct)
    {
        var xlsx = format?.Trim().ToLowerInvariant() switch
        {
            null or "" or "json" => false,
            "xlsx" => true,
            _ => throw new BusinessRuleException("export_format", $"Unknown export format '{format}'; use json or xlsx.", 400),
        };
        var package = await subjects.ExportAsync(id, ct);
        if (!xlsx)
        {
            return TypedResults.File(JsonSerializer.SerializeToUtf8Bytes(package, PackageJson), "application/json", $"subject-access-{id}.json");
        }

        var file = TabularExport.Write(SubjectAccessRows.Flatten(package), ExportFormat.Xlsx, $"subject-access-{id}");
        return TypedResults.File(file.Content, file.ContentType, file.FileName);
    }

    private static async Task<Ok<ErasureResult>> Erase(Guid id, EraseClientRequest request, SubjectAccessService subjects, CancellationToken ct) =>
        TypedResults.Ok(await subjects.EraseAsync(id, request, ct));

    private static async Task<Created<ConsentView>> RecordConsent(Guid id, RecordConsentRequest request, ConsentService consents, CancellationToken ct) =>
        TypedResults.Created($"/api/v1/residents/clients/{id}", await consents.RecordAsync(id, request, ct));

    private static async Task<Ok<ConsentView>> WithdrawConsent(Guid id, Guid consentId, WithdrawConsentRequest request, ConsentService consents, CancellationToken ct) =>
        TypedResults.Ok(await consents.WithdrawAsync(id, consentId, request.WithdrawnOn, ct));
}
