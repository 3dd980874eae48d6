using System.ComponentModel.DataAnnotations;
using Glocal.Core.Access;
using Glocal.Core.Residents;
using Glocal.Core.Shared;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;

namespace Glocal.Web.Pages.Residents;

public sealed class CaseInput
{
    public CaseChannel Channel { get; set; } = CaseChannel.WalkIn;

    public CaseCategory Category { get; set; } = CaseCategory.WageArrears;

    [Required, RegularExpression("^[a-z]{2,3}(-[A-Za-z0-9]{2,8})*$")]
    public string Language { get; set; } = "ko";

    public bool InterpreterUsed { get; set; }

    public bool Sensitive { get; set; }

    [StringLength(200)]
    public string? Subject { get; set; }
}

/// <summary>Open a case, for a client (<c>?clientId=</c>) or not yet linked to one.</summary>
[Authorize(Permissions.ResidentsCreate)]
public sealed class NewCaseModel(CaseService cases) : ResidentsPageModel
{
    [BindProperty]
    public CaseInput Input { get; set; } = new();

    [BindProperty(SupportsGet = true)]
    public Guid? ClientId { get; set; }

    public void OnGet()
    {
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        if (ModelState.IsValid)
        {
            try
            {
                var i = Input;
                var opened = await cases.OpenAsync(new OpenCaseRequest(i.Channel, i.Category, i.Language, ClientId, i.InterpreterUsed, i.Sensitive, i.Subject), ct);
                Saved = "Residents.Saved.Case";
                return ResidentsText.Can(User, Permissions.ResidentsReadPersonal) ? RedirectToPage("/Residents/Case", new { id = opened.Id }) : RedirectToPage("/Residents/Index");
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

        return Page();
    }
}
