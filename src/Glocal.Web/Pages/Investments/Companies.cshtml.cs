using System.Globalization;
using Glocal.Core.Access;
using Glocal.Core.Investments;
using Glocal.Core.Shared;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.WebUtilities;

namespace Glocal.Web.Pages.Investments;

/// <summary>Investors, searchable and sortable; an investor known only through confidential projects is not listed for others.</summary>
[Authorize(Permissions.InvestmentsRead)]
public sealed class CompaniesModel(InvestmentQueries queries) : PageModel
{
    private const int PageSize = 25;

    [BindProperty(SupportsGet = true)]
    public string? Q { get; set; }

    [BindProperty(SupportsGet = true)]
    public string? Country { get; set; }

    [BindProperty(SupportsGet = true)]
    public string? Sort { get; set; }

    [BindProperty(SupportsGet = true, Name = "page")]
    public int PageNumber { get; set; } = 1;

    public Page<CompanySummary> Result { get; private set; } = new([], 1, PageSize, 0);

    public async Task OnGetAsync(CancellationToken ct)
    {
        PageNumber = Math.Max(1, PageNumber);
        Sort = Sort is "name" or "name_desc" or "country" or "country_desc" or "size" or "size_desc" ? Sort : null;
        Country = Country is { Length: 2 } c && c.All(char.IsAsciiLetterUpper) ? c : null;
        Result = await queries.ListCompaniesAsync(new CompanySearch(Q, Country, Sort), new PageRequest { Page = PageNumber, PageSize = PageSize },
            InvestmentDisplay.CanSeeConfidential(User), ct);
    }

    public string ListUrl(int? page = null, string? sort = null, string? format = null)
    {
        var query = new List<KeyValuePair<string, string?>>();
        void Add(string key, string? value)
        {
            if (!string.IsNullOrWhiteSpace(value))
            {
                query.Add(new(key, value));
            }
        }

        Add("q", Q);
        Add("country", Country);
        Add("sort", sort ?? Sort);
        if (format is not null)
        {
            Add("format", format);
            return QueryHelpers.AddQueryString("/api/v1/investments/companies/export", query);
        }

        Add("page", page?.ToString(CultureInfo.InvariantCulture));
        return QueryHelpers.AddQueryString("/Investments/Companies", query);
    }

    public string SortUrl(string key) => ListUrl(sort: Sort == key ? key + "_desc" : key);

    public string AriaSort(string key) => Sort == key ? "ascending" : Sort == key + "_desc" ? "descending" : "none";
}
