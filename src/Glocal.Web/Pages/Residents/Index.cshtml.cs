using System.ComponentModel.DataAnnotations;
using Glocal.Core.Access;
using Glocal.Core.Residents;
using Glocal.Core.Residents.Figures;
using Glocal.Core.Shared;
using Glocal.Web.Api.Residents;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.WebUtilities;

namespace Glocal.Web.Pages.Residents;

/// <summary>The case list: headline figures, filters, sorting, paging, exports, and a search by name or number (POST, so they stay out of URLs).</summary>
[Authorize(Permissions.ResidentsRead)]
public sealed class IndexModel(CaseService cases, ClientService clients, ResidentsFigureQueries figures) : PageModel
{
    private const int PageSize = 25;

    [BindProperty(SupportsGet = true)]
    public CaseStatus? Status { get; set; }

    [BindProperty(SupportsGet = true)]
    public CaseCategory? Category { get; set; }

    [BindProperty(SupportsGet = true)]
    public CaseChannel? Channel { get; set; }

    [BindProperty(SupportsGet = true)]
    public string? Language { get; set; }

    [BindProperty(SupportsGet = true)]
    public bool? Sensitive { get; set; }

    [BindProperty(SupportsGet = true)]
    public string? Reference { get; set; }

    [BindProperty(SupportsGet = true)]
    public string? Sort { get; set; }

    /// <summary>From ?page= (not model-bound: "page" is also the Razor Pages route value).</summary>
    public int PageNumber => int.TryParse(Request.Query["page"], out var p) && p is > 0 and <= 100_000 ? p : 1;

    [BindProperty, StringLength(100)]
    public string? SearchName { get; set; }

    [BindProperty, StringLength(20)]
    public string? SearchNumber { get; set; }

    public bool Searched { get; private set; }

    public Page<CaseSummary> Cases { get; private set; } = new([], 1, PageSize, 0);

    public ResidentsHeadline? Headline { get; private set; }

    public static IReadOnlyList<string> Sorts { get; } = ["-opened", "opened", "status", "-status", "category", "language", "reference"];

    public static IReadOnlyList<string> CaseLanguages { get; } = [.. PortalLanguages.All, "ja", "my"];

    public async Task OnGetAsync(CancellationToken ct)
    {
        Normalise();
        Cases = await cases.ListAsync(Filter, new PageRequest(PageNumber, PageSize), CasesApi.ViewerOf(User), ct);
        Headline = await figures.HeadlineAsync(ct);
    }

    public async Task<IActionResult> OnPostSearchAsync(CancellationToken ct)
    {
        if (!ResidentsText.Can(User, Permissions.ResidentsReadPersonal))
        {
            return Forbid();
        }

        Normalise();
        Headline = await figures.HeadlineAsync(ct);
        if (!ModelState.IsValid)
        {
            return Page();
        }

        try
        {
            var ids = await clients.MatchAsync(SearchName, SearchNumber, ct);
            Cases = await cases.ListAsync(Filter, new PageRequest(1, 200), CasesApi.ViewerOf(User), ct, ids);
            Searched = true;
        }
        catch (BusinessRuleException rule)
        {
            ModelState.AddModelError("", rule.Message);
        }

        return Page();
    }

    private void Normalise()
    {
        if (Sort is not null && !Sorts.Contains(Sort))
        {
            Sort = null;
        }

        if (Language is not null && !CaseLanguages.Contains(Language))
        {
            Language = null;
        }

        Reference = Reference?.Trim() is { Length: > 0 and <= 20 } r ? r : null;
    }

    private CaseSearch Filter => new(Status, Category, Language, Reference, Sort: Sort == "-opened" ? null : Sort, Channel: Channel, Sensitive: Sensitive);

    public string LinkTo(string path, int? page = null, string? format = null)
    {
        var query = new Dictionary<string, string?>
        {
            ["status"] = Status?.ToString(), ["category"] = Category?.ToString(), ["channel"] = Channel?.ToString(), ["language"] = Language,
            ["sensitive"] = Sensitive?.ToString().ToLowerInvariant(), ["reference"] = Reference, ["sort"] = Sort,
            ["page"] = page?.ToString(System.Globalization.CultureInfo.InvariantCulture), ["format"] = format,
        };
        return QueryHelpers.AddQueryString(path, query.Where(kv => !string.IsNullOrEmpty(kv.Value)));
    }
}
