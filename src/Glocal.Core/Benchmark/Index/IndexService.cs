using System.Collections.Concurrent;
using System.Globalization;
using Glocal.Core.Benchmark.Statistics;
using Glocal.Core.Data;
using Glocal.Core.Tenancy;
using Microsoft.EntityFrameworkCore;

namespace Glocal.Core.Benchmark.Index;

/// <summary>The two tiers ranked separately: 226 local governments, 17 provinces.</summary>
public static class IndexTiers
{
    public const string Local = "local";
    public const string Province = "province";

    public static string Parse(string? tier) => tier?.Trim().ToLowerInvariant() switch
    {
        null or "" or Local => Local,
        Province => Province,
        _ => throw new Shared.BusinessRuleException("benchmark_tier", $"Unknown tier '{tier}'; use local or province.", 400),
    };
}

/// <summary>Builds results are kept per data fingerprint: a new import or publication gives a new build.</summary>
public sealed class IndexResultCache
{
    private readonly ConcurrentDictionary<string, Lazy<Task<IndexBuildOutput>>> builds = new(StringComparer.Ordinal);

    public Task<IndexBuildOutput> GetOrBuild(string key, Func<Task<IndexBuildOutput>> build)
    {
        if (builds.Count > 16)
        {
            builds.Clear();
        }

        return builds.GetOrAdd(key, _ => new Lazy<Task<IndexBuildOutput>>(build)).Value;
    }
}

/// <summary>Loads the index inputs from the statistics store (and opted-in module figures) and builds it.</summary>
public sealed class IndexService(GlocalDbContext db, IEnumerable<IBenchmarkIndicatorProvider> providers, IndexResultCache cache)
{
    public static IndexDefinition Definition => IndexDefinition.BuiltIn;

    /// <summary>Changes whenever a figure the index reads changes (count and sum of values and the definition version).</summary>
    public async Task<string> FingerprintAsync(string tier, CancellationToken ct)
    {
        var count = await db.StatisticObservations.CountAsync(ct);
        var sum = count == 0 ? 0 : await db.StatisticObservations.SumAsync(o => o.Value, ct);
        var synthetic = await db.StatisticObservations.CountAsync(o => o.IsSynthetic, ct);
        return string.Create(CultureInfo.InvariantCulture, $"{Definition.Version}|{tier}|{count}|{synthetic}|{sum:R}");
    }

    public async Task<IndexBuildOutput> GetAsync(string tier, CancellationToken ct)
    {
        tier = IndexTiers.Parse(tier);
        var fingerprint = await FingerprintAsync(tier, ct);
        var output = await cache.GetOrBuild(fingerprint, () => BuildAsync(tier, fingerprint, CancellationToken.None));
        return output;
    }

    private async Task<IndexBuildOutput> BuildAsync(string tier, string fingerprint, CancellationToken ct)
    {
        var definition = Definition;
        var registry = await db.Municipalities.AsNoTracking().ToListAsync(ct);
        var lineage = new RegionLineage(registry);
        var provinces = registry.Where(m => m.Kind is MunicipalityKind.Province or MunicipalityKind.SingleTier && m.ValidTo is null)
            .ToDictionary(m => m.ProvinceCode, m => m.NameKo, StringComparer.Ordinal);
        var units = registry.Where(m => m.ValidTo is null && (tier == IndexTiers.Local
                ? m.Kind == MunicipalityKind.LocalGovernment
                : m.Kind is MunicipalityKind.Province or MunicipalityKind.SingleTier))
            .OrderBy(m => m.Code, StringComparer.Ordinal)
            .Select(m => new IndexUnit(m.Code, m.NameKo, m.NameEn, provinces.GetValueOrDefault(m.ProvinceCode, "")))
            .ToList();
        var unitCodes = units.Select(u => u.Code).ToHashSet(StringComparer.Ordinal);

        var seriesCodes = definition.Indicators.Select(i => i.Series).Concat(definition.Denominators.Values).Distinct().ToList();
        var years = definition.Years.ToList();
        var rows = await (from o in db.StatisticObservations.AsNoTracking()
                          join s in db.StatisticSeries on o.SeriesId equals s.Id
                          where seriesCodes.Contains(s.Code) && years.Contains(o.Year) && o.Breakdown == "" && o.MunicipalityId != null
                          select new { s.Code, MunicipalityId = o.MunicipalityId!.Value, o.Year, o.ReferenceDate, o.Value, o.IsSynthetic }).ToListAsync(ct);
        var values = rows
            .Select(r => (Row: r, Unit: lineage.Current(r.MunicipalityId).Code))
            .Where(x => unitCodes.Contains(x.Unit))
            .GroupBy(x => (x.Unit, x.Row.Code, x.Row.Year))
            .Select(g => g.OrderByDescending(x => x.Row.ReferenceDate).First())
            .Select(x => new IndexValue(x.Unit, x.Row.Code, x.Row.Year, x.Row.Value, x.Row.IsSynthetic))
            .ToList();

        var missing = new List<string>();
        foreach (var indicator in definition.Indicators.Where(i => i.Provider is not null))
        {
            var provider = providers.FirstOrDefault(p => p.Name == indicator.Provider);
            if (provider is null)
            {
                missing.Add(indicator.Provider!);
                continue;
            }

            var published = await db.IndicatorPublications.IgnoreQueryFilters().AsNoTracking()
                .Where(p => p.IndicatorCode == indicator.Code && p.Published).Select(p => p.MunicipalityId).ToListAsync(ct);
            if (published.Count == 0)
            {
                continue;
            }

            foreach (var (id, year, value) in await provider.ReadAsync(published, years, ct))
            {
                var unit = lineage.Current(id).Code;
                if (unitCodes.Contains(unit))
                {
                    values.Add(new IndexValue(unit, indicator.Series, year, value, IsSynthetic: false, FromModule: true));
                }
            }
        }

        return IndexBuilder.Build(definition, tier, units, values, missing.Distinct().ToList(), fingerprint);
    }
}
