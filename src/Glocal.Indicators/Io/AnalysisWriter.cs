using System.Globalization;
using System.Text;
using Glocal.Indicators.Model;
using Glocal.Indicators.Uncertainty;

namespace Glocal.Indicators.Io;

/// <summary>Writes the tables of uncertainty and sensitivity analyses.</summary>
public static class AnalysisWriter
{
    /// <summary>
    /// One row per replication: its number, the alternative each input took (1-based; for the weights input,
    /// the noisy weight set), then the target's value for each unit.
    /// </summary>
    public static string ReplicationsCsv(UncertaintyResult result, UncertaintySpec spec, bool ranks, int weightSets)
    {
        var sb = new StringBuilder();
        sb.AppendJoin(',', spec.Inputs.Select(i => i.Name).Prepend("Replication").Concat(result.Units).Select(CsvTable.Quote)).Append('\n');
        var values = ranks ? result.Ranks : result.Scores;
        for (var j = 0; j < values.Length; j++)
        {
            sb.Append((j + 1).ToString(CultureInfo.InvariantCulture));
            for (var k = 0; k < spec.Inputs.Count; k++)
            {
                var count = spec.Inputs[k].IsWeights ? weightSets : spec.Inputs[k].Count;
                sb.Append(',').Append((ReplicationEngine.Choice(result.Draws[j][k], count) + 1).ToString(CultureInfo.InvariantCulture));
            }

            foreach (var v in values[j])
            {
                sb.Append(',').Append(CsvTable.FormatNumber(v));
            }

            sb.Append('\n');
        }

        return sb.ToString();
    }

    /// <summary>Per unit: nominal rank, mean, median, 5th and 95th percentile of its rank.</summary>
    public static string RankStatisticsCsv(IEnumerable<RankStatistics> stats) =>
        "\"uCode\",\"Nominal\",\"Mean\",\"Median\",\"Q5\",\"Q95\"\n" + string.Concat(stats
            .OrderBy(s => s.Unit, StringComparer.Ordinal)
            .Select(s => string.Join(',', CsvTable.Quote(s.Unit), CsvTable.FormatNumber(s.Nominal), CsvTable.FormatNumber(s.Mean),
                CsvTable.FormatNumber(s.Median), CsvTable.FormatNumber(s.Q05), CsvTable.FormatNumber(s.Q95)) + "\n"));

    /// <summary>First-order and total indices with their bootstrap 95% intervals.</summary>
    public static string IndicesCsv(IEnumerable<SensitivityIndex> indices) =>
        "\"Input\",\"Si\",\"Si_low\",\"Si_high\",\"STi\",\"STi_low\",\"STi_high\"\n" + string.Concat(indices
            .Select(s => string.Join(',', CsvTable.Quote(s.Input), CsvTable.FormatNumber(s.First), CsvTable.FormatNumber(s.FirstLow),
                CsvTable.FormatNumber(s.FirstHigh), CsvTable.FormatNumber(s.Total), CsvTable.FormatNumber(s.TotalLow), CsvTable.FormatNumber(s.TotalHigh)) + "\n"));
}
