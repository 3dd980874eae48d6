using System.Security.Cryptography;
using System.Text;
using Glocal.Core.Access;
using Glocal.Core.Benchmark.Index;
using Glocal.Core.Shared;
using Glocal.Web.Infrastructure;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.Net.Http.Headers;

namespace Glocal.Web.Api.Benchmark;

/// <summary>Query of the ranking.</summary>
public sealed record RankingQuery(string? Tier, string? Search, string? PeerGroup, string? Province, string? Sort, string? Pillar)
{
    public RankingFilter Filter => new(Search, PeerGroup, Province, Sort, Pillar);
}

/// <summary>The internationalization index: ranking, profiles, export, publication opt-ins, and the open-data feed.</summary>
public static class BenchmarkIndexApi
{
    public static RouteGroupBuilder MapBenchmarkIndexApi(this IEndpointRouteBuilder routes)
    {
        var group = routes.MapGroup("/benchmark").WithTags("Benchmark index");
        group.MapGet("/index", Ranking).RequireAuthorization(Permissions.BenchmarkRead)
            .WithSummary("Ranking with rank intervals, peer groups, pillars and balance (sort, filter, search, paging)");
        group.MapGet("/index/units/{code}", Profile).RequireAuthorization(Permissions.BenchmarkRead)
            .WithSummary("One unit: indicators, strengths and weaknesses, trend, peers");
        group.MapGet("/index/export", Export).RequireAuthorization(Permissions.BenchmarkExport).WithSummary("The filtered ranking as CSV, XLSX or JSON");
        group.MapGet("/publications", ListPublications).RequireAuthorization(Permissions.BenchmarkRead)
            .WithSummary("Module indicators this municipality publishes into the index");
        group.MapPut("/publications/{indicator}", SetPublication).RequireAuthorization(Permissions.BenchmarkUpdate)
            .WithSummary("Opt in or out of publishing one module indicator");
        group.MapGet("/open/index", OpenIndex).AllowAnonymous()
            .WithSummary("Open data: the ranking for anyone, read-only, cacheable (ETag, If-None-Match, Cache-Control)");
        return group;
    }

    private static async Task<Ok<IndexRanking>> Ranking([AsParameters] RankingQuery query, [AsParameters] PageRequest page, IndexService index, CancellationToken ct) =>
        TypedResults.Ok(IndexQueries.Ranking(await index.GetAsync(IndexTiers.Parse(query.Tier), ct), query.Filter, page));

    private static async Task<Ok<ProfileResponse>> Profile(string code, string? tier, IndexService index, CancellationToken ct)
    {
        var profile = IndexQueries.Profile(await index.GetAsync(IndexTiers.Parse(tier), ct), code);
        return TypedResults.Ok(ProfileResponse.From(profile));
    }

    private static async Task<IResult> Export([AsParameters] RankingQuery query, string? format, IndexService index, CancellationToken ct)
    {
        var build = await index.GetAsync(IndexTiers.Parse(query.Tier), ct);
        var rows = IndexQueries.Export(build, query.Filter).ToList();
        return string.Equals(format, "json", StringComparison.OrdinalIgnoreCase)
            ? TypedResults.Json(new { build.Version, build.Year, notice = IndexQueries.SyntheticNotice, rows })
            : ExportResults.File(rows, format, $"glocal-index-{build.Tier}-{build.Year}");
    }

    private static async Task<Ok<IReadOnlyList<PublicationState>>> ListPublications(PublicationService publications, CancellationToken ct) =>
        TypedResults.Ok(await publications.ListAsync(ct));

    private static async Task<Ok<PublicationState>> SetPublication(string indicator, SetPublicationRequest request, PublicationService publications, CancellationToken ct) =>
        TypedResults.Ok(await publications.SetAsync(indicator, request.Published, ct));

    /// <summary>Anonymous and read-only: a strong ETag over the data fingerprint and format; 304 when it matches.</summary>
    private static async Task<IResult> OpenIndex(HttpContext http, string? tier, string? format, IndexService index, CancellationToken ct)
    {
        var parsedTier = IndexTiers.Parse(tier);
        var kind = string.IsNullOrWhiteSpace(format) ? "json" : format.Trim().ToLowerInvariant();
        if (kind is not ("json" or "csv" or "xlsx"))
        {
            throw new BusinessRuleException("export_format", $"Unknown format '{format}'; use json, csv or xlsx.", 400);
        }

        var fingerprint = await index.FingerprintAsync(parsedTier, ct);
        var etag = new EntityTagHeaderValue($"\"{Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(fingerprint + "|" + kind)))[..32]}\"");
        http.Response.Headers.ETag = etag.ToString();
        http.Response.Headers.CacheControl = "public, max-age=300, must-revalidate";
        http.Response.Headers.AccessControlAllowOrigin = "*";
        if (EntityTagHeaderValue.TryParseList([.. http.Request.Headers.IfNoneMatch.OfType<string>()], out var matches)
            && matches.Any(m => m.Equals(EntityTagHeaderValue.Any) || m.Compare(etag, useStrongComparison: false)))
        {
            return TypedResults.StatusCode(StatusCodes.Status304NotModified);
        }

        var build = await index.GetAsync(parsedTier, ct);
        var rows = IndexQueries.Export(build, new RankingFilter()).ToList();
        return kind == "json"
            ? TypedResults.Json(new { build.Version, build.Tier, build.Year, licence = "공공누리 제1유형 (KOGL Type 1) for official figures", notice = IndexQueries.SyntheticNotice, rows })
            : ExportResults.File(rows, kind, $"glocal-index-{build.Tier}-{build.Year}");
    }
}

public sealed record SetPublicationRequest(bool Published);

/// <summary>A profile for JSON: the history as objects.</summary>
public sealed record ProfileResponse(IndexRankRow Unit, IReadOnlyList<IndicatorResult> Indicators, IReadOnlyList<YearScore> History,
    IReadOnlyList<IndexRankRow> Peers, IReadOnlyList<IndicatorResult> Strengths, IReadOnlyList<IndicatorResult> Weaknesses, string Notice,
    IReadOnlyList<PillarComparison> Pillars, IReadOnlyList<TrendPoint> Trend)
{
    public static ProfileResponse From(IndexProfile p) =>
        new(p.Unit, p.Indicators, [.. p.History.Select(h => new YearScore(h.Year, h.Score))], p.Peers, p.Strengths, p.Weaknesses, p.Notice, p.Pillars, p.Trend);
}

public sealed record YearScore(int Year, double Score);
