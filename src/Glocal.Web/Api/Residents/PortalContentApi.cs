using Glocal.Core.Access;
using Glocal.Core.Residents;
using Microsoft.AspNetCore.Http.HttpResults;

namespace Glocal.Web.Api.Residents;

/// <summary>Staff maintain what the public portal shows: the service directory and notices with translations.</summary>
public static class PortalContentApi
{
    public static IEndpointRouteBuilder MapPortalContentApi(this IEndpointRouteBuilder routes)
    {
        var services = routes.MapGroup("/residents/services").WithTags("Resident portal content");
        services.MapGet("/", ListServices).RequireAuthorization(Permissions.ResidentsRead).WithSummary("The service directory (places, hours, languages spoken)");
        services.MapPost("/", CreateService).RequireAuthorization(Permissions.ResidentsCreate).WithSummary("Add a place to the directory");
        services.MapGet("/{id:guid}", GetService).RequireAuthorization(Permissions.ResidentsRead).WithSummary("One directory entry");
        services.MapPut("/{id:guid}", UpdateService).AddEndpointFilter(ExistsThenValid.Filter<ResidentService>()).DisableValidation()
            .RequireAuthorization(Permissions.ResidentsUpdate).WithSummary("Change a directory entry");

        var notices = routes.MapGroup("/residents/notices").WithTags("Resident portal content");
        notices.MapGet("/", ListNotices).RequireAuthorization(Permissions.ResidentsRead).WithSummary("Notices with the status of each translation");
        notices.MapPost("/", CreateNotice).RequireAuthorization(Permissions.ResidentsCreate).WithSummary("Publish a notice (Korean source)");
        notices.MapGet("/{id:guid}", GetNotice).RequireAuthorization(Permissions.ResidentsRead).WithSummary("A notice, its translations and the languages still missing");
        notices.MapPut("/{id:guid}", ReviseNotice).AddEndpointFilter(ExistsThenValid.Filter<Notice>()).DisableValidation()
            .RequireAuthorization(Permissions.ResidentsUpdate).WithSummary("Revise the Korean source: existing translations become outdated");
        notices.MapPut("/{id:guid}/translations/{language}", SaveTranslation).AddEndpointFilter(ExistsThenValid.Filter<Notice>()).DisableValidation()
            .RequireAuthorization(Permissions.ResidentsUpdate).WithSummary("Add or replace one language version (status Current, Machine or Reviewed)");
        return routes;
    }

    private static async Task<Ok<List<ServiceView>>> ListServices(PortalContentService content, CancellationToken ct) => TypedResults.Ok(await content.ServicesAsync(ct));

    private static async Task<Created<ServiceView>> CreateService(SaveServiceRequest request, PortalContentService content, CancellationToken ct)
    {
        var id = await content.SaveServiceAsync(null, request, ct);
        return TypedResults.Created($"/api/v1/residents/services/{id}", await content.ServiceAsync(id, ct));
    }

    private static async Task<Ok<ServiceView>> GetService(Guid id, PortalContentService content, CancellationToken ct) => TypedResults.Ok(await content.ServiceAsync(id, ct));

    private static async Task<Ok<ServiceView>> UpdateService(Guid id, SaveServiceRequest request, PortalContentService content, CancellationToken ct)
    {
        await content.SaveServiceAsync(id, request, ct);
        return TypedResults.Ok(await content.ServiceAsync(id, ct));
    }

    private static async Task<Ok<List<NoticeView>>> ListNotices(PortalContentService content, CancellationToken ct) => TypedResults.Ok(await content.NoticesAsync(ct));

    private static async Task<Created<NoticeView>> CreateNotice(SaveNoticeRequest request, PortalContentService content, CancellationToken ct)
    {
        var id = await content.CreateNoticeAsync(request, ct);
        return TypedResults.Created($"/api/v1/residents/notices/{id}", await content.NoticeAsync(id, ct));
    }

    private static async Task<Ok<NoticeView>> GetNotice(Guid id, PortalContentService content, CancellationToken ct) => TypedResults.Ok(await content.NoticeAsync(id, ct));

    private static async Task<Ok<NoticeView>> ReviseNotice(Guid id, SaveNoticeRequest request, PortalContentService content, CancellationToken ct)
    {
        await content.ReviseNoticeAsync(id, request, ct);
        return TypedResults.Ok(await content.NoticeAsync(id, ct));
    }

    private static async Task<Ok<NoticeView>> SaveTranslation(Guid id, string language, SaveTranslationRequest request, PortalContentService content, CancellationToken ct)
    {
        await content.SaveTranslationAsync(id, language, request, ct);
        return TypedResults.Ok(await content.NoticeAsync(id, ct));
    }
}
