using System.ComponentModel.DataAnnotations;
using Glocal.Core.Access;
using Glocal.Core.Data;
using Glocal.Core.Tenancy;
using Glocal.Core.Shared;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;

namespace Glocal.Web.Pages.Admin;

[Authorize(Permissions.UsersRead)]
public sealed class UsersModel(
    UserAccountService accounts, IAuthorizationService authorization, GlocalDbContext db, TenantContext tenant, IStringLocalizer<SharedResource> localizer) : PageModel
{
    [BindProperty]
    public NewAccount Input { get; set; } = new();

    public sealed class NewAccount
    {
        [Required(ErrorMessage = "Required")]
        [StringLength(64, MinimumLength = 3)]
        [RegularExpression("^[A-Za-z0-9._@-]+$")]
        public string UserName { get; set; } = "";

        [Required(ErrorMessage = "Required")]
        [StringLength(100)]
        public string DisplayName { get; set; } = "";

        [Required(ErrorMessage = "Required")]
        [StringLength(200, MinimumLength = IdentitySetup.MinimumPasswordLength)]
        public string Password { get; set; } = "";

        [Required(ErrorMessage = "Required")]
        public string Role { get; set; } = RoleTemplates.Viewer;
    }

    public IReadOnlyList<UserSummary> Users { get; private set; } = [];

    public string? Message { get; private set; }

    public async Task OnGetAsync(CancellationToken ct) => Users = await accounts.ListAsync(ct);

    public async Task<IActionResult> OnPostCreateAsync(CancellationToken ct)
    {
        if (!(await authorization.AuthorizeAsync(User, Permissions.UsersCreate)).Succeeded)
        {
            return Forbid();
        }

        if (ModelState.IsValid)
        {
            var code = await db.Municipalities.Where(m => m.Id == tenant.MunicipalityId).Select(m => m.Code).SingleAsync(ct);
            try
            {
                await accounts.CreateAsync(new CreateUserRequest(Input.UserName, Input.DisplayName, code, Input.Password, [Input.Role]), ct);
                Message = localizer["Users.Created", Input.UserName];
                ModelState.Clear();
                Input = new();
            }
            catch (BusinessRuleException e)
            {
                ModelState.AddModelError(string.Empty, e.Message);
            }
        }

        Users = await accounts.ListAsync(ct);
        return Page();
    }

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
