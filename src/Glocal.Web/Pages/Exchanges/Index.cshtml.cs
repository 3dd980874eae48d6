using Glocal.Core.Access;
using Glocal.Core.Exchanges;
using Glocal.Core.Shared;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.WebUtilities;

namespace Glocal.Web.Pages.Exchanges;

/// <summary>The partner list with computed statuses, filters, sorting, paging and exports.</summary>
[Authorize(Permissions.ExchangesRead)]
public sealed class IndexModel(ExchangeQueries queries) : PageModel
{
    private const int PageSize = 25;

    [BindProperty(SupportsGet = true)]
    public string? Q { get; set; }

    [BindProperty(SupportsGet = true)]
    public string? Country { get; set; }

    [BindProperty(SupportsGet = true)]
    public AgreementType? Type { get; set; }

    [BindProperty(SupportsGet = true)]
    public RelationshipStatus? Status { get; set; }

    [BindProperty(SupportsGet = true)]
    public ExchangeFields? Field { get; set; }

    [BindProperty(SupportsGet = true)]
    public string? Sort { get; set; }

    [BindProperty(SupportsGet = true, Name = "page")]
    public int PageNumber { get; set; } = 1;

    public Page<PartnerSummary> Partners { get; private set; } = new([], 1, PageSize, 0);

    public ExchangeHeadline Headline { get; private set; } = new(0, 0, 0, 0, 0, 12);

    public static IReadOnlyList<string> Sorts { get; } = ["name", "nameKo", "country", "signed", "-last", "last", "-activities", "-cost"];

    public async Task OnGetAsync(CancellationToken ct)
    {
        PageNumber = Math.Max(1, PageNumber);
        if (Sort is not null && !Sorts.Contains(Sort))
        {
            Sort = null;
        }

        if (Country is not null && (Country.Length != 2 || !Country.All(char.IsAsciiLetter)))
        {
            Country = null;
        }

        Partners = await queries.PartnersAsync(Filter, new PageRequest(PageNumber, PageSize), ct);
        Headline = await queries.HeadlineAsync(ct);
    }

    private PartnerListRequest Filter => new() { Q = Q?[..Math.Min(Q.Length, 100)], Country = Country, Type = Type, Status = Status, Field = Field, Sort = Sort };

    public string LinkTo(string path, int? page = null, string? format = null)
    {
        var query = new Dictionary<string, string?>
        {
            ["q"] = Q, ["country"] = Country, ["type"] = Type?.ToString(), ["status"] = Status?.ToString(), ["field"] = Field?.ToString(), ["sort"] = Sort,
            ["page"] = page?.ToString(System.Globalization.CultureInfo.InvariantCulture), ["format"] = format,
        };
        return QueryHelpers.AddQueryString(path, query.Where(kv => !string.IsNullOrEmpty(kv.Value)));
    }
}
