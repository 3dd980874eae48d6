using Glocal.Core.Access;
using Glocal.Core.Exchanges;
using Glocal.Core.Shared;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.WebUtilities;

namespace Glocal.Web.Pages.Exchanges;

/// <summary>Delegations across all partners, newest first, with their follow-ups: filters (direction, year, overdue, search), paging, exports.</summary>
[Authorize(Permissions.ExchangesRead)]
public sealed class DelegationsModel(ExchangeQueries queries) : PageModel
{
    private const int PageSize = 50;

    [BindProperty(SupportsGet = true)]
    public string? Q { get; set; }

    [BindProperty(SupportsGet = true)]
    public ExchangeDirection? Direction { get; set; }

    [BindProperty(SupportsGet = true)]
    public int? Year { get; set; }

    [BindProperty(SupportsGet = true)]
    public bool Overdue { get; set; }

    [BindProperty(SupportsGet = true, Name = "page")]
    public int PageNumber { get; set; } = 1;

    public Page<DelegationDetails> Delegations { get; private set; } = new([], 1, PageSize, 0);

    public async Task OnGetAsync(CancellationToken ct)
    {
        PageNumber = Math.Max(1, PageNumber);
        Year = Year is >= 1990 and <= 2100 ? Year : null;
        Delegations = await queries.DelegationsAsync(new DelegationListRequest { Q = Q?[..Math.Min(Q.Length, 100)], Direction = Direction, Year = Year, Overdue = Overdue ? true : null },
            new PageRequest(PageNumber, PageSize), ct);
    }

    public string LinkTo(string path, int? page = null, string? format = null)
    {
        var query = new Dictionary<string, string?>
        {
            ["q"] = Q, ["direction"] = Direction?.ToString(), ["year"] = Year?.ToString(System.Globalization.CultureInfo.InvariantCulture),
            ["overdue"] = Overdue ? "true" : null, ["page"] = page?.ToString(System.Globalization.CultureInfo.InvariantCulture), ["format"] = format,
        };
        return QueryHelpers.AddQueryString(path, query.Where(kv => !string.IsNullOrEmpty(kv.Value)));
    }
}
