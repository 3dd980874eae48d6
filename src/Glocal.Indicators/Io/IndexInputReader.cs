using System.Globalization;
using Glocal.Indicators.Model;

namespace Glocal.Indicators.Io;

/// <summary>Reads COINr's iData and iMeta tables into an <see cref="IndexInput"/>, validating as it goes.</summary>
public static class IndexInputReader
{
    private static readonly HashSet<string> StandardColumns = new(StringComparer.Ordinal)
    {
        "Level", "iCode", "iName", "Direction", "Weight", "Unit", "Target", "Denominator", "Parent", "Type",
    };

    /// <summary>Reads both files.</summary>
    public static IndexInput Read(string dataPath, string metaPath) =>
        Create(CsvTable.Read(dataPath), CsvTable.Read(metaPath));

    /// <summary>Builds the input from parsed tables.</summary>
    /// <exception cref="IndicatorInputException">Any inconsistency, naming the row and column.</exception>
    public static IndexInput Create(CsvTable data, CsvTable meta)
    {
        var structure = IndexStructure.Create(ReadMeta(meta), meta.Source);
        return ReadData(data, structure);
    }

    /// <summary>Parses iMeta rows.</summary>
    public static List<IndicatorMeta> ReadMeta(CsvTable meta)
    {
        foreach (var required in new[] { "iCode", "Type" })
        {
            if (meta.IndexOf(required) < 0)
            {
                throw new IndicatorInputException(meta.Source, 1, required, "the required column is missing.");
            }
        }

        var result = new List<IndicatorMeta>(meta.Rows.Count);
        for (var r = 0; r < meta.Rows.Count; r++)
        {
            var row = meta.Rows[r];
            var line = CsvTable.LineOf(r);
            string? Text(string column)
            {
                var i = meta.IndexOf(column);
                var s = i < 0 ? null : row[i].Trim();
                return string.IsNullOrEmpty(s) || s == "NA" ? null : s;
            }

            double? Number(string column)
            {
                var s = Text(column);
                if (s is null)
                {
                    return null;
                }

                return CsvTable.TryParseNumber(s, out var v)
                    ? v
                    : throw new IndicatorInputException(meta.Source, line, column, $"'{s}' is not a number.");
            }

            var typeText = Text("Type") ?? throw new IndicatorInputException(meta.Source, line, "Type", "the type is empty.");
            if (!Enum.TryParse<MetaType>(typeText, ignoreCase: true, out var type) || !Enum.IsDefined(type))
            {
                throw new IndicatorInputException(meta.Source, line, "Type",
                    $"'{typeText}' is not one of Indicator, Aggregate, Group, Denominator, Other.");
            }

            var level = Number("Level");
            if (level is { } l && (l != Math.Floor(l) || l < 1))
            {
                throw new IndicatorInputException(meta.Source, line, "Level", $"'{l}' is not a whole number ≥ 1.");
            }

            Dictionary<string, double>? extra = null;
            for (var c = 0; c < meta.Header.Length; c++)
            {
                if (!StandardColumns.Contains(meta.Header[c]) && CsvTable.TryParseNumber(row[c], out var value) && !double.IsNaN(value))
                {
                    (extra ??= new(StringComparer.Ordinal))[meta.Header[c]] = value;
                }
            }

            result.Add(new IndicatorMeta(
                level is null ? null : (int)level.Value,
                Text("iCode") ?? string.Empty,
                Text("iName") ?? Text("iCode") ?? string.Empty,
                Number("Direction") ?? 1,
                Number("Weight") ?? 1,
                Text("Unit"),
                Number("Target"),
                Text("Denominator"),
                Text("Parent"),
                type,
                line,
                extra));
        }

        return result;
    }

    private static IndexInput ReadData(CsvTable data, IndexStructure structure)
    {
        var uCol = data.IndexOf("uCode");
        if (uCol < 0)
        {
            throw new IndicatorInputException(data.Source, 1, "uCode", "the required column is missing.");
        }

        var nameCol = data.IndexOf("uName");
        var timeCol = data.IndexOf("Time");
        var n = data.Rows.Count;
        var units = new string[n];
        var names = new string[n];
        var times = new int[n];
        var seen = new Dictionary<(string, int), int>();
        for (var r = 0; r < n; r++)
        {
            var row = data.Rows[r];
            units[r] = row[uCol].Trim();
            if (units[r].Length == 0)
            {
                throw new IndicatorInputException(data.Source, CsvTable.LineOf(r), "uCode", "the unit code is empty.");
            }

            names[r] = nameCol >= 0 ? row[nameCol] : units[r];
            if (timeCol >= 0)
            {
                var t = row[timeCol].Trim();
                if (!int.TryParse(t, NumberStyles.Integer, CultureInfo.InvariantCulture, out times[r]))
                {
                    throw new IndicatorInputException(data.Source, CsvTable.LineOf(r), "Time", $"'{t}' is not a whole number (a year).");
                }
            }

            if (!seen.TryAdd((units[r], times[r]), r))
            {
                throw new IndicatorInputException(data.Source, CsvTable.LineOf(r), "uCode",
                    $"unit '{units[r]}' at time {times[r]} already appears on row {CsvTable.LineOf(seen[(units[r], times[r])])}.");
            }
        }

        var indicators = structure.Indicators;
        var columns = new double[indicators.Length][];
        for (var c = 0; c < indicators.Length; c++)
        {
            var meta = structure.ByCode[indicators[c]];
            var col = data.IndexOf(indicators[c]);
            if (col < 0)
            {
                throw new IndicatorInputException(data.Source, 1, indicators[c],
                    $"indicator '{indicators[c]}' (iMeta row {meta.Line}) has no column in the data.");
            }

            columns[c] = ReadNumbers(data, col);
        }

        var groups = new Dictionary<string, string?[]>(StringComparer.Ordinal);
        var groupColumns = structure.Meta.Where(m => m.Type == MetaType.Group).Select(m => m.Code)
            .Concat(data.Header.Where(h => h.EndsWith("_group", StringComparison.Ordinal)))
            .Distinct(StringComparer.Ordinal);
        foreach (var g in groupColumns)
        {
            var col = data.IndexOf(g);
            if (col >= 0)
            {
                groups[g] = data.Rows.Select(row => string.IsNullOrWhiteSpace(row[col]) || row[col] == "NA" ? null : row[col]).ToArray();
            }
        }

        var denominators = new Dictionary<string, double[]>(StringComparer.Ordinal);
        foreach (var m in structure.Meta.Where(m => m.Type == MetaType.Denominator))
        {
            var col = data.IndexOf(m.Code);
            if (col >= 0)
            {
                denominators[m.Code] = ReadNumbers(data, col);
            }
        }

        foreach (var m in structure.ByCode.Values.Where(m => m.Denominator is not null))
        {
            if (!denominators.ContainsKey(m.Denominator!))
            {
                var col = data.IndexOf(m.Denominator!);
                if (col < 0)
                {
                    throw new IndicatorInputException("iMeta", m.Line, "Denominator",
                        $"'{m.Code}' is divided by '{m.Denominator}', which is not a column of the data.");
                }

                denominators[m.Denominator!] = ReadNumbers(data, col);
            }
        }

        var raw = new DataSet(units, times, indicators, columns);
        return new IndexInput(structure, raw, names, groups, denominators);
    }

    private static double[] ReadNumbers(CsvTable data, int col)
    {
        var values = new double[data.Rows.Count];
        for (var r = 0; r < values.Length; r++)
        {
            var cell = data.Rows[r][col];
            if (!CsvTable.TryParseNumber(cell, out values[r]) || double.IsInfinity(values[r]))
            {
                throw new IndicatorInputException(data.Source, CsvTable.LineOf(r), data.Header[col], $"'{cell}' is not a number.");
            }
        }

        return values;
    }
}
