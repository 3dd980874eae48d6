using Glocal.Indicators.Model;
using Glocal.Indicators.Operations;

namespace Glocal.Indicators;

/// <summary>A unit's strongest or weakest indicator.</summary>
public sealed record UnitHighlight(string Unit, int Time, string Code, double Rank, bool Strength);

/// <summary>A compound annual growth rate of a code for a unit over the panel.</summary>
public sealed record Trend(string Unit, string Code, int FromTime, int ToTime, double Cagr);

/// <summary>Results from an aggregated data set: ranks, strengths and weaknesses, trends.</summary>
public static class Results
{
    private static readonly string[] PanelKeys = ["uCode", "Time", "Rank"];
    private static readonly string[] UnitKeys = ["uCode", "Rank"];

    /// <summary>Ranks every column within each Time: 1 = best (highest), ties share the lowest rank, NaN stays NaN.</summary>
    public static DataSet Ranks(DataSet data)
    {
        var columns = data.Columns.Select(c => new double[c.Length]).ToArray();
        foreach (var slice in data.Slices)
        {
            var x = new double[slice.Length];
            var ranks = new double[slice.Length];
            var scratch = new double[slice.Length];
            for (var c = 0; c < data.Codes.Length; c++)
            {
                for (var i = 0; i < slice.Length; i++)
                {
                    x[i] = data.Columns[c][slice[i]];
                }

                Ranking.HighIsBest(x, ranks, scratch);
                for (var i = 0; i < slice.Length; i++)
                {
                    columns[c][slice[i]] = ranks[i];
                }
            }
        }

        return data.WithColumns(data.Codes, columns);
    }

    /// <summary>
    /// COINr's results table (<c>get_results(tab_type = "Full")</c>): uCode, (Time,) the rank of the top
    /// aggregate, then every code from the top level down; rows sorted by Time, then by that rank.
    /// </summary>
    public static string TableCsv(DataSet aggregated, IndexStructure structure)
    {
        var top = structure.AggregatesByLevel.Length > 0 ? structure.AggregatesByLevel[^1][0] : structure.Indicators[0];
        var codes = Enumerable.Range(1, structure.MaxLevel).Reverse()
            .SelectMany(level => level == structure.MaxLevel ? structure.CodesAtLevel(level)
                : structure.Meta.Where(m => m.Level == level && m.Type is MetaType.Indicator or MetaType.Aggregate).Select(m => m.Code))
            .Where(c => aggregated.IndexOf(c) >= 0)
            .ToArray();
        var ranks = Ranks(aggregated).Column(top);
        var panel = aggregated.IsPanel;
        var rows = Enumerable.Range(0, aggregated.RowCount)
            .OrderBy(r => aggregated.Times[r])
            .ThenBy(r => double.IsNaN(ranks[r]) ? double.MaxValue : ranks[r])
            .ThenBy(r => aggregated.Units[r], StringComparer.Ordinal);
        var sb = new System.Text.StringBuilder();
        sb.AppendJoin(',', (panel ? PanelKeys : UnitKeys).Concat(codes).Select(Io.CsvTable.Quote)).Append('\n');
        foreach (var r in rows)
        {
            sb.Append(Io.CsvTable.Quote(aggregated.Units[r]));
            if (panel)
            {
                sb.Append(',').Append(aggregated.Times[r].ToString(System.Globalization.CultureInfo.InvariantCulture));
            }

            sb.Append(',').Append(Io.CsvTable.FormatNumber(ranks[r]));
            foreach (var c in codes)
            {
                sb.Append(',').Append(Io.CsvTable.FormatNumber(aggregated.Column(c)[r]));
            }

            sb.Append('\n');
        }

        return sb.ToString();
    }

    /// <summary>
    /// The <paramref name="count"/> best- and worst-ranked indicators of each unit (by indicator rank within its
    /// Time), as COINr's <c>get_str_wks</c>.
    /// </summary>
    public static IReadOnlyList<UnitHighlight> StrengthsAndWeaknesses(DataSet aggregated, IndexStructure structure, int count = 5)
    {
        var ranks = Ranks(aggregated);
        var indicatorCols = structure.Indicators.Select(ranks.IndexOf).Where(i => i >= 0).ToArray();
        var result = new List<UnitHighlight>();
        for (var r = 0; r < ranks.RowCount; r++)
        {
            var ordered = indicatorCols
                .Where(c => !double.IsNaN(ranks.Columns[c][r]))
                .OrderBy(c => ranks.Columns[c][r])
                .ThenBy(c => ranks.Codes[c], StringComparer.Ordinal)
                .ToList();
            result.AddRange(ordered.Take(count).Select(c => new UnitHighlight(ranks.Units[r], ranks.Times[r], ranks.Codes[c], ranks.Columns[c][r], true)));
            result.AddRange(ordered.AsEnumerable().Reverse().Take(count).Select(c => new UnitHighlight(ranks.Units[r], ranks.Times[r], ranks.Codes[c], ranks.Columns[c][r], false)));
        }

        return result;
    }

    /// <summary>
    /// CAGR of each code and unit between its first and last present values: (x_last/x_first)^{1/(t_last − t_first)} − 1
    /// (COINr <c>get_trends</c> with <c>CAGR</c>). Missing when fewer than two values or a non-positive first value.
    /// </summary>
    public static IReadOnlyList<Trend> Trends(DataSet data)
    {
        var result = new List<Trend>();
        foreach (var unit in Enumerable.Range(0, data.RowCount).GroupBy(r => data.Units[r], StringComparer.Ordinal))
        {
            var rows = unit.OrderBy(r => data.Times[r]).ToArray();
            for (var c = 0; c < data.Codes.Length; c++)
            {
                var present = rows.Where(r => !double.IsNaN(data.Columns[c][r])).ToArray();
                if (present.Length < 2)
                {
                    continue;
                }

                int first = present[0], last = present[^1];
                var years = data.Times[last] - data.Times[first];
                var x0 = data.Columns[c][first];
                var cagr = x0 > 0 && years > 0 ? Math.Pow(data.Columns[c][last] / x0, 1.0 / years) - 1 : double.NaN;
                result.Add(new Trend(unit.Key, data.Codes[c], data.Times[first], data.Times[last], cagr));
            }
        }

        return result;
    }
}
