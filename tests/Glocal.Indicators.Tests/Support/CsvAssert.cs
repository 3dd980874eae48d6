using Glocal.Indicators.Io;

namespace Glocal.Indicators.Tests.Support;

/// <summary>Compares a CSV produced by the engine with a reference CSV, by key columns and column names.</summary>
public static class CsvAssert
{
    /// <summary>
    /// Every row and column of the expected table must be in the actual one: numbers within
    /// <paramref name="tolerance"/> (absolute), text and logicals equal, NA where NA.
    /// </summary>
    public static void Matches(string expectedPath, string actualCsv, double tolerance, params string[] keys)
    {
        var expected = CsvTable.Read(expectedPath);
        var actual = CsvTable.Parse(actualCsv, "actual");
        var keyIdxE = keys.Select(expected.IndexOf).ToArray();
        var keyIdxA = keys.Select(actual.IndexOf).ToArray();
        keyIdxA.ShouldAllBe(i => i >= 0, $"actual lacks key columns {string.Join(",", keys)}");
        var actualRows = actual.Rows.ToDictionary(r => string.Join("|", keyIdxA.Select(i => r[i])));
        actual.Rows.Count.ShouldBe(expected.Rows.Count, $"row count of {Path.GetFileName(expectedPath)}");
        var failures = new List<string>();
        foreach (var row in expected.Rows)
        {
            var key = string.Join("|", keyIdxE.Select(i => row[i]));
            if (!actualRows.TryGetValue(key, out var other))
            {
                failures.Add($"missing row {key}");
                continue;
            }

            for (var c = 0; c < expected.Header.Length; c++)
            {
                var column = expected.Header[c];
                var ac = actual.IndexOf(column);
                if (ac < 0)
                {
                    failures.Add($"missing column {column}");
                    break;
                }

                var e = row[c];
                var a = other[ac];
                var eNum = CsvTable.TryParseNumber(e, out var ev);
                var aNum = CsvTable.TryParseNumber(a, out var av);
                var same = eNum && aNum
                    ? (double.IsNaN(ev) && double.IsNaN(av)) || Math.Abs(ev - av) <= tolerance
                    : string.Equals(e, a, StringComparison.Ordinal);
                if (!same)
                {
                    failures.Add($"{key}/{column}: expected '{e}' got '{a}'");
                }
            }
        }

        failures.ShouldBeEmpty($"{Path.GetFileName(expectedPath)}: {failures.Count} differences, first: {string.Join("; ", failures.Take(10))}");
    }
}
