using Glocal.Core.Benchmark.Statistics;
using Glocal.Core.Residents.Bulk;
using Glocal.Core.Shared.Tabular;
using SharpFuzz;

namespace Glocal.Fuzz;

/// <summary>
/// Fuzz targets over every importer's parsing path, for AFL++ through SharpFuzz (tools/fuzz/run.sh). The contract
/// under test: any bytes end in a table or in an <see cref="ImportRejectedException"/> that says why; any other
/// exception, a hang or a crash is a finding. <c>replay DIR</c> runs every file of a folder through every target
/// in-process (used to keep findings fixed).
/// </summary>
public static class Program
{
    private static readonly Dictionary<string, Action<Stream>> Targets = new()
    {
        ["table"] = stream => TableReader.Read(stream, "fuzz.csv"),
        ["cases"] = ReadCaseHistory,
        ["statistics"] = ParseStatistics,
    };

    public static int Main(string[] args)
    {
        if (args is ["replay", var folder])
        {
            return Replay(folder);
        }

        if (args.Length != 1 || !Targets.TryGetValue(args[0], out var target))
        {
            Console.Error.WriteLine($"usage: Glocal.Fuzz <{string.Join('|', Targets.Keys)}> | replay <folder>");
            return 2;
        }

        Fuzzer.OutOfProcess.Run(stream => Contained(target, stream));
        return 0;
    }

    private static void Contained(Action<Stream> target, Stream stream)
    {
        try
        {
            target(stream);
        }
        catch (ImportRejectedException)
        {
            // The expected way to refuse a file.
        }
    }

    private static void ReadCaseHistory(Stream stream)
    {
        using var csv = StreamingCsvReader.OpenAsync(stream, "fuzz.csv", CancellationToken.None).GetAwaiter().GetResult();
        var layout = CaseRowLayout.From(csv.Columns, "fuzz.csv");
        var issues = new List<ImportIssue>();
        var rows = csv.RowsAsync().GetAsyncEnumerator();
        while (rows.MoveNextAsync().AsTask().GetAwaiter().GetResult())
        {
            layout.Parse(rows.Current, issues);
        }
    }

    private static void ParseStatistics(Stream stream)
    {
        var table = TableReader.Read(stream, "fuzz.csv");
        foreach (var parse in new Action<ParseContext>[] { MoisTypeParser.Parse, MoisNationalityParser.Parse, MojNationalityStatusParser.Parse,
                     c => GenericParser.ParseLong(c), c => GenericParser.ParseWide(c, SeriesCatalogue.ForeignResidents), GenericParser.ParsePopulation })
        {
            parse(new ParseContext(table, new StatisticImportRequest("fuzz", "41270", new DateOnly(2024, 1, 1)), RegionDirectory.BuiltIn));
        }
    }

    private static int Replay(string folder)
    {
        var failures = 0;
        foreach (var file in Directory.EnumerateFiles(folder, "*", SearchOption.AllDirectories))
        {
            foreach (var (name, target) in Targets)
            {
                try
                {
                    using var stream = File.OpenRead(file);
                    Contained(target, stream);
                }
                catch (Exception e)
                {
                    failures++;
                    Console.Error.WriteLine($"{name} {file}: {e.GetType().Name}: {e.Message}");
                }
            }
        }

        Console.WriteLine(failures == 0 ? "replay: every file ended in a table or a coded rejection" : $"replay: {failures} failure(s)");
        return failures == 0 ? 0 : 1;
    }
}
