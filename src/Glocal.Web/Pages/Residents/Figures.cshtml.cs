using Glocal.Core.Access;
using Glocal.Core.Residents.Figures;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Glocal.Web.Pages.Residents;

/// <summary>The module's computed figures for a period, with server-drawn SVG charts and table alternatives.</summary>
[Authorize(Permissions.ResidentsRead)]
public sealed class FiguresModel(ResidentsFigureQueries queries) : PageModel
{
    [BindProperty(SupportsGet = true)]
    public DateOnly? From { get; set; }

    [BindProperty(SupportsGet = true)]
    public DateOnly? To { get; set; }

    public ResidentsFigures Figures { get; private set; } = null!;

    public async Task OnGetAsync(CancellationToken ct)
    {
        if (From is { } f && To is { } t && (t < f || t.DayNumber - f.DayNumber > 3660))
        {
            From = null;
            To = null;
        }

        Figures = await queries.ComputeAsync(From, To, ct);
    }
}
