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
        group.MapGet("/", List).RequireAuthorization(Permissions.ResidentsRead).WithSummary("Clients without personal data");
        group.MapPost("/", Register).RequireAuthorization(Permissions.ResidentsCreate).WithSummary("Register a client; identity numbers are encrypted at rest");
        group.MapGet("/{id:guid}", Get).RequireAuthorization(Permissions.ResidentsReadPersonal).WithSummary("A client with personal data (the read is logged)");
        group.MapPost("/search", Search).RequireAuthorization(Permissions.ResidentsReadPersonal)
            .WithSummary("Find clients by exact name or registration number (POST keeps them out of URLs and logs)");
        return group;
    }

    private static async Task<Ok<Page<ClientSummary>>> List([AsParameters] PageRequest page, GlocalDbContext db, CancellationToken ct)
    {
        var total = await db.Clients.CountAsync(ct);
        var items = await db.Clients.AsNoTracking().OrderByDescending(c => c.CreatedAt).Skip(page.Skip).Take(page.PageSize)
            .Select(c => new ClientSummary(c.Id, c.Nationality, c.StayStatus, c.Languages, c.District, c.CreatedAt))
            .ToListAsync(ct);
        return TypedResults.Ok(new Page<ClientSummary>(items, page.Page, page.PageSize, total));
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
