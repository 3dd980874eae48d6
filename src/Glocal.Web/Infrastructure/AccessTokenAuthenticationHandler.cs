using System.Security.Claims;
using System.Text.Encodings.Web;
using Glocal.Core.Access;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Options;

namespace Glocal.Web.Infrastructure;

/// <summary>
/// Authenticates "Authorization: Bearer glc_…" personal access tokens. The principal carries only the
/// permissions that are both in the token's scopes and still held by the owner today.
/// </summary>
public sealed class AccessTokenAuthenticationHandler(
    IOptionsMonitor<AuthenticationSchemeOptions> options,
    ILoggerFactory logger,
    UrlEncoder encoder,
    AccessTokenService tokens,
    UserManager<GlocalUser> users,
    IUserClaimsPrincipalFactory<GlocalUser> principals)
    : AuthenticationHandler<AuthenticationSchemeOptions>(options, logger, encoder)
{
    public const string SchemeName = "AccessToken";

    protected override async Task<AuthenticateResult> HandleAuthenticateAsync()
    {
        var header = Request.Headers.Authorization.ToString();
        if (!header.StartsWith("Bearer ", StringComparison.OrdinalIgnoreCase))
        {
            return AuthenticateResult.NoResult();
        }

        var token = await tokens.FindActiveAsync(header["Bearer ".Length..].Trim(), Context.RequestAborted);
        if (token is null)
        {
            return AuthenticateResult.Fail("The access token is unknown, expired or revoked.");
        }

        var user = await users.FindByIdAsync(token.UserId);
        if (user is null || await users.IsLockedOutAsync(user))
        {
            return AuthenticateResult.Fail("The token's owner cannot sign in.");
        }

        var full = await principals.CreateAsync(user);
        var scopes = token.ScopeList.ToHashSet(StringComparer.Ordinal);
        var claims = full.Claims
            .Where(c => c.Type != GlocalClaims.Permission || scopes.Contains(c.Value))
            .Append(new Claim(GlocalClaims.TokenId, token.Id.ToString()));
        var principal = new ClaimsPrincipal(new ClaimsIdentity(claims, SchemeName, full.Identity?.Name is null ? ClaimTypes.Name : ((ClaimsIdentity)full.Identity).NameClaimType, ClaimTypes.Role));
        return AuthenticateResult.Success(new AuthenticationTicket(principal, SchemeName));
    }

    protected override Task HandleChallengeAsync(AuthenticationProperties properties)
    {
        Response.StatusCode = StatusCodes.Status401Unauthorized;
        Response.Headers.WWWAuthenticate = "Bearer";
        return Task.CompletedTask;
    }
}
