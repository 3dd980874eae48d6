using Glocal.Core.Shared;

namespace Glocal.Core.Benchmark.Index;

/// <summary>Filters and sort of the ranking; <see cref="Search"/> matches Korean or English names and the code.</summary>
public sealed record RankingFilter(string? Search = null, string? PeerGroup = null, string? Province = null, string? Sort = null);

public sealed record IndexRanking(string Version, string Tier, int Year, int Units, bool ContainsSyntheticFigures, string Notice,
    IReadOnlyList<string> MissingProviders, Page<IndexRankRow> Ranking);

public sealed record IndexProfile(IndexRankRow Unit, IReadOnlyList<IndicatorResult> Indicators, IReadOnlyList<(int Year, double Score)> History,
    IReadOnlyList<IndexRankRow> Peers, IReadOnlyList<IndicatorResult> Strengths, IReadOnlyList<IndicatorResult> Weaknesses, string Notice);

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

        return filter.Sort switch
        {
            "name" => rows.OrderBy(r => r.NameKo, StringComparer.Ordinal),
            "-rank" => rows.OrderByDescending(r => r.Rank),
            "investment" => rows.OrderByDescending(r => r.Investment),
            "exchange" => rows.OrderByDescending(r => r.Exchange),
            "inclusion" => rows.OrderByDescending(r => r.Inclusion),
            "governance" => rows.OrderByDescending(r => r.Governance),
            "balance" => rows.OrderByDescending(r => r.Balance),
            "change" => rows.OrderByDescending(r => r.ScoreChange ?? double.MinValue),
            "population" => rows.OrderByDescending(r => r.Population),
            _ => rows.OrderBy(r => r.Rank).ThenBy(r => r.Code, StringComparer.Ordinal),
        };
    }

    public static IndexProfile Profile(IndexBuildOutput build, string code)
    {
        var unit = build.Rows.FirstOrDefault(r => r.Code == code) ?? throw new NotFoundException("IndexUnit", code);
        var indicators = build.Indicators.Where(i => i.Unit == code).ToList();
        var ranked = indicators.Where(i => !i.IsImputed).OrderBy(i => i.Rank).ThenBy(i => i.Indicator, StringComparer.Ordinal).ToList();
        return new IndexProfile(unit, indicators, build.History[code], [.. build.Rows.Where(r => r.PeerGroup == unit.PeerGroup)],
            [.. ranked.Take(3)], [.. ranked.AsEnumerable().Reverse().Take(3)], SyntheticNotice);
    }

    public static IEnumerable<IndexExportRow> Export(IndexBuildOutput build, RankingFilter filter) =>
        Filtered(build, filter).Select(r => new IndexExportRow(r.Code, r.NameKo, r.NameEn, r.Province, r.Year, r.PeerGroup, r.Score, r.Rank, r.RankLow, r.RankHigh,
            r.PeerRank, r.PeerCount, r.Investment, r.Exchange, r.Inclusion, r.Governance, r.Balance, r.ScoreChange, r.SyntheticShare,
            r.SyntheticShare > 0 ? "includes synthetic demo figures (not official)" : "official statistics", build.Version));
}
