using System.Globalization;
using Glocal.Core.Access;
using Glocal.Core.Investments;
using Glocal.Core.Shared;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.WebUtilities;

namespace Glocal.Web.Pages.Investments;

/// <summary>Every project in a sortable, filterable, paged table with CSV/XLSX export.</summary>
[Authorize(Permissions.InvestmentsRead)]
public sealed class ProjectsModel(InvestmentQueries queries) : PageModel
{
    private const int PageSize = 25;

    [BindProperty(SupportsGet = true)]
    public string? Q { get; set; }

    [BindProperty(SupportsGet = true)]
    public ProjectStage? Stage { get; set; }

    [BindProperty(SupportsGet = true)]
    public ProjectSource? Source { get; set; }

    [BindProperty(SupportsGet = true)]
    public string? Sort { get; set; }

    [BindProperty(SupportsGet = true, Name = "page")]
    public int PageNumber { get; set; } = 1;

    public ProjectPage Result { get; private set; } = new([], 1, PageSize, 0, 0);

    public static readonly string[] SortKeys = ["title", "company", "stage", "since", "decision", "pledged", "arrived"];

    public async Task OnGetAsync(CancellationToken ct)
    {
        PageNumber = Math.Max(1, PageNumber);
        if (Sort is not null && !SortKeys.Contains(Sort.Replace("_desc", "", StringComparison.Ordinal)))
        {
            Sort = null;
        }

        Result = await queries.ListProjectsAsync(new ProjectSearch(Q, Stage, Source, Sort), new PageRequest { Page = PageNumber, PageSize = PageSize },
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
        Add("stage", Stage?.ToString());
        Add("source", Source?.ToString());
        Add("sort", sort ?? Sort);
        if (format is not null)
        {
            Add("format", format);
            return QueryHelpers.AddQueryString("/api/v1/investments/projects/export", query);
        }

        Add("page", page?.ToString(CultureInfo.InvariantCulture));
        return QueryHelpers.AddQueryString("/Investments/Projects", query);
    }

    /// <summary>The sort link of a column: ascending first, then descending.</summary>
    public string SortUrl(string key) => ListUrl(sort: Sort == key ? key + "_desc" : key);

    public string AriaSort(string key) => Sort == key ? "ascending" : Sort == key + "_desc" ? "descending" : "none";
}
