using Glocal.Core.Benchmark.Statistics;
using Glocal.Core.Shared.Tabular;

namespace Glocal.Core.Tests.Shared;

/// <summary>
/// Every input the fuzzer has found (tools/fuzz/run.sh keeps crashes; they are copied to Shared/FuzzFindings) ends
/// in a table or a coded rejection now, never in an unexpected exception.
/// </summary>
public class FuzzFindingsTests
{
    public static TheoryData<string> Findings() =>
        [.. Directory.EnumerateFiles(Path.Combine(AppContext.BaseDirectory, "FuzzFindings")).Select(Path.GetFileName).OfType<string>()];

    [Theory]
    [MemberData(nameof(Findings))]
    public void AFinding_IsRefusedWithACode_NotAnException(string file)
    {
        using var stream = File.OpenRead(Path.Combine(AppContext.BaseDirectory, "FuzzFindings", file));
        Table table;
        try
        {
            table = TableReader.Read(stream, file);
        }
        catch (ImportRejectedException rejected)
        {
            rejected.Report.Issues.ShouldNotBeEmpty();
            return;
        }

        var context = new ParseContext(table, new StatisticImportRequest(StatisticFileKinds.MojNationalityStatus, "41270", new DateOnly(2024, 1, 1)), RegionDirectory.BuiltIn);
        MojNationalityStatusParser.Parse(context);
        context.Issues.ShouldContain(i => i.Code == "duplicate_column");
    }
}
