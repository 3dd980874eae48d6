using Glocal.Indicators.Io;
using Glocal.Indicators.Model;

namespace Glocal.Bench;

/// <summary>Inputs of the benchmarks: the COINr ASEM example (from ../shared/data) and a synthetic national panel.</summary>
public static class BenchData
{
    public const string P1 = """
        { "steps": [
          { "op": "denominate" },
          { "op": "impute", "method": "mean_by_group", "group": "EurAsia_group" },
          { "op": "screen", "by": "na", "threshold": 0.9 },
          { "op": "treat", "winmax": 5, "skew": 2.0, "kurtosis": 3.5, "fallback": "log_ct" },
          { "op": "normalise", "method": "minmax", "range": [0, 100] },
          { "op": "aggregate", "method": "arithmetic" } ] }
        """;

    /// <summary>The uncertainty set-up of COINr's vignette: winmax, normalisation, ±25% weights, aggregation.</summary>
    public const string P1Uncertainty = """
        { "steps": [
          { "op": "denominate" },
          { "op": "impute", "method": "mean_by_group", "group": "EurAsia_group" },
          { "op": "screen", "by": "na", "threshold": 0.9 },
          { "op": "treat", "winmax": 5 },
          { "op": "normalise", "method": "minmax", "range": [1, 100] },
          { "op": "aggregate", "method": "arithmetic" } ],
          "uncertainty": { "bootstrap": 1000, "inputs": [
            { "name": "winmax", "op": "treat", "param": "winmax", "values": [1, 2, 3, 4, 5] },
            { "name": "normalisation", "op": "normalise", "values": [ { "method": "minmax", "range": [1, 100] }, { "method": "zscore", "meanSd": [10, 2] } ] },
            { "name": "weights", "noise": 0.25 },
            { "name": "aggregation", "op": "aggregate", "param": "method", "values": ["arithmetic", "geometric"] } ] } }
        """;

    public static IndexInput Asem() => IndexInputReader.Read(Path.Combine(AsemDir(), "ASEM_iData.csv"), Path.Combine(AsemDir(), "ASEM_iMeta.csv"));

    /// <summary>243 units × 60 indicators (6 pillars × 10, 2 sub-indices, 1 index) × 15 years, 2% missing, heavy-tailed.</summary>
    public static IndexInput NationalPanel()
    {
        const int units = 243, indicators = 60, years = 15;
        var meta = new System.Text.StringBuilder("Level,iCode,iName,Direction,Weight,Unit,Target,Denominator,Parent,Type\n");
        for (var i = 0; i < indicators; i++)
        {
            meta.Append($"1,i{i},Indicator {i},{(i % 7 == 0 ? -1 : 1)},1,,,,P{i / 10},Indicator\n");
        }

        for (var p = 0; p < 6; p++)
        {
            meta.Append($"2,P{p},Pillar {p},1,1,,,,S{p / 3},Aggregate\n");
        }

        meta.Append("3,S0,Inward,1,1,,,,Index,Aggregate\n3,S1,Outward,1,1,,,,Index,Aggregate\n4,Index,Index,1,1,,,,,Aggregate\n,Size_group,Size,,,,,,,Group\n");
        var data = new System.Text.StringBuilder("uCode,uName,Time,Size_group," + string.Join(',', Enumerable.Range(0, indicators).Select(i => $"i{i}")) + "\n");
        var rng = new Random(2024);
        for (var y = 0; y < years; y++)
        {
            for (var u = 0; u < units; u++)
            {
                data.Append($"M{u:D3},Municipality {u},{2010 + y},{(u % 3 == 0 ? "Si" : u % 3 == 1 ? "Gun" : "Gu")}");
                for (var i = 0; i < indicators; i++)
                {
                    var value = rng.NextDouble() < 0.02 ? string.Empty
                        : Math.Exp(rng.NextDouble() * 3 + (i % 5 == 0 ? 2 * rng.NextDouble() * rng.NextDouble() * 3 : 0)).ToString("R", System.Globalization.CultureInfo.InvariantCulture);
                    data.Append(',').Append(value);
                }

                data.Append('\n');
            }
        }

        return IndexInputReader.Create(CsvTable.Parse(data.ToString(), "panel"), CsvTable.Parse(meta.ToString(), "panel-meta"));
    }

    public const string NationalSpec = """
        { "steps": [
          { "op": "impute", "method": "mean_by_group", "group": "Size_group" },
          { "op": "screen", "by": "na", "threshold": 0.66 },
          { "op": "treat", "winmax": 5 },
          { "op": "normalise", "method": "minmax", "range": [0, 100], "global": true },
          { "op": "aggregate", "method": "arithmetic" } ] }
        """;

    private static string AsemDir()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            var candidate = Path.Combine(dir.FullName, "shared", "data", "coinr_asem");
            if (Directory.Exists(candidate))
            {
                return candidate;
            }
        }

        throw new DirectoryNotFoundException("shared/data/coinr_asem not found above " + AppContext.BaseDirectory);
    }
}
