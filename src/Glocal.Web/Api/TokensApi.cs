using System.Security.Claims;
using Glocal.Core.Access;
using Glocal.Web.Infrastructure;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Identity;

namespace Glocal.Web.Api;

public static class TokensApi
{
    public static RouteGroupBuilder MapTokensApi(this IEndpointRouteBuilder routes)
    {
        var group = routes.MapGroup("/tokens").WithTags("Personal access tokens").RequireAuthorization();
        group.MapGet("/", List).WithSummary("Your personal access tokens (secrets are never shown again)");
        group.MapGet("/{id:guid}", Get).WithSummary("One of your tokens");
        group.MapPost("/", Create).WithSummary("Create a token; the secret is in this response only");
        group.MapDelete("/{id:guid}", Revoke).WithSummary("Revoke one of your tokens");
        return group;
    }

    private static async Task<Ok<List<TokenSummary>>> List(ClaimsPrincipal user, AccessTokenService tokens, CancellationToken ct) =>
        TypedResults.Ok(await tokens.ListAsync(UserId(user), ct));

    private static async Task<Ok<TokenSummary>> Get(Guid id, ClaimsPrincipal user, AccessTokenService tokens, CancellationToken ct) =>
        TypedResults.Ok(await tokens.GetAsync(UserId(user), id, ct));

    private static async Task<Results<Created<CreatedToken>, ProblemHttpResult>> Create(
        CreateTokenRequest request, ClaimsPrincipal user, UserManager<GlocalUser> users, AccessTokenService tokens, CancellationToken ct)
    {
        if (user.HasClaim(c => c.Type == GlocalClaims.TokenId))
        {
            // A leaked token must not be able to mint longer-lived ones.
            return ProblemCodes.Problem(StatusCodes.Status403Forbidden, "token_cannot_create_token", "Tokens can only be created from a signed-in session.");
        }

        var owner = await users.GetUserAsync(user) ?? throw new InvalidOperationException("Signed-in user not found.");
        var created = await tokens.CreateAsync(owner, request, ct);
        return TypedResults.Created($"/api/v1/tokens/{created.Id}", created);
    }

    private static async Task<NoContent> Revoke(Guid id, ClaimsPrincipal user, AccessTokenService tokens, CancellationToken ct)
    {
        await tokens.RevokeAsync(UserId(user), id, ct);
        return TypedResults.NoContent();
    }

    private static string UserId(ClaimsPrincipal user) => user.FindFirstValue(ClaimTypes.NameIdentifier)!;
}
