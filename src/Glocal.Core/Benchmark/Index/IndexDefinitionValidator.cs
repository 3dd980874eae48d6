using System.Text.RegularExpressions;
using Glocal.Core.Shared;
using Glocal.Indicators.Io;

namespace Glocal.Core.Benchmark.Index;

/// <summary>
/// What a definition must satisfy before it can be proposed (ADR 0053). Each rule has its own code so a client can tell
/// what to fix; the first broken rule is reported. Structural problems (not JSON, a missing field, an unknown pillar or
/// denominator) are <c>index_definition_invalid</c> from <see cref="IndexDefinition.Parse"/>.
/// </summary>
public static partial class IndexDefinitionValidator
{
    /// <summary>The ranking reports these four pillars by name, so every definition has exactly these.</summary>
    public static readonly string[] RequiredPillars = ["investment", "exchange", "inclusion", "governance"];

    private static readonly string[] Orientations = ["inward", "outward", "capacity"];

    public static void Validate(IndexDefinition d, IReadOnlySet<string> knownSeries, IReadOnlySet<string> knownProviders)
    {
        [System.Diagnostics.CodeAnalysis.DoesNotReturn]
        static void Fail(string code, string message) => throw new BusinessRuleException(code, message);

        if (d.Indicators.Any(i => i is null || string.IsNullOrWhiteSpace(i.Code) || string.IsNullOrWhiteSpace(i.Series) || string.IsNullOrWhiteSpace(i.NameKo)
                || string.IsNullOrWhiteSpace(i.NameEn) || string.IsNullOrWhiteSpace(i.Pillar))
            || d.Pillars.Any(p => p is null || string.IsNullOrWhiteSpace(p.Code) || string.IsNullOrWhiteSpace(p.NameKo) || string.IsNullOrWhiteSpace(p.NameEn) || p.Orientation is null)
            || d.PeerGroups?.PopulationBands is null || d.PeerGroups.ForeignShareBands is null || d.Denominators.Values.Any(string.IsNullOrWhiteSpace))
        {
            Fail("index_definition_invalid", "Every pillar needs code, nameKo, nameEn and orientation; every indicator code, pillar, nameKo, nameEn and series.");
        }

        if (!VersionFormat().IsMatch(d.Version))
        {
            Fail("index_definition_version_format", $"Version '{d.Version}' must look like 2026.2 (year, dot, running number).");
        }

        if (d.Years.Count == 0 || d.Years.Any(y => y is < 2000 or > 2100) || !d.Years.Zip(d.Years.Skip(1)).All(p => p.First < p.Second))
        {
            Fail("index_definition_years", "Years must be a non-empty, strictly ascending list between 2000 and 2100.");
        }

        if (d.UncertaintyRuns is < 0 or > 2000)
        {
            Fail("index_definition_uncertainty", "uncertaintyRuns must be between 0 and 2000.");
        }

        var pillarCodes = d.Pillars.Select(p => p.Code).ToList();
        if (pillarCodes.Count != pillarCodes.Distinct(StringComparer.Ordinal).Count() || d.Indicators.Select(i => i.Code).Distinct(StringComparer.Ordinal).Count() != d.Indicators.Count)
        {
            Fail("index_definition_duplicate_code", "Pillar and indicator codes must be unique.");
        }

        if (!pillarCodes.Order(StringComparer.Ordinal).SequenceEqual(RequiredPillars.Order(StringComparer.Ordinal)))
        {
            Fail("index_definition_pillars", $"The pillars must be exactly {string.Join(", ", RequiredPillars)}.");
        }

        if (d.Pillars.FirstOrDefault(p => !Orientations.Contains(p.Orientation)) is { } badPillar)
        {
            Fail("index_definition_orientation", $"Pillar '{badPillar.Code}' has orientation '{badPillar.Orientation}'; use inward, outward or capacity.");
        }

        if (d.Pillars.FirstOrDefault(p => d.Indicators.All(i => i.Pillar != p.Code)) is { } empty)
        {
            Fail("index_definition_empty_pillar", $"Pillar '{empty.Code}' has no indicator.");
        }

        foreach (var i in d.Indicators)
        {
            if (!IndicatorCode().IsMatch(i.Code))
            {
                Fail("index_definition_indicator_code", $"Indicator code '{i.Code}' must be 2–40 lower-case letters, digits or underscores.");
            }

            if (!knownSeries.Contains(i.Series))
            {
                Fail("index_definition_unknown_series", $"Indicator '{i.Code}' reads series '{i.Series}', which the statistics store does not have.");
            }

            if (i.Provider is { } provider && !knownProviders.Contains(provider))
            {
                Fail("index_definition_unknown_provider", $"Indicator '{i.Code}' names provider '{provider}', which no module registers.");
            }

            if (!double.IsFinite(i.Weight) || i.Weight <= 0 || i.Weight > 100)
            {
                Fail("index_definition_weight", $"Indicator '{i.Code}' has weight {i.Weight}; weights are above 0 and at most 100.");
            }

            if (i.Direction is not (1 or -1))
            {
                Fail("index_definition_direction", $"Indicator '{i.Code}' has direction {i.Direction}; use 1 (more is better) or -1.");
            }
        }

        if (d.Denominators.FirstOrDefault(x => !knownSeries.Contains(x.Value)) is { Key: not null } denominator)
        {
            Fail("index_definition_unknown_series", $"Denominator '{denominator.Key}' reads series '{denominator.Value}', which the statistics store does not have.");
        }

        if (!d.Denominators.ContainsKey("population") || !d.Denominators.ContainsKey("foreign_residents"))
        {
            Fail("index_definition_peer_bands", "Peer groups need the denominators 'population' and 'foreign_residents'.");
        }

        static bool Ascending(IReadOnlyList<double> b) => b.Count > 0 && b.All(double.IsFinite) && b.Zip(b.Skip(1)).All(p => p.First < p.Second);
        if (!Ascending(d.PeerGroups.PopulationBands) || !Ascending(d.PeerGroups.ForeignShareBands) || d.PeerGroups.ForeignShareBands.Any(s => s is <= 0 or >= 1)
            || d.PeerGroups.PopulationBands.Any(p => p <= 0))
        {
            Fail("index_definition_peer_bands", "Peer bands must be strictly ascending, populations above 0 and shares between 0 and 1.");
        }

        Glocal.Indicators.Model.PipelineSpec spec;
        try
        {
            spec = PipelineSpecReader.Parse(d.PipelineJson);
        }
        catch (Exception e) when (e is Glocal.Indicators.IndicatorInputException or FormatException or ArgumentException or InvalidOperationException or System.Text.Json.JsonException)
        {
            throw new BusinessRuleException("index_definition_pipeline", $"The pipeline is not a valid engine spec: {e.Message}");
        }

        if (!spec.Steps.OfType<Glocal.Indicators.Model.AggregateStep>().Any() || !spec.Steps.OfType<Glocal.Indicators.Model.NormaliseStep>().Any())
        {
            Fail("index_definition_pipeline", "The pipeline needs a normalise and an aggregate step.");
        }
    }

    [GeneratedRegex("^[0-9]{4}\\.[0-9]{1,3}$")]
    private static partial Regex VersionFormat();

    [GeneratedRegex("^[a-z0-9_]{2,40}$")]
    private static partial Regex IndicatorCode();
}
