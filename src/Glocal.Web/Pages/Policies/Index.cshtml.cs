using Glocal.Core.Policies;
using Glocal.Core.Shared;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Glocal.Web.Pages.Policies;

/// <summary>The portfolio of one year: balance, money by source, and the programme list with filters and exports.</summary>
[Authorize("policies.read")]
public sealed class IndexModel(PortfolioQueries queries, PolicyService policies, CrossPillarChains chains, IAuthorizationService authorization, TimeProvider clock) : PageModel
{
    public const int PageSize = 20;

    [BindProperty(SupportsGet = true)]
    public int? Year { get; set; }

    [BindProperty(SupportsGet = true)]
    public string? Q { get; set; }

    [BindProperty(SupportsGet = true)]
    public Orientation? Orientation { get; set; }

    [BindProperty(SupportsGet = true)]
    public ProgrammeMode? Mode { get; set; }

    [BindProperty(SupportsGet = true)]
    public Pillars? Pillar { get; set; }

    [BindProperty(SupportsGet = true)]
    public bool? Flagged { get; set; }

    [BindProperty(SupportsGet = true)]
    public string? Sort { get; set; }

    [BindProperty(SupportsGet = true, Name = "p")]
    public int PageNumber { get; set; } = 1;

    public PortfolioOverview Portfolio { get; private set; } = null!;

    public Page<ProgrammeSummary> Programmes { get; private set; } = new([], 1, PageSize, 0);

    public IReadOnlyList<PolicySummary> Policies { get; private set; } = [];

    /// <summary>The cross-pillar chain of each exchange activity of the year.</summary>
    public IReadOnlyList<ChainLink> Chains { get; private set; } = [];

    [BindProperty]
    public NewPolicy PolicyInput { get; set; } = new();

    public sealed class NewPolicy
    {
        [System.ComponentModel.DataAnnotations.Required(ErrorMessage = "Required")]
        [System.ComponentModel.DataAnnotations.StringLength(200)]
        public string Title { get; set; } = "";

        [System.ComponentModel.DataAnnotations.Range(2000, 2100)]
        public int StartYear { get; set; }
    }

    private ProgrammeListRequest ListRequest => new(Q, Pillar, Orientation, Mode, null, Flagged, Year, Sort);

    public async Task<IActionResult> OnGetAsync(CancellationToken ct)
    {
        await LoadAsync(ct);
        return Page();
    }

    public async Task<IActionResult> OnGetExportAsync(string? format, CancellationToken ct)
    {
        if (!(await authorization.AuthorizeAsync(User, "policies.export")).Succeeded)
        {
            return Forbid();
        }

        var file = Core.Shared.Tabular.TabularExport.Write(await queries.ProgrammesAsync(ListRequest, ct), Core.Shared.Tabular.TabularExport.ParseFormat(format), "programmes");
        return File(file.Content, file.ContentType, file.FileName);
    }

    public async Task<IActionResult> OnPostPolicyAsync(CancellationToken ct)
    {
        if (!(await authorization.AuthorizeAsync(User, "policies.create")).Succeeded)
        {
            return Forbid();
        }

        if (ModelState.IsValid)
        {
            try
            {
                await policies.CreatePolicyAsync(new CreatePolicyRequest(PolicyInput.Title, PolicyInput.StartYear), ct);
                return RedirectToPage();
            }
            catch (BusinessRuleException e)
            {
                ModelState.AddModelError(string.Empty, e.Message);
            }
        }

        await LoadAsync(ct);
        return Page();
    }

    private async Task LoadAsync(CancellationToken ct)
    {
        Year ??= clock.GetUtcNow().Year;
        PolicyInput.StartYear = PolicyInput.StartYear == 0 ? Year.Value : PolicyInput.StartYear;
        Portfolio = await queries.PortfolioAsync(Year.Value, ct);
        Chains = await chains.ForYearAsync(Year.Value, ct);
        var all = await queries.ProgrammesAsync(ListRequest, ct);
        var pageNumber = Math.Max(1, PageNumber);
        Programmes = new Page<ProgrammeSummary>([.. all.Skip((pageNumber - 1) * PageSize).Take(PageSize)], pageNumber, PageSize, all.Count);
        Policies = await queries.PoliciesAsync(null, ct);
    }

    /// <summary>The current filters with one changed, for pager and sort links.</summary>
    public Dictionary<string, string?> RouteWith(string key, string? value)
    {
        var values = new Dictionary<string, string?>(StringComparer.Ordinal)
        {
            ["year"] = Year?.ToString(System.Globalization.CultureInfo.InvariantCulture),
            ["q"] = Q,
            ["orientation"] = Orientation?.ToString(),
            ["mode"] = Mode?.ToString(),
            ["pillar"] = Pillar?.ToString(),
            ["flagged"] = Flagged?.ToString(),
            ["sort"] = Sort,
        };
        values[key] = value;
        return values;
    }
}
