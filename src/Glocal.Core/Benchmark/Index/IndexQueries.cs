using Glocal.Core.Shared;

namespace Glocal.Core.Benchmark.Index;

/// <summary>Filters and sort of the ranking; <see cref="Search"/> matches Korean or English names and the code.</summary>
public sealed record RankingFilter(string? Search = null, string? PeerGroup = null, string? Province = null, string? Sort = null, string? Pillar = null);

public sealed record IndexRanking(string Version, string Tier, int Year, int Units, bool ContainsSyntheticFigures, string Notice,
    IReadOnlyList<string> MissingProviders, Page<IndexRankRow> Ranking);

public sealed record IndexProfile(IndexRankRow Unit, IReadOnlyList<IndicatorResult> Indicators, IReadOnlyList<(int Year, double Score)> History,
    IReadOnlyList<IndexRankRow> Peers, IReadOnlyList<IndicatorResult> Strengths, IReadOnlyList<IndicatorResult> Weaknesses, string Notice)
{
    /// <summary>Each pillar's score beside the peer group's and the whole tier's median.</summary>
    public IReadOnlyList<PillarComparison> Pillars { get; init; } = [];

    /// <summary>The score per year beside the peer group's and the whole tier's median.</summary>
    public IReadOnlyList<TrendPoint> Trend { get; init; } = [];
}

public sealed record PillarComparison(string Pillar, double Score, double PeerMedian, double TierMedian);

public sealed record TrendPoint(int Year, double Score, double PeerMedian, double TierMedian);

/// <summary>One exported row, with its data status spelled out so no file presents synthetic figures as official.</summary>
public sealed record IndexExportRow(string Code, string NameKo, string NameEn, string Province, int Year, string PeerGroup, double Score, int Rank,
    int RankLow, int RankHigh, int PeerRank, int PeerCount, double Investment, double Exchange, double Inclusion, double Governance,
    double Balance, double? ScoreChange, double SyntheticShare, string DataStatus, string IndexVersion);

/// <summary>Reads over a build: the filtered ranking, one unit's profile, the export rows.</summary>
public static class IndexQueries
{
    public const string SyntheticNotice = "Demo: figures marked synthetic are generated, not official statistics. 합성(데모) 수치는 공식 통계가 아닙니다.";

    public static IndexRanking Ranking(IndexBuildOutput build, RankingFilter filter, PageRequest page)
    {
        var rows = Filtered(build, filter).ToList();
        return new IndexRanking(build.Version, build.Tier, build.Year, build.Units, build.Rows.Any(r => r.SyntheticShare > 0), SyntheticNotice, build.MissingProviders,
            new Page<IndexRankRow>([.. rows.Skip(page.Skip).Take(page.PageSize)], page.Page, page.PageSize, rows.Count));
    }

    public static IEnumerable<IndexRankRow> Filtered(IndexBuildOutput build, RankingFilter filter)
    {
        IEnumerable<IndexRankRow> rows = build.Rows;
        if (!string.IsNullOrWhiteSpace(filter.Search))
        {
            var term = filter.Search.Trim();
            rows = rows.Where(r => r.NameKo.Contains(term, StringComparison.Ordinal) || r.NameEn.Contains(term, StringComparison.OrdinalIgnoreCase)
                || r.Code.StartsWith(term, StringComparison.Ordinal) || r.Province.Contains(term, StringComparison.Ordinal));
        }

        if (!string.IsNullOrWhiteSpace(filter.PeerGroup))
        {
            rows = rows.Where(r => r.PeerGroup == filter.PeerGroup);
        }

        if (!string.IsNullOrWhiteSpace(filter.Province))
        {
            rows = rows.Where(r => r.Code.StartsWith(filter.Province, StringComparison.Ordinal) || r.Province == filter.Province);
        }

        var sort = string.IsNullOrWhiteSpace(filter.Sort) && filter.Pillar is "investment" or "exchange" or "inclusion" or "governance" ? filter.Pillar : filter.Sort;
        var descending = sort?.StartsWith('-') == true;
        var key = descending ? sort![1..] : sort;
        IOrderedEnumerable<IndexRankRow> By<T>(Func<IndexRankRow, T> selector, bool highFirst) =>
            highFirst != descending ? rows.OrderByDescending(selector) : rows.OrderBy(selector);
        var ordered = key switch
        {
            "name" => By(r => r.NameKo, false),
            "province" => By(r => r.Province, false),
            "peer" => By(r => r.PeerGroup, false),
            "score" => By(r => r.Score, true),
            "investment" => By(r => r.Investment, true),
            "exchange" => By(r => r.Exchange, true),
            "inclusion" => By(r => r.Inclusion, true),
            "governance" => By(r => r.Governance, true),
            "balance" => By(r => r.Balance, true),
            "change" => By(r => r.ScoreChange ?? double.MinValue, true),
            "population" => By(r => r.Population, true),
            "share" => By(r => r.ForeignShare, true),
            _ => By(r => r.Rank, false),
        };
        return ordered.ThenBy(r => r.Rank).ThenBy(r => r.Code, StringComparer.Ordinal);
    }

    /// <summary>The sort keys <see cref="Filtered"/> knows; each may be prefixed with '-' to reverse it.</summary>
    public static IReadOnlyList<string> SortKeys { get; } =
        ["rank", "name", "province", "peer", "score", "investment", "exchange", "inclusion", "governance", "balance", "change", "population", "share"];

    public static IndexProfile Profile(IndexBuildOutput build, string code)
    {
        var unit = build.Rows.FirstOrDefault(r => r.Code == code) ?? throw new NotFoundException("IndexUnit", code);
        var indicators = build.Indicators.Where(i => i.Unit == code).ToList();
        var ranked = indicators.Where(i => !i.IsImputed).OrderBy(i => i.Rank).ThenBy(i => i.Indicator, StringComparer.Ordinal).ToList();
        var peers = build.Rows.Where(r => r.PeerGroup == unit.PeerGroup).ToList();
        var pillars = new (string Code, Func<IndexRankRow, double> Score)[]
        {
            ("investment", r => r.Investment), ("exchange", r => r.Exchange), ("inclusion", r => r.Inclusion), ("governance", r => r.Governance),
        };
        var peerCodes = peers.Select(p => p.Code).ToHashSet(StringComparer.Ordinal);
        var trend = build.History[code].Select(h => new TrendPoint(h.Year, h.Score,
            Median(build.History.Where(kv => peerCodes.Contains(kv.Key)).Select(kv => kv.Value.First(v => v.Year == h.Year).Score)),
            Median(build.History.Values.Select(v => v.First(x => x.Year == h.Year).Score)))).ToList();
        return new IndexProfile(unit, indicators, build.History[code], peers,
            [.. ranked.Take(3)], [.. ranked.AsEnumerable().Reverse().Take(3)], SyntheticNotice)
        {
            Pillars = [.. pillars.Select(p => new PillarComparison(p.Code, p.Score(unit), Median(peers.Select(p.Score)), Median(build.Rows.Select(p.Score))))],
            Trend = trend,
        };
    }

    /// <summary>The median of the finite values, to two decimals; NaN when there are none.</summary>
    public static double Median(IEnumerable<double> values)
    {
        var sorted = values.Where(double.IsFinite).Order().ToArray();
        if (sorted.Length == 0)
        {
            return double.NaN;
        }

        var mid = sorted.Length / 2;
        return Math.Round(sorted.Length % 2 == 1 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2, 2);
    }

    public static IEnumerable<IndexExportRow> Export(IndexBuildOutput build, RankingFilter filter) =>
        Filtered(build, filter).Select(r => new IndexExportRow(r.Code, r.NameKo, r.NameEn, r.Province, r.Year, r.PeerGroup, r.Score, r.Rank, r.RankLow, r.RankHigh,
            r.PeerRank, r.PeerCount, r.Investment, r.Exchange, r.Inclusion, r.Governance, r.Balance, r.ScoreChange, r.SyntheticShare,
            r.SyntheticShare > 0 ? "includes synthetic demo figures (not official)" : "official statistics", build.Version));
}
