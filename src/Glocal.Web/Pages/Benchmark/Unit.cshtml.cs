using Glocal.Core.Access;
using Glocal.Core.Benchmark.Index;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Glocal.Web.Pages.Benchmark;

/// <summary>What a profile partial needs: the unit's profile, the definition for names, and the tier it was ranked in.</summary>
public sealed record BenchmarkProfileView(IndexProfile Profile, IndexDefinition? Definition, string Tier, int TierUnits);

/// <summary>One municipality's profile: pillar scores, rank overall and among peers, strengths and weaknesses, balance, trend, peers.</summary>
[Authorize(Permissions.BenchmarkRead)]
public sealed class UnitModel(IndexService index) : PageModel
{
    [BindProperty(SupportsGet = true)]
    public string Code { get; set; } = "";

    [BindProperty(SupportsGet = true)]
    public string? Tier { get; set; }

    public BenchmarkProfileView View { get; private set; } = null!;

    public async Task<IActionResult> OnGetAsync(CancellationToken ct)
    {
        Tier = IndexTiers.Parse(Tier);
        var build = await index.GetAsync(Tier, ct);
        if (build.Rows.All(r => r.Code != Code))
        {
            return NotFound();
        }

        View = new BenchmarkProfileView(IndexQueries.Profile(build, Code), build.Definition, Tier, build.Units);
        return Page();
    }
}
