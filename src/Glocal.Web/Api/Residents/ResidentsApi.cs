using Glocal.Core.Access;
using Glocal.Core.Residents;
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

        var clients = routes.MapGroup("/residents/clients").WithTags("Resident clients");
        clients.MapPost("/{id:guid}/consents", RecordConsent).AddEndpointFilter(ExistsThenValid.Filter<Client>()).DisableValidation()
            .RequireAuthorization(Permissions.ResidentsUpdate).WithSummary("Record a consent (purpose, scope, date)");
        clients.MapPost("/{id:guid}/consents/{consentId:guid}/withdraw", WithdrawConsent).AddEndpointFilter(ExistsThenValid.Filter<Client>()).DisableValidation()
            .RequireAuthorization(Permissions.ResidentsUpdate).WithSummary("Record the withdrawal of a consent");
        return routes;
    }

    private static async Task<Created<ConsentView>> RecordConsent(Guid id, RecordConsentRequest request, ConsentService consents, CancellationToken ct) =>
        TypedResults.Created($"/api/v1/residents/clients/{id}", await consents.RecordAsync(id, request, ct));

    private static async Task<Ok<ConsentView>> WithdrawConsent(Guid id, Guid consentId, WithdrawConsentRequest request, ConsentService consents, CancellationToken ct) =>
        TypedResults.Ok(await consents.WithdrawAsync(id, consentId, request.WithdrawnOn, ct));
}
