using Glocal.Core.Access;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Glocal.Web.Pages.Admin;

/// <summary>A role's effective permissions as a resource × action matrix.</summary>
[Authorize(Permissions.UsersRead)]
public sealed class RolesModel : PageModel
{
    [BindProperty(SupportsGet = true)]
    public string Role { get; set; } = RoleTemplates.PolicyPlanner;

    public IReadOnlySet<Permission> Granted { get; private set; } = new HashSet<Permission>();

    public IReadOnlyList<Resource> Resources { get; } = Enum.GetValues<Resource>();

    public IReadOnlyList<PermissionAction> Actions { get; } = Enum.GetValues<PermissionAction>();

    public void OnGet()
    {
        if (!RoleTemplates.Exists(Role))
        {
            Role = RoleTemplates.PolicyPlanner;
        }

        Granted = RoleTemplates.PermissionsOf(Role);
    }
}
