using System.ComponentModel.DataAnnotations;
using Glocal.Core.Access;
using Glocal.Core.Exchanges;
using Glocal.Core.Shared;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Localization;

namespace Glocal.Web.Pages.Exchanges;

/// <summary>Adds a partner by picking it from the gazetteer, so its names, region, country and coordinates are right.</summary>
[Authorize(Permissions.ExchangesCreate)]
public sealed class NewModel(Gazetteer gazetteer, ExchangeService exchanges, IStringLocalizer<SharedResource> localizer) : PageModel
{
    [BindProperty(SupportsGet = true)]
    [StringLength(100)]
    public string? Q { get; set; }

    public IReadOnlyList<GazetteerCity> Results { get; private set; } = [];

    public void OnGet() => Results = gazetteer.Search(Q?[..Math.Min(Q.Length, 100)]);

    public async Task<IActionResult> OnPostAsync(int geoNameId, [StringLength(100)] string? nameKo, CancellationToken ct)
    {
        var city = gazetteer.Find(geoNameId);
        if (city is null)
        {
            return NotFound();
        }

        try
        {
            var id = await exchanges.CreatePartnerAsync(new CreatePartnerRequest(
                string.IsNullOrWhiteSpace(nameKo) ? city.NameKo ?? city.Name : nameKo, city.Name, city.CountryCode, city.SuggestedLevel, city.NameLocal,
                city.Region, city.Population, city.Latitude, city.Longitude, city.GeoNameId), ct);
            return RedirectToPage("/Exchanges/Partner", new { id });
        }
        catch (BusinessRuleException e)
        {
            var text = localizer[$"Exchanges.Error.{e.Code}"];
            ModelState.AddModelError(string.Empty, text.ResourceNotFound ? e.Message : text.Value);
            Results = gazetteer.Search(Q);
            return Page();
        }
    }
}
