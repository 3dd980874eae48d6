using Glocal.Core.Access;
using Microsoft.AspNetCore.Http.HttpResults;

namespace Glocal.Web.Api;

public static class UsersApi
{
    public static RouteGroupBuilder MapUsersApi(this IEndpointRouteBuilder routes)
    {
        var group = routes.MapGroup("/admin/users").WithTags("Users and roles");
        group.MapGet("/", List).RequireAuthorization(Permissions.UsersRead).WithSummary("Staff accounts of your municipality with their roles");
        group.MapGet("/{id}", Get).RequireAuthorization(Permissions.UsersRead).WithSummary("One staff account");
        group.MapPost("/", Create).RequireAuthorization(Permissions.UsersCreate).WithSummary("Create a staff account in your municipality");
        group.MapPost("/{id}/roles", Grant).RequireAuthorization(Permissions.UsersApprove).WithSummary("Grant a role (recorded)");
        group.MapDelete("/{id}/roles/{role}", Revoke).RequireAuthorization(Permissions.UsersApprove).WithSummary("Revoke a role (recorded)");
        routes.MapGet("/roles", Roles).WithTags("Users and roles").RequireAuthorization(Permissions.UsersRead)
            .WithSummary("Role templates and the permissions each grants");
        return group;
    }

    private static async Task<Ok<List<UserSummary>>> List(UserAccountService accounts, CancellationToken ct) =>
        TypedResults.Ok(await accounts.ListAsync(ct));

    private static async Task<Ok<UserSummary>> Get(string id, UserAccountService accounts, CancellationToken ct) =>
        TypedResults.Ok(await accounts.GetAsync(id, ct));

    private static async Task<Created<UserSummary>> Create(CreateUserRequest request, UserAccountService accounts, CancellationToken ct)
    {
        var user = await accounts.CreateAsync(request, ct);
        return TypedResults.Created($"/api/v1/admin/users/{user.Id}", await accounts.GetAsync(user.Id, ct));
    }

    private static async Task<Ok<UserSummary>> Grant(string id, RoleChangeRequest request, UserAccountService accounts, CancellationToken ct)
    {
        var user = await accounts.GetAsync(id, ct);
        await accounts.GrantAsync(user.UserName, request.Role, ct);
        return TypedResults.Ok(await accounts.GetAsync(id, ct));
    }

    private static async Task<Ok<UserSummary>> Revoke(string id, string role, UserAccountService accounts, CancellationToken ct)
    {
        var user = await accounts.GetAsync(id, ct);
        await accounts.RevokeAsync(user.UserName, role, ct);
        return TypedResults.Ok(await accounts.GetAsync(id, ct));
    }

    private static Ok<Dictionary<string, string[]>> Roles() =>
        TypedResults.Ok(RoleTemplates.All.ToDictionary(r => r, r => RoleTemplates.PermissionsOf(r).Select(p => p.Name).Order(StringComparer.Ordinal).ToArray()));
}
