using System.ComponentModel.DataAnnotations;
using Glocal.Core.Access;
using Glocal.Core.Investments;
using Glocal.Core.Shared;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Localization;

namespace Glocal.Web.Pages.Investments;

/// <summary>Registers (/Investments/Company) or edits (/{id}) an investor with its contacts; blank contact rows are ignored.</summary>
[Authorize(Permissions.InvestmentsRead)]
public sealed class CompanyModel(InvestmentQueries queries, InvestmentService service, IAuthorizationService authorization, IStringLocalizer<SharedResource> localizer) : PageModel
{
    public const int SpareContacts = 2;

    [BindProperty]
    public CompanyInput Input { get; set; } = new();

    public CompanyDetails? Company { get; private set; }

    public bool IsNew => Company is null;

    public sealed class CompanyInput
    {
        public long Version { get; set; }

        [Required(ErrorMessage = "Required"), StringLength(200)]
        public string NameKo { get; set; } = "";

        [Required(ErrorMessage = "Required"), StringLength(200)]
        public string NameEn { get; set; } = "";

        [StringLength(200)]
        public string? NameOriginal { get; set; }

        [Required(ErrorMessage = "Required"), RegularExpression("^[A-Za-z]{2}$")]
        public string CountryCode { get; set; } = "";

        public CompanySize Size { get; set; } = CompanySize.Small;

        [RegularExpression("^[A-Z]?[0-9]{0,5}$")]
        public string? KsicCode { get; set; }

        [StringLength(200)]
        public string? ParentGroup { get; set; }

        public List<ContactRow> Contacts { get; set; } = [];
    }

    public sealed class ContactRow
    {
        [StringLength(100)]
        public string? Person { get; set; }

        [StringLength(100)]
        public string? Role { get; set; }

        [RegularExpression("^[a-z]{2,3}(-[A-Za-z0-9]{2,8})*$")]
        public string? Language { get; set; }
    }

    public async Task<IActionResult> OnGetAsync(Guid? id, CancellationToken ct)
    {
        if (id is { } companyId)
        {
            if (!await LoadAsync(companyId, ct))
            {
                return NotFound();
            }

            var c = Company!;
            Input = new CompanyInput
            {
                Version = c.Version, NameKo = c.NameKo, NameEn = c.NameEn, NameOriginal = c.NameOriginal, CountryCode = c.CountryCode, Size = c.Size,
                KsicCode = c.KsicCode, ParentGroup = c.ParentGroup,
                Contacts = [.. c.Contacts.Select(x => new ContactRow { Person = x.Person, Role = x.Role, Language = x.Language })],
            };
        }

        Pad();
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(Guid? id, CancellationToken ct)
    {
        if (!(await authorization.AuthorizeAsync(User, id is null ? Permissions.InvestmentsCreate : Permissions.InvestmentsUpdate)).Succeeded)
        {
            return Forbid();
        }

        var contacts = Input.Contacts.Where(r => !string.IsNullOrWhiteSpace(r.Person)).Select(r => new ContactInput(r.Person!, r.Role, r.Language)).ToList();
        if (ModelState.IsValid)
        {
            var country = Input.CountryCode.ToUpperInvariant();
            try
            {
                var companyId = id;
                if (id is { } existing)
                {
                    await service.UpdateCompanyAsync(existing, new UpdateCompanyRequest(Input.NameKo, Input.NameEn, Input.NameOriginal ?? "", country, Input.Size,
                        Input.KsicCode ?? "", Input.ParentGroup ?? "", contacts), Input.Version, InvestmentDisplay.CanSeeConfidential(User), ct);
                }
                else
                {
                    companyId = await service.CreateCompanyAsync(new CreateCompanyRequest(Input.NameKo, Input.NameEn, country, Input.Size, Input.NameOriginal,
                        Input.KsicCode, Input.ParentGroup, contacts), ct);
                }

                TempData["Investments.Saved"] = "Investments.Saved.Company";
                return RedirectToPage(new { id = companyId });
            }
            catch (NotFoundException)
            {
                return NotFound();
            }
            catch (Exception e) when (FormErrors.TryAdd(ModelState, localizer, e, "Investments"))
            {
            }
        }

        if (id is { } again && !await LoadAsync(again, ct))
        {
            return NotFound();
        }

        Pad();
        return Page();
    }

    private async Task<bool> LoadAsync(Guid id, CancellationToken ct)
    {
        try
        {
            Company = await queries.GetCompanyAsync(id, InvestmentDisplay.CanSeeConfidential(User), ct);
            return true;
        }
        catch (NotFoundException)
        {
            return false;
        }
    }

    private void Pad()
    {
        Input.Contacts = [.. Input.Contacts.Where(c => !string.IsNullOrWhiteSpace(c.Person))];
        for (var i = 0; i < SpareContacts; i++)
        {
            Input.Contacts.Add(new ContactRow());
        }
    }
}
