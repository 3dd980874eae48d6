using System.Globalization;
using Glocal.Core.Access;
using Glocal.Core.Benchmark.Index;
using Glocal.Core.Shared;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.WebUtilities;

namespace Glocal.Web.Pages.Benchmark;

/// <summary>The ranking of every local government (or province): sort, filter by peer group, province and pillar, search, page, export.</summary>
[Authorize(Permissions.BenchmarkRead)]
public sealed class IndexModel(IndexService index) : PageModel
{
    public const int PageSize = 25;

    public static readonly string[] Pillars = ["investment", "exchange", "inclusion", "governance"];

    [BindProperty(SupportsGet = true)]
    public string? Tier { get; set; }

    [BindProperty(SupportsGet = true)]
    public string? Q { get; set; }

    [BindProperty(SupportsGet = true)]
    public string? Peer { get; set; }

    [BindProperty(SupportsGet = true)]
    public string? Province { get; set; }

    [BindProperty(SupportsGet = true)]
    public string? Pillar { get; set; }

    [BindProperty(SupportsGet = true)]
    public string? Sort { get; set; }

    [BindProperty(SupportsGet = true, Name = "page")]
    public int PageNumber { get; set; } = 1;

    public IndexBuildOutput Build { get; private set; } = null!;

    public IndexRanking Result { get; private set; } = null!;

    public IReadOnlyList<string> PeerGroupOptions { get; private set; } = [];

    public IReadOnlyList<string> ProvinceOptions { get; private set; } = [];

    /// <summary>Rank of each unit by the chosen pillar, over the whole tier (1 = best).</summary>
    public IReadOnlyDictionary<string, int> PillarRanks { get; private set; } = new Dictionary<string, int>();

    public async Task OnGetAsync(CancellationToken ct)
    {
        Tier = IndexTiers.Parse(Tier);
        PageNumber = Math.Max(1, PageNumber);
        if (Sort is not null && !IndexQueries.SortKeys.Contains(Sort.TrimStart('-')))
        {
            Sort = null;
        }

        if (Pillar is not null && !Pillars.Contains(Pillar))
        {
            Pillar = null;
        }

        Build = await index.GetAsync(Tier, ct);
        PeerGroupOptions = [.. Build.Rows.Select(r => r.PeerGroup).Distinct().Order(StringComparer.Ordinal)];
        ProvinceOptions = [.. Build.Rows.Select(r => r.Province).Where(p => p.Length > 0).Distinct().Order(StringComparer.Ordinal)];
        var filter = new RankingFilter(Q, Peer, Province, Sort, Pillar);
        Result = IndexQueries.Ranking(Build, filter, new PageRequest(1, PageSize) with { Page = PageNumber });
        if (Result.Ranking.PageCount > 0 && PageNumber > Result.Ranking.PageCount)
        {
            PageNumber = Result.Ranking.PageCount;
            Result = IndexQueries.Ranking(Build, filter, new PageRequest(PageNumber, PageSize));
        }

        if (Pillar is not null)
        {
            PillarRanks = IndexQueries.Filtered(Build, new RankingFilter(Pillar: Pillar)).Select((r, i) => (r.Code, Rank: i + 1))
                .ToDictionary(x => x.Code, x => x.Rank, StringComparer.Ordinal);
        }
    }

    public static double PillarScore(IndexRankRow row, string pillar) => pillar switch
    {
        "investment" => row.Investment,
        "exchange" => row.Exchange,
        "inclusion" => row.Inclusion,
        _ => row.Governance,
    };

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

        Add("tier", Tier == IndexTiers.Local ? null : Tier);
        if (format is not null)
        {
            Add("search", Q);
            Add("peerGroup", Peer);
            Add("province", Province);
            Add("pillar", Pillar);
            Add("sort", Sort);
            Add("format", format);
            return QueryHelpers.AddQueryString("/api/v1/benchmark/index/export", query);
        }

        Add("q", Q);
        Add("peer", Peer);
        Add("province", Province);
        Add("pillar", Pillar);
        Add("sort", sort ?? Sort);
        Add("page", page?.ToString(CultureInfo.InvariantCulture));
        return QueryHelpers.AddQueryString("/Benchmark", query);
    }

    /// <summary>A column's natural direction first (best first for scores, A–Z for names), then reversed.</summary>
    public string SortUrl(string key) => ListUrl(sort: (Sort ?? (Pillar is null ? "rank" : Pillar)) == key ? "-" + key : key);

    public string AriaSort(string key)
    {
        var current = Sort ?? (Pillar is null ? "rank" : Pillar);
        var ascendingFirst = key is "rank" or "name" or "province" or "peer";
        return current == key ? (ascendingFirst ? "ascending" : "descending") : current == "-" + key ? (ascendingFirst ? "descending" : "ascending") : "none";
    }
}
