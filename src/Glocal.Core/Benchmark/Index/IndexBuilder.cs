using System.Globalization;
using Glocal.Indicators;
using Glocal.Indicators.Io;
using Glocal.Indicators.Uncertainty;

namespace Glocal.Core.Benchmark.Index;

/// <summary>
/// Builds the index with the composite-indicator engine (ADR 0011): the definition becomes COINr's iMeta, the values
/// iData, the pipeline spec runs as is, and the uncertainty analysis gives each rank its 5–95% interval. Pure and
/// deterministic: the same values, definition and seed give the same output.
/// </summary>
public static class IndexBuilder
{
    public const string IndexCode = "Index";

    public static IndexBuildOutput Build(IndexDefinition definition, string tier, IReadOnlyList<IndexUnit> units, IReadOnlyList<IndexValue> values,
        IReadOnlyList<string> missingProviders, string fingerprint)
    {
        var years = definition.Years.Order().ToArray();
        var lookup = values.GroupBy(v => (v.Unit, v.Series, v.Year)).ToDictionary(g => g.Key, g => g.OrderBy(v => v.FromModule ? 0 : 1).First());
        var moduleOverrides = values.Where(v => v.FromModule).ToDictionary(v => (v.Unit, v.Series, v.Year));
        double Raw(string unit, string series, int year) => lookup.TryGetValue((unit, series, year), out var v) ? v.Value : double.NaN;

        var denominators = definition.Denominators.Keys.ToList();
        var header = new List<string> { "uCode", "uName", "Time" };
        header.AddRange(denominators);
        header.AddRange(definition.Indicators.Select(i => i.Code));
        var rows = new List<string[]>();
        foreach (var unit in units)
        {
            foreach (var year in years)
            {
                var row = new List<string> { unit.Code, unit.NameEn, year.ToString(CultureInfo.InvariantCulture) };
                row.AddRange(denominators.Select(d => Cell(Raw(unit.Code, definition.Denominators[d], year))));
                row.AddRange(definition.Indicators.Select(i => Cell(Raw(unit.Code, i.Series, year))));
                rows.Add([.. row]);
            }
        }

        var input = IndexInputReader.Create(new CsvTable("iData", [.. header], rows), Meta(definition));
        var spec = PipelineSpecReader.Parse(definition.PipelineJson);
        var build = Pipeline.Run(input, spec.Steps);
        var aggregated = build.Stage("Aggregated") ?? throw new InvalidOperationException("The pipeline has no aggregate step.");
        var ranks = Results.Ranks(aggregated);
        var uncertainty = spec.Uncertainty is null
            ? null
            : UncertaintyAnalysis.Run(input, spec, definition.UncertaintyRuns, definition.Seed).Statistics.ToDictionary(s => s.Unit, StringComparer.Ordinal);

        var latest = years[^1];
        var first = years[0];
        int RowOf(string unit, int year) => Enumerable.Range(0, aggregated.RowCount).First(r => aggregated.Units[r] == unit && aggregated.Times[r] == year);
        double Value(string code, string unit, int year) => aggregated.Column(code)[RowOf(unit, year)];

        var orientation = definition.Pillars.ToDictionary(p => p.Code, p => p.Orientation, StringComparer.Ordinal);
        var result = new List<IndexRankRow>();
        var peerOf = new Dictionary<string, string>(StringComparer.Ordinal);
        var population = new Dictionary<string, double>(StringComparer.Ordinal);
        var share = new Dictionary<string, double>(StringComparer.Ordinal);
        foreach (var unit in units)
        {
            population[unit.Code] = LatestPresent(years, y => Raw(unit.Code, definition.Denominators["population"], y));
            var foreign = LatestPresent(years, y => Raw(unit.Code, definition.Denominators["foreign_residents"], y));
            share[unit.Code] = foreign / population[unit.Code];
            peerOf[unit.Code] = PeerGroups.Assign(definition.PeerGroups, population[unit.Code], share[unit.Code]);
        }

        var scores = units.ToDictionary(u => u.Code, u => Value(IndexCode, u.Code, latest), StringComparer.Ordinal);
        foreach (var unit in units)
        {
            var r = RowOf(unit.Code, latest);
            var pillar = definition.Pillars.ToDictionary(p => p.Code, p => aggregated.Column(p.Code)[r], StringComparer.Ordinal);
            var inward = Mean(pillar.Where(p => orientation[p.Key] == "inward").Select(p => p.Value));
            var outward = Mean(pillar.Where(p => orientation[p.Key] == "outward").Select(p => p.Value));
            var peers = units.Where(u => peerOf[u.Code] == peerOf[unit.Code]).ToList();
            var firstScore = Value(IndexCode, unit.Code, first);
            var inputs = definition.Indicators.Select(i => i.Series).Concat(definition.Denominators.Values).ToList();
            var synthetic = inputs.Count(s => lookup.TryGetValue((unit.Code, s, latest), out var v) && v.IsSynthetic);
            var imputed = inputs.Count(s => !lookup.ContainsKey((unit.Code, s, latest)));
            var stats = uncertainty?.GetValueOrDefault(unit.Code);
            result.Add(new IndexRankRow(unit.Code, unit.NameKo, unit.NameEn, unit.ProvinceKo, latest, peerOf[unit.Code], Math.Round(population[unit.Code]),
                Math.Round(share[unit.Code], 4), Math.Round(scores[unit.Code], 2), (int)ranks.Column(IndexCode)[r],
                stats is null ? 0 : (int)Math.Round(stats.Q05), stats is null ? 0 : (int)Math.Round(stats.Q95),
                peers.Count(p => scores[p.Code] > scores[unit.Code]) + 1, peers.Count,
                Math.Round(pillar.GetValueOrDefault("investment", double.NaN), 2), Math.Round(pillar.GetValueOrDefault("exchange", double.NaN), 2),
                Math.Round(pillar.GetValueOrDefault("inclusion", double.NaN), 2), Math.Round(pillar.GetValueOrDefault("governance", double.NaN), 2),
                Math.Round(inward, 2), Math.Round(outward, 2), Math.Round(inward - outward, 2),
                double.IsNaN(firstScore) ? null : Math.Round(scores[unit.Code] - firstScore, 2),
                Math.Round((double)synthetic / inputs.Count, 3), Math.Round((double)imputed / inputs.Count, 3)));
        }

        var normalised = build.Stage("Normalised")!;
        var normalisedRanks = Results.Ranks(normalised);
        var indicators = new List<IndicatorResult>();
        foreach (var unit in units)
        {
            var nr = Enumerable.Range(0, normalised.RowCount).First(i => normalised.Units[i] == unit.Code && normalised.Times[i] == latest);
            foreach (var indicator in definition.Indicators)
            {
                var present = lookup.TryGetValue((unit.Code, indicator.Series, latest), out var v);
                indicators.Add(new IndicatorResult(unit.Code, indicator.Code, present ? v!.Value : null, Math.Round(normalised.Column(indicator.Code)[nr], 2),
                    (int)normalisedRanks.Column(indicator.Code)[nr], present && v!.IsSynthetic, !present, moduleOverrides.ContainsKey((unit.Code, indicator.Series, latest))));
            }
        }

        var history = units.ToDictionary(u => u.Code, u => (IReadOnlyList<(int, double)>)[.. years.Select(y => (y, Math.Round(Value(IndexCode, u.Code, y), 2)))], StringComparer.Ordinal);
        return new IndexBuildOutput(definition.Version, tier, latest, units.Count, [.. result.OrderBy(r => r.Rank).ThenBy(r => r.Code, StringComparer.Ordinal)],
            indicators, history, missingProviders, fingerprint) { Definition = definition };
    }

    /// <summary>The definition as COINr's iMeta: indicators (level 1), pillars (2), the index (3), denominators.</summary>
    private static CsvTable Meta(IndexDefinition definition)
    {
        var rows = new List<string[]>();
        rows.AddRange(definition.Indicators.Select(i => new[]
        {
            "1", i.Code, i.NameEn, Cell(i.Direction), Cell(i.Weight), i.Pillar, "Indicator", i.Denominator ?? "",
        }));
        rows.AddRange(definition.Pillars.Select(p => new[] { "2", p.Code, p.NameEn, "1", "1", IndexCode, "Aggregate", "" }));
        rows.Add(["3", IndexCode, definition.NameEn, "1", "1", "", "Aggregate", ""]);
        rows.AddRange(definition.Denominators.Keys.Select(d => new[] { "", d, d, "1", "1", "", "Denominator", "" }));
        return new CsvTable("iMeta", ["Level", "iCode", "iName", "Direction", "Weight", "Parent", "Type", "Denominator"], rows);
    }

    private static string Cell(double value) => double.IsNaN(value) ? "" : CsvTable.FormatNumber(value);

    private static double LatestPresent(int[] years, Func<int, double> value) =>
        years.Reverse().Select(value).FirstOrDefault(v => !double.IsNaN(v), double.NaN);

    private static double Mean(IEnumerable<double> values)
    {
        var list = values.Where(v => !double.IsNaN(v)).ToList();
        return list.Count == 0 ? double.NaN : list.Average();
    }
}
