using Glocal.Core.Access;
using Glocal.Core.Exchanges;
using Glocal.Core.Shared;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.WebUtilities;

namespace Glocal.Web.Pages.Exchanges;

/// <summary>The activity log across all partners: filters, sorting, paging, exports.</summary>
[Authorize(Permissions.ExchangesRead)]
public sealed class ActivitiesModel(ExchangeQueries queries) : PageModel
{
    private const int PageSize = 50;

    [BindProperty(SupportsGet = true)]
    public string? Q { get; set; }

    [BindProperty(SupportsGet = true)]
    public bool? Substantive { get; set; }

    [BindProperty(SupportsGet = true)]
    public ActivityKind? Kind { get; set; }

    [BindProperty(SupportsGet = true)]
    public int? Year { get; set; }

    [BindProperty(SupportsGet = true)]
    public string? Sort { get; set; }

    [BindProperty(SupportsGet = true, Name = "page")]
    public int PageNumber { get; set; } = 1;

    public static IReadOnlyList<string> Sorts { get; } = ["-date", "date", "-cost", "-participants"];

    public Page<ActivityDetails> Activities { get; private set; } = new([], 1, PageSize, 0);

    public async Task OnGetAsync(CancellationToken ct)
    {
        PageNumber = Math.Max(1, PageNumber);
        Sort = Sort is not null && Sorts.Contains(Sort) ? Sort : null;
        Year = Year is >= 1990 and <= 2100 ? Year : null;
        Activities = await queries.ActivitiesAsync(Filter, new PageRequest(PageNumber, PageSize), ct);
    }

    private ActivityListRequest Filter => new() { Q = Q?[..Math.Min(Q.Length, 100)], Substantive = Substantive, Kind = Kind, Year = Year, Sort = Sort };

    public string LinkTo(string path, int? page = null, string? format = null)
    {
        var query = new Dictionary<string, string?>
        {
            ["q"] = Q, ["substantive"] = Substantive?.ToString(), ["kind"] = Kind?.ToString(), ["year"] = Year?.ToString(System.Globalization.CultureInfo.InvariantCulture),
            ["sort"] = Sort, ["page"] = page?.ToString(System.Globalization.CultureInfo.InvariantCulture), ["format"] = format,
        };
        return QueryHelpers.AddQueryString(path, query.Where(kv => !string.IsNullOrEmpty(kv.Value)));
    }
}
