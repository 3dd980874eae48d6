using Glocal.Core.Access;
using Glocal.Core.Benchmark.Index;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Glocal.Web.Pages.Benchmark;

/// <summary>
/// The Ansan case, told the way the Intercultural Cities Index tells a city's story: where Ansan stands against
/// its peers, its strongest and weakest pillars, whom to learn from, and how it moved over the years.
/// </summary>
[Authorize(Permissions.BenchmarkRead)]
public sealed class AnsanModel(IndexService index) : PageModel
{
    public const string AnsanCode = "41270";

    public BenchmarkProfileView View { get; private set; } = null!;

    public PillarComparison Strongest { get; private set; } = null!;

    public PillarComparison Weakest { get; private set; } = null!;

    /// <summary>Peers that score best in Ansan's weakest pillar: the cities to learn from.</summary>
    public IReadOnlyList<IndexRankRow> LearnFrom { get; private set; } = [];

    public async Task OnGetAsync(CancellationToken ct)
    {
        var build = await index.GetAsync(IndexTiers.Local, ct);
        var profile = IndexQueries.Profile(build, AnsanCode);
        View = new BenchmarkProfileView(profile, build.Definition, IndexTiers.Local, build.Units);
        var gaps = profile.Pillars.Where(p => double.IsFinite(p.Score) && double.IsFinite(p.PeerMedian)).ToList();
        Strongest = gaps.MaxBy(p => p.Score - p.PeerMedian) ?? profile.Pillars[0];
        Weakest = gaps.MinBy(p => p.Score - p.PeerMedian) ?? profile.Pillars[^1];
        LearnFrom = [.. IndexQueries.Filtered(build, new RankingFilter(PeerGroup: profile.Unit.PeerGroup, Pillar: Weakest.Pillar))
            .Where(r => r.Code != AnsanCode).Take(3)];
    }
}
