using System.ComponentModel.DataAnnotations;
using Glocal.Core.Access;
using Glocal.Core.Exchanges;
using Glocal.Core.Shared;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Localization;

namespace Glocal.Web.Pages.Exchanges;

/// <summary>Edits a partner's descriptive fields; the hidden version makes a form opened before someone else's save fail clearly.</summary>
[Authorize(Permissions.ExchangesUpdate)]
public sealed class EditPartnerModel(ExchangeQueries queries, ExchangeService exchanges, IStringLocalizer<SharedResource> localizer) : PageModel
{
    [BindProperty]
    public PartnerInput Input { get; set; } = new();

    public PartnerDetails Partner { get; private set; } = null!;

    public sealed class PartnerInput
    {
        [Required(ErrorMessage = "Required"), StringLength(100)]
        public string NameKo { get; set; } = "";

        [Required(ErrorMessage = "Required"), StringLength(100)]
        public string NameEn { get; set; } = "";

        [StringLength(100)]
        public string? NameLocal { get; set; }

        [StringLength(100)]
        public string? Region { get; set; }

        public PartnerLevel Level { get; set; }

        [Range(0, 2_000_000_000)]
        public long? Population { get; set; }

        [StringLength(2000)]
        public string? Notes { get; set; }

        public long Version { get; set; }
    }

    public async Task OnGetAsync(Guid id, CancellationToken ct)
    {
        Partner = await queries.PartnerAsync(id, ct);
        Input = new PartnerInput
        {
            NameKo = Partner.NameKo, NameEn = Partner.NameEn, NameLocal = Partner.NameLocal, Region = Partner.Region, Level = Partner.Level,
            Population = Partner.Population, Notes = Partner.Notes, Version = Partner.Version,
        };
    }

    public async Task<IActionResult> OnPostAsync(Guid id, CancellationToken ct)
    {
        if (ModelState.IsValid)
        {
            try
            {
                // Empty strings clear the optional fields; the service treats "" as "no value".
                await exchanges.UpdatePartnerAsync(id, new UpdatePartnerRequest(Input.NameKo, Input.NameEn, Input.NameLocal ?? "", Input.Region ?? "", Input.Level,
                    Input.Population, Input.Notes ?? ""), Input.Version, ct);
                TempData["Exchanges.Saved"] = "Exchanges.Partner.Saved";
                return RedirectToPage("/Exchanges/Partner", new { id });
            }
            catch (Exception e) when (FormErrors.TryAdd(ModelState, localizer, e, "Exchanges"))
            {
            }
        }

        Partner = await queries.PartnerAsync(id, ct);
        return Page();
    }
}
