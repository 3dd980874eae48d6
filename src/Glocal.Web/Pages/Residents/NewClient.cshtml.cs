using System.ComponentModel.DataAnnotations;
using Glocal.Core.Access;
using Glocal.Core.Residents;
using Glocal.Core.Shared;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;

namespace Glocal.Web.Pages.Residents;

public sealed class ClientInput
{
    [Required, StringLength(100)]
    public string Name { get; set; } = "";

    [Required, RegularExpression("^[A-Za-z]{2}$")]
    public string Nationality { get; set; } = "";

    [Required, StringLength(100)]
    public string Languages { get; set; } = "";

    [StringLength(20)]
    public string? RegistrationNumber { get; set; }

    [StringLength(20)]
    public string? PassportNumber { get; set; }

    [StringLength(8)]
    public string? StayStatus { get; set; }

    [StringLength(60)]
    public string? District { get; set; }
}

/// <summary>Register a client; from a portal request (<c>?caseId=</c>) the form starts with the requester's name and the case is linked.</summary>
[Authorize(Permissions.ResidentsCreate)]
public sealed class NewClientModel(ClientService clients, CaseService cases) : ResidentsPageModel
{
    [BindProperty]
    public ClientInput Input { get; set; } = new();

    [BindProperty(SupportsGet = true)]
    public Guid? CaseId { get; set; }

    public string? CaseReference { get; private set; }

    public static IReadOnlyList<string> StayStatuses { get; } = ["E-9", "H-2", "F-4", "F-5", "F-6", "D-2", "D-4", "E-7", "E-10", "F-2", "G-1", "C-3"];

    public async Task<IActionResult> OnGetAsync(CancellationToken ct)
    {
        if (CaseId is { } id && ResidentsText.Can(User, Permissions.ResidentsReadPersonal))
        {
            try
            {
                var c = await cases.RevealAsync(id, ct);
                CaseReference = c.ReferenceNumber;
                Input.Name = c.RequesterName ?? "";
                Input.Languages = c.Language;
            }
            catch (NotFoundException)
            {
                return NotFound();
            }
        }

        return Page();
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        if (ModelState.IsValid)
        {
            try
            {
                var i = Input;
                var id = await clients.RegisterAsync(new RegisterClientRequest(i.Name, i.Nationality.ToUpperInvariant(), i.Languages.Trim(), Blank(i.RegistrationNumber), Blank(i.PassportNumber),
                    Blank(i.StayStatus), Blank(i.District)), ct);
                if (CaseId is { } caseId)
                {
                    await cases.UpdateAsync(caseId, new UpdateCaseRequest(ClientId: id), ct);
                }

                Saved = "Residents.Saved.Client";
                return RedirectToPage("/Residents/Client", new { id });
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

    private static string? Blank(string? value) => string.IsNullOrWhiteSpace(value) ? null : value.Trim();
}
