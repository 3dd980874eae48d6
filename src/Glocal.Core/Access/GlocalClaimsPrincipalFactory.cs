using System.Globalization;
using System.Security.Claims;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Options;

namespace Glocal.Core.Access;

/// <summary>Puts the municipality and the effective permissions of the user's roles into the principal.</summary>
public sealed class GlocalClaimsPrincipalFactory(
    UserManager<GlocalUser> userManager, RoleManager<IdentityRole> roleManager, IOptions<IdentityOptions> options)
    : UserClaimsPrincipalFactory<GlocalUser, IdentityRole>(userManager, roleManager, options)
{
    protected override async Task<ClaimsIdentity> GenerateClaimsAsync(GlocalUser user)
    {
        var identity = await base.GenerateClaimsAsync(user);
        var roles = await UserManager.GetRolesAsync(user);
        identity.AddClaim(new Claim(GlocalClaims.Municipality, user.MunicipalityId.ToString(CultureInfo.InvariantCulture)));
        identity.AddClaim(new Claim(GlocalClaims.DisplayName, user.DisplayName));
        foreach (var permission in RoleTemplates.EffectivePermissions(roles))
        {
            identity.AddClaim(new Claim(GlocalClaims.Permission, permission.Name));
        }

        if (roles.Any(RoleTemplates.RequiresTwoFactor) && !user.TwoFactorEnabled)
        {
            identity.AddClaim(new Claim(GlocalClaims.TwoFactorSetupRequired, "true"));
        }

        return identity;
    }
}
