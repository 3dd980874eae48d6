using System.Text.Json;
using System.Text.Json.Nodes;

namespace Glocal.Core.Benchmark.Index;

public sealed record PillarDefinition(string Code, string NameKo, string NameEn, string Orientation);

/// <summary>
/// One indicator: a public series (optionally divided by a denominator series, the engine's denominate step) and,
/// optionally, a module provider whose figure replaces the series value for municipalities that opted in to publish it.
/// </summary>
public sealed record IndicatorDefinition(string Code, string Pillar, string NameKo, string NameEn, string Series,
    string? Denominator = null, string? Provider = null, double Direction = 1, double Weight = 1);

public sealed record PeerBands(IReadOnlyList<double> PopulationBands, IReadOnlyList<double> ForeignShareBands);

/// <summary>
/// The Glocal internationalization index as versioned configuration (COINr's iMeta plus the pipeline spec):
/// pillars, indicators and their sources, the engine pipeline with its uncertainty section, and peer bands.
/// </summary>
public sealed record IndexDefinition(
    string Version, string NameKo, string NameEn, IReadOnlyList<int> Years, long Seed, int UncertaintyRuns,
    IReadOnlyList<PillarDefinition> Pillars, IReadOnlyList<IndicatorDefinition> Indicators,
    IReadOnlyDictionary<string, string> Denominators, string PipelineJson, PeerBands PeerGroups)
{
    private static readonly JsonSerializerOptions Options = new(JsonSerializerDefaults.Web);

    public static IndexDefinition BuiltIn { get; } = Parse(ReadBuiltIn());

    public static string ReadBuiltIn()
    {
        using var stream = typeof(IndexDefinition).Assembly.GetManifestResourceStream("Glocal.Core.Benchmark.glocal-index.json")
            ?? throw new InvalidOperationException("The built-in index definition is missing from the build.");
        using var reader = new StreamReader(stream);
        return reader.ReadToEnd();
    }

    public static IndexDefinition Parse(string json)
    {
        IndexDefinition definition;
        try
        {
            definition = ParseFields(json);
        }
        catch (JsonException e)
        {
            throw new Shared.BusinessRuleException("index_definition_invalid", $"The definition is not valid JSON of the expected shape: {e.Message}");
        }
        catch (InvalidOperationException e)
        {
            throw new Shared.BusinessRuleException("index_definition_invalid", $"The definition has a field of the wrong kind: {e.Message}");
        }

        foreach (var indicator in definition.Indicators)
        {
            if (definition.Pillars.All(p => p.Code != indicator.Pillar))
            {
                throw new Shared.BusinessRuleException("index_definition_invalid", $"Indicator '{indicator.Code}' names an unknown pillar '{indicator.Pillar}'.");
            }

            if (indicator.Denominator is { } d && !definition.Denominators.ContainsKey(d))
            {
                throw new Shared.BusinessRuleException("index_definition_invalid", $"Indicator '{indicator.Code}' names an unknown denominator '{d}'.");
            }
        }

        return definition;
    }

    private static IndexDefinition ParseFields(string json)
    {
        var root = JsonNode.Parse(json) as JsonObject ?? throw new Shared.BusinessRuleException("index_definition_invalid", "The definition is not a JSON object.");
        T Read<T>(string name) => root[name].Deserialize<T>(Options) ?? throw new Shared.BusinessRuleException("index_definition_invalid", $"'{name}' is missing.");
        return new IndexDefinition(Read<string>("version"), Read<string>("nameKo"), Read<string>("nameEn"), Read<int[]>("years"),
            Read<long>("seed"), Read<int>("uncertaintyRuns"), Read<PillarDefinition[]>("pillars"), Read<IndicatorDefinition[]>("indicators"),
            Read<Dictionary<string, string>>("denominators"), root["pipeline"]?.ToJsonString() ?? "{}", Read<PeerBands>("peerGroups"));
    }
}
