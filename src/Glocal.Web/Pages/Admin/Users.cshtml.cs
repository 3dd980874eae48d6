using Glocal.Core.Access;
using Glocal.Core.Shared;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Localization;

namespace Glocal.Web.Pages.Admin;

[Authorize(Permissions.UsersRead)]
public sealed class UsersModel(UserAccountService accounts, IAuthorizationService authorization, IStringLocalizer<SharedResource> localizer) : PageModel
{
    public IReadOnlyList<UserSummary> Users { get; private set; } = [];

    public string? Message { get; private set; }

    public async Task OnGetAsync(CancellationToken ct) => Users = await accounts.ListAsync(ct);

    public Task<IActionResult> OnPostGrantAsync(string userName, string role, CancellationToken ct) =>
        ChangeAsync(() => accounts.GrantAsync(userName, role, ct), localizer["Users.Granted", role, userName], ct);

    public Task<IActionResult> OnPostRevokeAsync(string userName, string role, CancellationToken ct) =>
        ChangeAsync(() => accounts.RevokeAsync(userName, role, ct), localizer["Users.Revoked", role, userName], ct);

    private async Task<IActionResult> ChangeAsync(Func<Task> change, string success, CancellationToken ct)
    {
        if (!(await authorization.AuthorizeAsync(User, Permissions.UsersApprove)).Succeeded)
        {
            return Forbid();
        }

        try
        {
            await change();
            Message = success;
        }
        catch (BusinessRuleException e)
        {
            ModelState.AddModelError(string.Empty, e.Message);
        }
        catch (NotFoundException e)
        {
            ModelState.AddModelError(string.Empty, e.Message);
        }

        Users = await accounts.ListAsync(ct);
        return Page();
    }
}
