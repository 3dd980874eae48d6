using Glocal.Core.Access;
using Glocal.Core.Data;
using Glocal.Core.Residents;
using Glocal.Core.Shared;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;

namespace Glocal.Web.Api.Residents;

public static class ClientsApi
{
    public static RouteGroupBuilder MapClientsApi(this IEndpointRouteBuilder routes)
    {
        var group = routes.MapGroup("/residents/clients").WithTags("Resident clients");
        group.MapGet("/", List).RequireAuthorization(Permissions.ResidentsRead).WithSummary("Clients without personal data (?nationality=&language=&stayStatus=&sort=)");
        group.MapGet("/export", Export).RequireAuthorization(Permissions.ResidentsExport).WithSummary("The client list, without personal data, as CSV or XLSX (?format=)");
        group.MapPost("/", Register).RequireAuthorization(Permissions.ResidentsCreate).WithSummary("Register a client; identity numbers are encrypted at rest");
        group.MapGet("/{id:guid}", Get).RequireAuthorization(Permissions.ResidentsReadPersonal).WithSummary("A client with personal data (the read is logged)");
        group.MapPost("/search", Search).RequireAuthorization(Permissions.ResidentsReadPersonal)
            .WithSummary("Find clients by exact name or registration number (POST keeps them out of URLs and logs)");
        return group;
    }

    private static async Task<Ok<Page<ClientSummary>>> List([AsParameters] ClientListRequest filter, [AsParameters] PageRequest page, GlocalDbContext db, CancellationToken ct) =>
        TypedResults.Ok(await ClientList.PageAsync(db, filter, page, ct));

    private static async Task<FileContentHttpResult> Export([AsParameters] ClientListRequest filter, string? format, GlocalDbContext db, CancellationToken ct)
    {
        var page = await ClientList.PageAsync(db, filter, new PageRequest(1, 50_000), ct);
        return Glocal.Web.Infrastructure.ExportResults.File(page.Items.Select(c => new { c.Nationality, c.StayStatus, c.Languages, c.District, c.CreatedAt }), format, "clients");
    }

    private static async Task<Created<ClientDetails>> Register(RegisterClientRequest request, ClientService clients, CancellationToken ct)
    {
        var id = await clients.RegisterAsync(request, ct);
        return TypedResults.Created($"/api/v1/residents/clients/{id}", await clients.RevealAsync(id, ct));
    }

    private static async Task<Ok<ClientDetails>> Get(Guid id, ClientService clients, CancellationToken ct) =>
        TypedResults.Ok(await clients.RevealAsync(id, ct));

    private static async Task<Ok<List<ClientDetails>>> Search(ClientSearchRequest request, ClientService clients, CancellationToken ct) =>
        TypedResults.Ok(await clients.SearchAsync(request, ct));
}
