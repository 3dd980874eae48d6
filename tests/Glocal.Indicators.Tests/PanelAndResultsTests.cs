using Glocal.Indicators.Analysis;
using Glocal.Indicators.Io;
using Glocal.Indicators.Model;
using Glocal.Indicators.Operations;
using Glocal.Indicators.Tests.Support;

namespace Glocal.Indicators.Tests;

public class PanelAndResultsTests
{
    private static readonly Lazy<IndexInput> Panel = new(() => IndexInputReader.Read(TestData.AsemPath("ASEM_iData_p.csv"), TestData.AsemPath("ASEM_iMeta.csv")));

    [Fact]
    public void Build_PanelPerYear_EqualsBuildingEachYearAlone()
    {
        var steps = TestData.P1.Steps.Select(s => s is NormaliseStep n ? n with { Global = false } : s).ToList();
        var panel = Pipeline.Run(Panel.Value, steps);
        panel.Final.IsPanel.ShouldBeTrue();
        var year = Panel.Value.Raw.Slices[2];
        var oneYear = Panel.Value with { Raw = Panel.Value.Raw.SelectRows(year) };
        var alone = Pipeline.Run(oneYear, steps).Final;
        var index = panel.Final.Column("Index");
        var rows = Enumerable.Range(0, panel.Final.RowCount).Where(r => panel.Final.Times[r] == alone.Times[0]).ToArray();
        rows.Length.ShouldBe(alone.RowCount);
        foreach (var r in rows)
        {
            index[r].ShouldBe(alone.Column("Index")[Array.IndexOf(alone.Units, panel.Final.Units[r])], 1e-9);
        }
    }

    [Fact]
    public void Build_PanelGlobal_NormalisesOverAllYears()
    {
        var panel = Pipeline.Run(Panel.Value, TestData.P1.Steps);
        var lpi = panel.Stage("Normalised")!.Column("LPI");
        lpi.Min().ShouldBe(0);
        lpi.Max().ShouldBe(100);
        var perYearMax = panel.Stage("Normalised")!.Slices.Select(s => s.Max(r => lpi[r])).ToArray();
        perYearMax.Count(m => m == 100).ShouldBe(1);
        var csv = StageWriter.DataSetCsv(panel.Final);
        csv.ShouldStartWith("\"uCode\",\"Time\",\"LPI\"");
        var files = IndexBuild.Files(panel).ToDictionary(f => f.Name, f => f.Content);
        CsvTable.Parse(files["Results_Trends"], "trends").Rows.Count.ShouldBe(51 * 60);
        CsvTable.Parse(files["Results"], "results").Header.Take(3).ShouldBe(["uCode", "Time", "Rank"]);
        CsvTable.Parse(files["Treat_DetsTable"], "dets").Rows.Count.ShouldBe(5 * 49);
    }

    [Fact]
    public void Trends_Cagr_IsTheCompoundGrowth()
    {
        var data = new DataSet(["A", "A", "A"], [2018, 2019, 2020], ["x"], [[100, double.NaN, 121]]);
        var trend = Results.Trends(data).Single();
        trend.Cagr.ShouldBe(0.1, 1e-12);
        (trend.FromTime, trend.ToTime).ShouldBe((2018, 2020));
    }

    [Fact]
    public void StrengthsAndWeaknesses_PickTheBestAndWorstRankedIndicators()
    {
        var result = Pipeline.Run(TestData.Asem, TestData.P1.Steps);
        var che = Results.StrengthsAndWeaknesses(result.Final, TestData.Asem.Structure, 3).Where(h => h.Unit == "CHE").ToList();
        che.Count(h => h.Strength).ShouldBe(3);
        che.Where(h => h.Strength).Max(h => h.Rank).ShouldBeLessThanOrEqualTo(che.Where(h => !h.Strength).Min(h => h.Rank));
    }

    [Fact]
    public void Weights_PcaAndOptimise_GiveNormalisedWeightsPerGroup()
    {
        var input = TestData.Asem;
        foreach (var source in new[] { WeightsSource.Pca, WeightsSource.Optimise })
        {
            var steps = TestData.P1.Steps.Select(s => s is AggregateStep a ? a with { Weights = source } : s).ToList();
            var result = Pipeline.Run(input, steps);
            foreach (var kids in input.Structure.Children.Values)
            {
                kids.Sum(k => result.Weights[k]).ShouldBe(1, 1e-9);
                kids.ShouldAllBe(k => result.Weights[k] >= 0);
            }

            result.Final.Column("Index").ShouldAllBe(v => !double.IsNaN(v));
        }
    }

    [Fact]
    public void Optimise_BringsCorrelationsWithTheParentCloser()
    {
        double Spread(WeightsSource source)
        {
            var steps = TestData.P1.Steps.Select(s => s is AggregateStep a ? a with { Weights = source } : s).ToList();
            var result = Pipeline.Run(TestData.Asem, steps);
            var r = Correlations.WithParent(result.Final, TestData.Asem.Structure).Where(p => p.B == "Physical").Select(p => p.R).ToArray();
            return r.Max() - r.Min();
        }

        Spread(WeightsSource.Optimise).ShouldBeLessThan(Spread(WeightsSource.Meta) / 2);
    }

    [Fact]
    public void Optimise_TargetImportances_ShiftTheCorrelations()
    {
        var steps = TestData.P1.Steps.Select(s => s is AggregateStep a
            ? a with { Weights = WeightsSource.Optimise, Targets = new Dictionary<string, double> { ["Conn"] = 3, ["Sust"] = 1 } }
            : s).ToList();
        var result = Pipeline.Run(TestData.Asem, steps);
        var top = Correlations.WithParent(result.Final, TestData.Asem.Structure).Where(p => p.B == "Index").ToDictionary(p => p.A, p => p.R);
        top["Conn"].ShouldBeGreaterThan(top["Sust"]);
        result.Weights["Conn"].ShouldBeGreaterThan(result.Weights["Sust"]);
    }

    [Fact]
    public void Cronbach_PerfectlyConsistentItems_IsOne_AndIndependentItemsNearZero()
    {
        var data = Tiny.Set(["a", "b", "c"], [1, 2, 3, 4], [1, 2, 3, 4], [1, 2, 3, 4]);
        Correlations.CronbachAlpha(data, ["a", "b", "c"]).ShouldBe(1, 1e-12);
        var noise = Tiny.Set(["a", "b"], [1, 2, 1, 2], [1, 1, 2, 2]);
        Correlations.CronbachAlpha(noise, ["a", "b"]).ShouldBe(0, 1e-12);
    }

    [Fact]
    public void Correlations_PearsonAndSpearman_OnKnownData()
    {
        var data = Tiny.Set(["a", "b"], [1, 2, 3, 4, 5], [1, 4, 9, 16, 100]);
        var p = Correlations.Matrix(data, ["a", "b"]);
        p[0, 1].ShouldBeLessThan(1);
        Correlations.Matrix(data, ["a", "b"], CorrelationMethod.Spearman)[0, 1].ShouldBe(1, 1e-12);
        Stats.Pearson([1, 2, 3], [2, 4, 6]).ShouldBe(1, 1e-12);
    }

    [Fact]
    public void Descriptives_FlagSkewedIndicators()
    {
        var raw = TestData.Asem.Raw;
        var stats = Descriptives.Compute(Pipeline.Run(TestData.Asem, TestData.P1.Steps).Stage("Denominated")!);
        stats.Count.ShouldBe(49);
        stats.Single(s => s.Code == "ForPort").FlagSkewKurt.ShouldBeTrue();
        stats.Single(s => s.Code == "LPI").FlagSkewKurt.ShouldBeFalse();
        Descriptives.Compute(raw).Sum(s => raw.RowCount - s.Count).ShouldBe(63); // the documented number of missing values
        Correlations.WithDenominators(raw, TestData.Asem).Count.ShouldBe(4 * 49);
        Correlations.Flags(Pipeline.Run(TestData.Asem, TestData.P1.Steps).Final, TestData.Asem.Structure).ShouldAllBe(p => p.R > 0.9 || p.R < -0.4);
    }
}
