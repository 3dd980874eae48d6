using System.Security.Claims;
using Glocal.Core.Access;
using Glocal.Core.Shared;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Glocal.Web.Pages.Account;

public sealed class TokensModel(AccessTokenService tokens, UserManager<GlocalUser> users) : PageModel
{
    public IReadOnlyList<TokenSummary> Tokens { get; private set; } = [];

    public IReadOnlyList<string> AvailableScopes { get; private set; } = [];

    public CreatedToken? Created { get; private set; }

    public async Task OnGetAsync(CancellationToken ct) => await LoadAsync(ct);

    public async Task<IActionResult> OnPostCreateAsync(string name, int expiresInDays, string[] scopes, CancellationToken ct)
    {
        var owner = await users.GetUserAsync(User);
        if (owner is null)
        {
            return Challenge();
        }

        try
        {
            Created = await tokens.CreateAsync(owner, new CreateTokenRequest(name ?? "", scopes, expiresInDays is < 1 or > AccessTokenService.MaxLifetimeDays ? AccessTokenService.DefaultLifetimeDays : expiresInDays), ct);
        }
        catch (BusinessRuleException e)
        {
            ModelState.AddModelError(string.Empty, e.Message);
        }

        await LoadAsync(ct);
        return Page();
    }

    public async Task<IActionResult> OnPostRevokeAsync(Guid id, CancellationToken ct)
    {
        await tokens.RevokeAsync(User.FindFirstValue(ClaimTypes.NameIdentifier)!, id, ct);
        return RedirectToPage();
    }

    private async Task LoadAsync(CancellationToken ct)
    {
        Tokens = await tokens.ListAsync(User.FindFirstValue(ClaimTypes.NameIdentifier)!, ct);
        AvailableScopes = [.. User.FindAll(GlocalClaims.Permission).Select(c => c.Value).Order(StringComparer.Ordinal)];
    }
}
