using Glocal.Core.Shared;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Glocal.Web.Pages.Residents;

/// <summary>The shape of every residents page that writes: check the permission, run the Core service, show a rule broken as a form error.</summary>
public abstract class ResidentsPageModel : PageModel
{
    [TempData]
    public string? Saved { get; set; }

    /// <summary>Runs a write; on success redirects (PRG) with a saved message, on a broken rule re-renders with the message.</summary>
    protected async Task<IActionResult> WriteAsync(string permission, string savedKey, Func<Task> write, Func<Task<IActionResult>> rerender, object? routeValues = null)
    {
        if (!ResidentsText.Can(User, permission))
        {
            return Forbid();
        }

        if (ModelState.IsValid)
        {
            try
            {
                await write();
                Saved = savedKey;
                return RedirectToPage(routeValues);
            }
            catch (BusinessRuleException rule)
            {
                ModelState.AddModelError("", rule.Message);
            }
            catch (NotFoundException)
            {
                return NotFound();
            }
        }

        return await rerender();
    }
}
