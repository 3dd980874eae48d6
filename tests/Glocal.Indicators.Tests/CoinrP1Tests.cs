using Glocal.Indicators.Io;
using Glocal.Indicators.Operations;
using Glocal.Indicators.Tests.Support;

namespace Glocal.Indicators.Tests;

/// <summary>The P1 pipeline on the ASEM data must reproduce COINr 1.1.14 at every stage.</summary>
public class CoinrP1Tests
{
    private const double Tolerance = 1e-9;

    private static readonly Lazy<IndexBuildResult> Build = new(() => Pipeline.Run(TestData.Asem, TestData.P1.Steps));

    [Theory]
    [InlineData("Raw")]
    [InlineData("Denominated")]
    [InlineData("Imputed")]
    [InlineData("Screened")]
    [InlineData("Treated")]
    [InlineData("Normalised")]
    [InlineData("Aggregated")]
    public void Stage_P1_MatchesCoinrTo1e9(string stage) =>
        CsvAssert.Matches(TestData.ExpectedP1($"P1_{stage}.csv"), StageWriter.DataSetCsv(Build.Value.Stage(stage)!), Tolerance, "uCode");

    [Fact]
    public void Ranks_P1_MatchCoinrExactly() =>
        CsvAssert.Matches(TestData.ExpectedP1("P1_Aggregated_ranks.csv"), StageWriter.DataSetCsv(Results.Ranks(Build.Value.Final)), 0, "uCode");

    [Fact]
    public void TreatTable_P1_IsIdenticalToCoinr() =>
        CsvAssert.Matches(TestData.ExpectedP1("P1_Treat_DetsTable.csv"), StageWriter.TreatDetailsCsv(Build.Value.Treat!, panel: false), Tolerance, "iCode");

    [Fact]
    public void TreatedPoints_P1_AreIdenticalToCoinr() =>
        CsvAssert.Matches(TestData.ExpectedP1("P1_Treat_TreatedPoints.csv"),
            StageWriter.TreatedPointsCsv(Build.Value.Treat!, Build.Value.Stage("Treated")!), 0, "uCode");

    [Fact]
    public void ScreenSummary_P1_MatchesCoinr() =>
        CsvAssert.Matches(TestData.ExpectedP1("P1_Screen_DataSummary.csv"), StageWriter.ScreenSummaryCsv(Build.Value.Screen!, panel: false), Tolerance, "uCode");

    [Fact]
    public void EffectiveWeights_P1_MatchCoinr() =>
        CsvAssert.Matches(TestData.ExpectedP1("P1_effective_weights.csv"),
            StageWriter.EffectiveWeightsCsv(Weights.Effective(TestData.Asem.Structure)), Tolerance, "iCode");

    [Fact]
    public void ResultsTable_P1_MatchesCoinrSortedResults()
    {
        var csv = Results.TableCsv(Build.Value.Final, TestData.Asem.Structure);
        CsvAssert.Matches(TestData.ExpectedP1("P1_results_Full_sorted.csv"), csv, Tolerance, "uCode");
        var expectedOrder = Io.CsvTable.Read(TestData.ExpectedP1("P1_results_Full_sorted.csv")).Rows.Select(r => r[0]);
        Io.CsvTable.Parse(csv, "results").Rows.Select(r => r[0]).ShouldBe(expectedOrder);
    }

    [Fact]
    public void Index_P1_ReproducesThePublishedTopSix()
    {
        var index = Build.Value.Final.Column("Index");
        var units = Build.Value.Final.Units;
        var top = Enumerable.Range(0, units.Length).OrderByDescending(r => index[r]).Take(6).Select(r => (units[r], Math.Round(index[r], 2))).ToArray();
        top.ShouldBe([("CHE", 68.38), ("NLD", 64.82), ("DNK", 64.80), ("NOR", 64.47), ("BEL", 63.54), ("SWE", 63.00)]);
    }

    [Fact]
    public void Files_StepsNotInTheSpec_AreNotWritten()
    {
        var result = Pipeline.Run(TestData.Asem, [new Model.NormaliseStep(), new Model.AggregateStep()]);
        IndexBuild.Files(result).Select(f => f.Name).Order(StringComparer.Ordinal)
            .ShouldBe(["Aggregated", "Aggregated_ranks", "Effective_weights", "Normalised", "Raw", "Results"]);
    }

    [Fact]
    public async Task IndexBuild_P1_WritesStageFilesMatchingCoinr()
    {
        var dir = Directory.CreateTempSubdirectory("glocal-p1-").FullName;
        try
        {
            await IndexBuild.RunAsync(TestData.AsemPath("ASEM_iData.csv"), TestData.AsemPath("ASEM_iMeta.csv"), TestData.Spec("p1.json"), dir,
                cancellationToken: TestContext.Current.CancellationToken);
            foreach (var stage in new[] { "Raw", "Denominated", "Imputed", "Screened", "Treated", "Normalised", "Aggregated" })
            {
                CsvAssert.Matches(TestData.ExpectedP1($"P1_{stage}.csv"), await File.ReadAllTextAsync(Path.Combine(dir, stage + ".csv"), TestContext.Current.CancellationToken), Tolerance, "uCode");
            }

            CsvAssert.Matches(TestData.ExpectedP1("P1_Aggregated_ranks.csv"), await File.ReadAllTextAsync(Path.Combine(dir, "Aggregated_ranks.csv"), TestContext.Current.CancellationToken), 0, "uCode");
            CsvAssert.Matches(TestData.ExpectedP1("P1_Treat_DetsTable.csv"), await File.ReadAllTextAsync(Path.Combine(dir, "Treat_DetsTable.csv"), TestContext.Current.CancellationToken), Tolerance, "iCode");
            CsvAssert.Matches(TestData.ExpectedP1("P1_Treat_TreatedPoints.csv"), await File.ReadAllTextAsync(Path.Combine(dir, "Treat_TreatedPoints.csv"), TestContext.Current.CancellationToken), 0, "uCode");
            PipelineSpecReader.Read(Path.Combine(dir, "Pipeline.json")).Steps.Count.ShouldBe(6);
            Directory.GetFiles(dir, "*.csv").Select(Path.GetFileNameWithoutExtension).Order(StringComparer.Ordinal).ShouldBe(
                ["Aggregated", "Aggregated_ranks", "Denominated", "Effective_weights", "Imputed", "Normalised", "Raw", "Results", "Screen_DataSummary",
                 "Screen_RemovedUnits", "Screened", "Treat_DetsTable", "Treat_TreatedPoints", "Treated"]);
            (await File.ReadAllBytesAsync(Path.Combine(dir, "Raw.csv"), TestContext.Current.CancellationToken))[0].ShouldBe((byte)'"', "no byte-order mark");
            File.ReadAllLines(Path.Combine(dir, "Treat_DetsTable.csv"))[0]
                .ShouldBe(File.ReadAllLines(TestData.ExpectedP1("P1_Treat_DetsTable.csv"))[0]);
        }
        finally
        {
            Directory.Delete(dir, recursive: true);
        }
    }
}
