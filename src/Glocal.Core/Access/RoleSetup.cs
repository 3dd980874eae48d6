using Microsoft.AspNetCore.Identity;

namespace Glocal.Core.Access;

/// <summary>Creates the role records every installation needs, one per role template.</summary>
public sealed class RoleSetup(RoleManager<IdentityRole> roles)
{
    public async Task EnsureRolesAsync()
    {
        foreach (var role in RoleTemplates.All)
        {
            if (!await roles.RoleExistsAsync(role))
            {
                await roles.CreateAsync(new IdentityRole(role));
            }
        }
    }
}
