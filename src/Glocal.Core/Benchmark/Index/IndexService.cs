using System.Collections.Concurrent;
using System.Globalization;
using System.Security.Cryptography;
using System.Text;
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

/// <summary>Builds results are kept per data fingerprint: a new import, publication, module figure or definition gives a new build.</summary>
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

/// <summary>One published module figure: which indicator, for which municipality and year.</summary>
public sealed record ModuleFigure(string Indicator, int MunicipalityId, int Year, double Value);

/// <summary>What one build reads, and the fingerprint over it.</summary>
public sealed record IndexInputs(IndexDefinition Definition, string Tier, IReadOnlyList<ModuleFigure> ModuleFigures, IReadOnlyList<string> MissingProviders, string Fingerprint);

/// <summary>Loads the index inputs from the statistics store (and opted-in module figures) and builds it.</summary>
public sealed class IndexService(GlocalDbContext db, IEnumerable<IBenchmarkIndicatorProvider> providers, IndexResultCache cache, IndexDefinitionStore definitions, HeadlineCache remembered)
{
    /// <summary>The inputs of a build and a fingerprint that changes whenever any of them does (figures, publications, module data, definition).</summary>
    /// <remarks>
    /// Working the fingerprint out reads every municipality's published module figures and sums the statistics, which
    /// cost more than the rest of a ranking page; the inputs are remembered until any municipality's data changes (ADR 0073).
    /// </remarks>
    public async Task<IndexInputs> InputsAsync(string tier, CancellationToken ct)
    {
        var parsed = IndexTiers.Parse(tier);
        return await remembered.GetAcrossMunicipalitiesAsync($"index-inputs-{parsed}",
            async c => await InputsAsync(await definitions.CurrentAsync(c), parsed, c), ct);
    }

    public async Task<string> FingerprintAsync(string tier, CancellationToken ct) => (await InputsAsync(tier, ct)).Fingerprint;

    public async Task<IndexBuildOutput> GetAsync(string tier, CancellationToken ct)
    {
        var inputs = await InputsAsync(tier, ct);
        return await cache.GetOrBuild(inputs.Fingerprint, () => BuildAsync(inputs, CancellationToken.None));
    }

    /// <summary>Builds a candidate definition on the stored figures, uncached (the trial run before an approval).</summary>
    public async Task<IndexBuildOutput> TrialAsync(IndexDefinition definition, CancellationToken ct) =>
        await BuildAsync(await InputsAsync(definition, IndexTiers.Local, ct), ct);

    private async Task<IndexInputs> InputsAsync(IndexDefinition definition, string tier, CancellationToken ct)
    {
        var count = await db.StatisticObservations.CountAsync(ct);
        var sum = count == 0 ? 0 : await db.StatisticObservations.SumAsync(o => o.Value, ct);
        var synthetic = await db.StatisticObservations.CountAsync(o => o.IsSynthetic, ct);

        var missing = new List<string>();
        var figures = new List<ModuleFigure>();
        var years = definition.Years.ToList();
        var published = await db.IndicatorPublications.IgnoreQueryFilters().AsNoTracking().Where(p => p.Published)
            .Select(p => new { p.IndicatorCode, p.MunicipalityId }).ToListAsync(ct);
        foreach (var indicator in definition.Indicators.Where(i => i.Provider is not null))
        {
            var provider = providers.FirstOrDefault(p => p.Name == indicator.Provider);
            if (provider is null)
            {
                missing.Add(indicator.Provider!);
                continue;
            }

            var ids = published.Where(p => p.IndicatorCode == indicator.Code).Select(p => p.MunicipalityId).Distinct().Order().ToList();
            if (ids.Count > 0)
            {
                figures.AddRange((await provider.ReadAsync(ids, years, ct)).Where(v => double.IsFinite(v.Value))
                    .Select(v => new ModuleFigure(indicator.Code, v.MunicipalityId, v.Year, v.Value)));
            }
        }

        figures = [.. figures.OrderBy(f => f.Indicator, StringComparer.Ordinal).ThenBy(f => f.MunicipalityId).ThenBy(f => f.Year)];
        var moduleHash = Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(string.Join(';',
            figures.Select(f => string.Create(CultureInfo.InvariantCulture, $"{f.Indicator},{f.MunicipalityId},{f.Year},{f.Value:R}"))))))[..16];
        var fingerprint = string.Create(CultureInfo.InvariantCulture, $"{definition.Version}|{tier}|{count}|{synthetic}|{sum:R}|{moduleHash}");
        return new IndexInputs(definition, tier, figures, [.. missing.Distinct()], fingerprint);
    }

    private async Task<IndexBuildOutput> BuildAsync(IndexInputs inputs, CancellationToken ct)
    {
        var (definition, tier) = (inputs.Definition, inputs.Tier);
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

        var seriesOf = definition.Indicators.ToDictionary(i => i.Code, i => i.Series, StringComparer.Ordinal);
        foreach (var figure in inputs.ModuleFigures)
        {
            var unit = lineage.Current(figure.MunicipalityId).Code;
            if (unitCodes.Contains(unit) && seriesOf.TryGetValue(figure.Indicator, out var series))
            {
                values.Add(new IndexValue(unit, series, figure.Year, figure.Value, IsSynthetic: false, FromModule: true));
            }
        }

        return IndexBuilder.Build(definition, tier, units, values, inputs.MissingProviders, inputs.Fingerprint);
    }
}
