using Glocal.Indicators.Io;
using Glocal.Indicators.Model;
using Glocal.Indicators.Operations;
using Glocal.Indicators.Tests.Support;
using Glocal.Indicators.Uncertainty;

namespace Glocal.Indicators.Tests;

public class UncertaintyTests
{
    private static readonly Lazy<PipelineSpec> Spec = new(() => PipelineSpecReader.Read(TestData.Spec("p1_uncertainty.json")));

    private static ReplicationEngine Engine(PipelineSpec? spec = null)
    {
        var s = spec ?? Spec.Value;
        return new ReplicationEngine(TestData.Asem, s.Steps, s.Uncertainty!);
    }

    [Fact]
    public void Run_NominalChoicesWithoutNoise_ReproducesThePipeline()
    {
        var spec = Spec.Value with { Uncertainty = Spec.Value.Uncertainty! with { Inputs = [.. Spec.Value.Uncertainty!.Inputs.Where(i => !i.IsWeights)] } };
        var engine = Engine(spec);
        var scores = new double[engine.Units.Length];
        var ranks = new double[engine.Units.Length];
        engine.Run([0, 0, 0], 1, 1, engine.CreateBuffers(), scores, ranks);
        var nominal = Pipeline.Run(TestData.Asem, spec.Steps).Final;
        for (var u = 0; u < engine.Units.Length; u++)
        {
            scores[u].ShouldBe(nominal.Column("Index")[Array.IndexOf(nominal.Units, engine.Units[u])], 1e-12);
        }

        ranks.ShouldBe(engine.NominalRanks);
    }

    [Fact]
    public void Run_OtherChoices_EqualAFullPipelineWithThoseParameters()
    {
        var engine = Engine();
        var scores = new double[engine.Units.Length];
        var ranks = new double[engine.Units.Length];
        // winmax alternative 3 (= 2), zscore, no weights input effect checked separately, geometric.
        var spec = Spec.Value with { Uncertainty = Spec.Value.Uncertainty! with { Inputs = [.. Spec.Value.Uncertainty!.Inputs.Where(i => !i.IsWeights)] } };
        var noNoise = Engine(spec);
        noNoise.Run([0.5, 0.9, 0.9], 1, 1, noNoise.CreateBuffers(), scores, ranks);
        var steps = spec.Steps.ToList();
        steps[3] = new TreatStep(WinMax: 2);
        steps[4] = new NormaliseStep(NormaliseMethod.ZScore, Mean: 10, Sd: 2);
        steps[5] = new AggregateStep([AggregateMethod.Geometric]);
        var full = Pipeline.Run(TestData.Asem, steps).Final;
        for (var u = 0; u < engine.Units.Length; u++)
        {
            scores[u].ShouldBe(full.Column("Index")[Array.IndexOf(full.Units, engine.Units[u])], 1e-9);
        }
    }

    [Fact]
    public void Run_WarmEngine_AllocatesTheSameSmallAmountPerReplicationWhateverN()
    {
        var engine = Engine();
        var buffers = engine.CreateBuffers();
        var scores = new double[engine.Units.Length];
        var ranks = new double[engine.Units.Length];
        var draws = Enumerable.Range(0, 2000).Select(j => Enumerable.Range(0, 4).Select(i => CounterRandom.Uniform(3, j, i)).ToArray()).ToArray();
        foreach (var d in draws.Take(500))
        {
            engine.Run(d, 3, 1000, buffers, scores, ranks); // fills the stage cache
        }

        long PerReplication(int n)
        {
            var before = GC.GetAllocatedBytesForCurrentThread();
            for (var j = 0; j < n; j++)
            {
                engine.Run(draws[j % draws.Length], 3, 1000, buffers, scores, ranks);
            }

            return (GC.GetAllocatedBytesForCurrentThread() - before) / n;
        }

        var small = PerReplication(200);
        var large = PerReplication(2000);
        large.ShouldBeLessThanOrEqualTo(Math.Max(small, 1024));
        large.ShouldBeLessThan(1024);
    }

    [Fact]
    public void Analysis_SameSeed_SameResultsWhateverTheParallelism()
    {
        var engine = Engine();
        var a = UncertaintyAnalysis.Run(engine, 60, seed: 42);
        var b = UncertaintyAnalysis.Run(engine, 60, seed: 42, maxDegreeOfParallelism: 1);
        var c = UncertaintyAnalysis.Run(engine, 60, seed: 43);
        for (var j = 0; j < 60; j++)
        {
            a.Scores[j].ShouldBe(b.Scores[j]);
        }

        a.Scores.Zip(c.Scores).Any(p => !p.First.SequenceEqual(p.Second)).ShouldBeTrue();
    }

    [Fact]
    public void Analysis_RankStatistics_AreOrderedAndBounded()
    {
        var result = UncertaintyAnalysis.Run(Engine(), 100, seed: 7);
        result.Statistics.Count.ShouldBe(51);
        foreach (var s in result.Statistics)
        {
            s.Q05.ShouldBeLessThanOrEqualTo(s.Median);
            s.Median.ShouldBeLessThanOrEqualTo(s.Q95);
            s.Q05.ShouldBeGreaterThanOrEqualTo(1);
            s.Q95.ShouldBeLessThanOrEqualTo(51);
        }

        // the weights noise and alternatives do move some ranks
        result.Statistics.Any(s => s.Q95 > s.Q05).ShouldBeTrue();
        result.Statistics.Single(s => s.Unit == "CHE").Nominal.ShouldBe(1);
    }

    [Fact]
    public void Sensitivity_InputWithNoEffect_HasZeroTotalIndex()
    {
        var u = Spec.Value.Uncertainty!;
        var same = new UncertainInput("placebo", 3, [new TreatStep(WinMax: 5), new TreatStep(WinMax: 5)]);
        var spec = u with { Inputs = [same, u.Inputs[1], u.Inputs[3]], Bootstrap = 50 };
        var engine = new ReplicationEngine(TestData.Asem, Spec.Value.Steps, spec);
        var result = SensitivityAnalysis.Run(engine, spec, 64, seed: 3);
        result.Output.Length.ShouldBe(64 * 5);
        var placebo = result.Indices.Single(i => i.Input == "placebo");
        placebo.Total.ShouldBe(0, 1e-12);
        placebo.First.ShouldBe(0, 1e-12);
        result.Indices.Single(i => i.Input == "aggregation").Total.ShouldBeGreaterThan(0.05);
        foreach (var index in result.Indices)
        {
            index.TotalLow.ShouldBeLessThanOrEqualTo(index.TotalHigh);
        }
    }

    [Fact]
    public void Sensitivity_SobolSampling_IsDeterministicAndRanksTheInputs()
    {
        var u = Spec.Value.Uncertainty! with { Sampling = Sampling.Sobol, Bootstrap = 50 };
        var engine = new ReplicationEngine(TestData.Asem, Spec.Value.Steps, u);
        var a = SensitivityAnalysis.Run(engine, u, 64, seed: 1);
        var again = SensitivityAnalysis.Run(engine, u, 64, seed: 1);
        var other = SensitivityAnalysis.Run(engine, u, 64, seed: 2);
        a.Output.ShouldBe(again.Output);
        a.Runs.Draws.Zip(other.Runs.Draws).ShouldAllBe(p => p.First.SequenceEqual(p.Second)); // the design is the Sobol points
        a.Runs.Draws[0][0].ShouldBe(0.5);
        a.Indices.Count.ShouldBe(4);
        a.Indices.ShouldAllBe(i => i.Total >= 0);
    }

    [Fact]
    public void Run_AlternativeThatCannotBeBuilt_IsOneInputError()
    {
        // Min-max onto [0, 100] gives zeros, which a geometric mean cannot take.
        var spec = PipelineSpecReader.Parse("""
            { "steps": [ { "op": "normalise", "method": "minmax", "range": [0, 100] }, { "op": "aggregate" } ],
              "uncertainty": { "aggregate": ["arithmetic", "geometric"] } }
            """);
        var error = Should.Throw<IndicatorInputException>(() => UncertaintyAnalysis.Run(TestData.Asem, spec, 20, 3));
        error.Message.ShouldContain("geometric mean needs positive values");
    }

    [Fact]
    public void Run_SpecWithoutUncertaintySection_IsAClearError() =>
        Should.Throw<IndicatorInputException>(() => UncertaintyAnalysis.Run(TestData.Asem, TestData.P1, 10, 1)).Column.ShouldBe("uncertainty");

    [Fact]
    public void Indices_AdditiveModel_MatchTheAnalyticValues()
    {
        // y = x1 + 2·x2 on uniform inputs: S1 = 1/5, S2 = 4/5, and totals equal first orders.
        const int n = 4096;
        var points = SobolSequence.Generate(n, 4);
        double F(double a, double b) => a + (2 * b);
        var y = new double[n * 4];
        for (var j = 0; j < n; j++)
        {
            var p = points[j];
            y[j] = F(p[0], p[1]);
            y[n + j] = F(p[2], p[3]);
            y[(2 * n) + j] = F(p[2], p[1]);
            y[(3 * n) + j] = F(p[0], p[3]);
        }

        var indices = SensitivityAnalysis.Indices(y, n, 2, ["x1", "x2"], 100, 1);
        indices[0].First.ShouldBe(0.2, 0.02);
        indices[1].First.ShouldBe(0.8, 0.02);
        indices[0].Total.ShouldBe(0.2, 0.02);
        indices[1].Total.ShouldBe(0.8, 0.02);
        indices[1].FirstLow.ShouldBeLessThan(0.8);
        indices[1].FirstHigh.ShouldBeGreaterThan(0.8);
    }

    [Theory]
    [InlineData(1, 4)]
    [InlineData(8, 6)]
    [InlineData(21, 5)]
    public void Sobol_FirstPointsOfEachDimension_AreStratified(int dimensions, int m)
    {
        var count = 1 << m;
        var points = SobolSequence.Generate(count - 1, dimensions);
        for (var d = 0; d < dimensions; d++)
        {
            var bins = points.Select(p => (int)(p[d] * count)).Append(0).OrderBy(b => b).ToArray();
            bins.ShouldBe(Enumerable.Range(0, count).ToArray(), $"dimension {d + 1}");
        }
    }

    [Fact]
    public async Task IndexAnalyses_WriteTheirTables()
    {
        var dir = Directory.CreateTempSubdirectory("glocal-ua-").FullName;
        try
        {
            var ct = TestContext.Current.CancellationToken;
            await IndexAnalyses.UncertaintyAsync(TestData.AsemPath("ASEM_iData.csv"), TestData.AsemPath("ASEM_iMeta.csv"), TestData.Spec("p1_uncertainty.json"), dir, 20, 5, cancellationToken: ct);
            await IndexAnalyses.SensitivityAsync(TestData.AsemPath("ASEM_iData.csv"), TestData.AsemPath("ASEM_iMeta.csv"), TestData.Spec("p1_uncertainty.json"), dir, 8, 5, cancellationToken: ct);
            var scores = CsvTable.Read(Path.Combine(dir, "Uncertainty_Scores.csv"));
            scores.Rows.Count.ShouldBe(20);
            scores.Header.Take(5).ShouldBe(["Replication", "winmax", "normalisation", "weights", "aggregation"]);
            scores.Header.Length.ShouldBe(5 + 51);
            CsvTable.Read(Path.Combine(dir, "Uncertainty_RankStats.csv")).Rows.Count.ShouldBe(51);
            CsvTable.Read(Path.Combine(dir, "Sensitivity_Ranks.csv")).Rows.Count.ShouldBe(8 * 6);
            CsvTable.Read(Path.Combine(dir, "Sensitivity_Indices.csv")).Rows.Select(r => r[0]).ShouldBe(["winmax", "normalisation", "weights", "aggregation"]);
        }
        finally
        {
            Directory.Delete(dir, recursive: true);
        }
    }
}
