using Glocal.Core.Access;
using Glocal.Core.Exchanges;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Glocal.Web.Pages.Exchanges;

/// <summary>The world map of partners, drawn on the server as SVG from Natural Earth outlines; the table below it says the same in text.</summary>
[Authorize(Permissions.ExchangesRead)]
public sealed class MapModel(ExchangeQueries queries, WorldOutline world) : PageModel
{
    public IReadOnlyList<MapPoint> Points { get; private set; } = [];

    public IReadOnlyList<(string Name, string Path)> Countries => world.Countries;

    public async Task OnGetAsync(CancellationToken ct) => Points = await queries.MapPointsAsync(ct);
}
