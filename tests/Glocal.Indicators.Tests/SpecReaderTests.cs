using Glocal.Indicators.Io;
using Glocal.Indicators.Model;
using Glocal.Indicators.Tests.Support;

namespace Glocal.Indicators.Tests;

public class SpecReaderTests
{
    [Fact]
    public void Read_P1_GivesTheSixSteps()
    {
        var spec = TestData.P1;
        spec.Steps.Select(s => s.Op).ShouldBe(["denominate", "impute", "screen", "treat", "normalise", "aggregate"]);
        spec.Steps[1].ShouldBe(new ImputeStep(ImputeMethod.MeanByGroup, "EurAsia_group"));
        spec.Steps[2].ShouldBe(new ScreenStep(ScreenBy.Na, 0.9));
        spec.Steps[3].ShouldBe(new TreatStep(5, 2, 3.5, TreatFallback.LogCt));
        spec.Steps[4].ShouldBe(new NormaliseStep(NormaliseMethod.MinMax, 0, 100));
        ((AggregateStep)spec.Steps[5]).Methods.ShouldBe([AggregateMethod.Arithmetic]);
    }

    [Theory]
    [InlineData("null")]
    [InlineData("\"unlimited\"")]
    public void Parse_WinmaxUnlimited_IsNull(string value) =>
        ((TreatStep)PipelineSpecReader.Parse($$"""{ "steps": [ { "op": "treat", "winmax": {{value}} } ] }""").Steps[0]).WinMax.ShouldBeNull();

    [Fact]
    public void Parse_AllOptions_AreRead()
    {
        var spec = PipelineSpecReader.Parse("""
            { "steps": [
              { "op": "impute", "method": "row_mean", "normaliseFirst": false, "withinParent": true },
              { "op": "treat", "fallback": "boxcox", "lambda": 0.5, "combine": true, "individual": { "a": "none", "b": { "winmax": 2 } } },
              { "op": "normalise", "method": "goalposts", "goalposts": [1, 5, 100], "global": false,
                "individual": { "c": { "method": "dist2ref", "reference": "U1", "capMax": true } } },
              { "op": "aggregate", "methods": ["power", "copeland"], "p": 0.5, "threshold": 0.5, "weights": { "a": 2 } } ] }
            """);
        spec.Steps[0].ShouldBe(new ImputeStep(ImputeMethod.RowMean, null, false, true));
        var treat = (TreatStep)spec.Steps[1];
        treat.Individual!["a"].ShouldBeNull();
        treat.Individual["b"]!.WinMax.ShouldBe(2);
        treat.Fallback.ShouldBe(TreatFallback.BoxCox);
        var normalise = (NormaliseStep)spec.Steps[2];
        (normalise.GoalLower, normalise.GoalUpper, normalise.GoalScale, normalise.Global).ShouldBe((1, 5, 100, false));
        normalise.Individual!["c"].Reference.ShouldBe("U1");
        var aggregate = (AggregateStep)spec.Steps[3];
        aggregate.Methods.ShouldBe([AggregateMethod.Power, AggregateMethod.Copeland]);
        aggregate.CustomWeights!["a"].ShouldBe(2);
        aggregate.Threshold.ShouldBe(0.5);
    }

    [Theory]
    [InlineData("""{ "steps": [ { "op": "shake" } ] }""", "steps[0].op")]
    [InlineData("""{ "steps": [ { "op": "treat", "winmx": 3 } ] }""", "steps[0].winmx")]
    [InlineData("""{ "steps": [ { "op": "denominate" }, { "op": "normalise", "method": "minmaxx" } ] }""", "steps[1].method")]
    [InlineData("""{ "steps": [ { "op": "normalise", "range": [1] } ] }""", "steps[0].range")]
    [InlineData("""{ "steps": [ { "op": "impute", "method": "mean_by_group" } ] }""", "steps[0].group")]
    [InlineData("""{ "steps": [ { "op": "treat", "skew": "high" } ] }""", "steps[0].skew")]
    [InlineData("""{ "stages": [] }""", "steps")]
    public void Parse_BadSpec_NamesTheStepAndParameter(string json, string column) =>
        Should.Throw<IndicatorInputException>(() => PipelineSpecReader.Parse(json)).Column.ShouldBe(column);

    [Fact]
    public void Parse_Uncertainty_BuildsVariantsOfTheNamedSteps()
    {
        var spec = PipelineSpecReader.Read(TestData.Spec("p1_uncertainty.json"));
        var u = spec.Uncertainty!;
        u.Inputs.Select(i => i.Name).ShouldBe(["winmax", "normalisation", "weights", "aggregation"]);
        u.Inputs[0].Variants.Cast<TreatStep>().Select(t => t.WinMax).ShouldBe([5, 1, 2, 3, 4]);
        ((NormaliseStep)u.Inputs[1].Variants[1]).Method.ShouldBe(NormaliseMethod.ZScore);
        u.Inputs[2].WeightNoise.ShouldBe(0.25);
        u.Inputs[3].StepIndex.ShouldBe(5);
        u.Bootstrap.ShouldBe(200);
    }

    [Fact]
    public void Write_ThenParse_ReplaysTheSameSteps()
    {
        var original = PipelineSpecReader.Parse("""
            { "steps": [
              { "op": "denominate", "scaleFactor": 1000 },
              { "op": "impute", "method": "latest", "maxYears": 2 },
              { "op": "screen", "by": "na_and_zeros", "threshold": 0.5 },
              { "op": "treat", "winmax": null, "fallback": "log_ct_plus", "individual": { "a": "none", "b": { "winmax": 2 } } },
              { "op": "normalise", "method": "dist2ref", "reference": "U1", "individual": { "c": { "method": "goalposts", "goalposts": [1, 5, 100] } } },
              { "op": "aggregate", "methods": ["geometric", "power"], "p": -1, "threshold": 0.6, "weights": { "a": 3 } } ] }
            """);
        var replayed = PipelineSpecReader.Parse(PipelineSpecWriter.Write(original.Steps));
        PipelineSpecWriter.Write(replayed.Steps).ShouldBe(PipelineSpecWriter.Write(original.Steps));
        replayed.Steps[0].ShouldBe(original.Steps[0]);
        replayed.Steps[1].ShouldBe(original.Steps[1]);
        replayed.Steps[2].ShouldBe(original.Steps[2]);
        ((TreatStep)replayed.Steps[3]).WinMax.ShouldBeNull();
        ((TreatStep)replayed.Steps[3]).Individual!["b"]!.WinMax.ShouldBe(2);
        ((NormaliseStep)replayed.Steps[4]).Individual!["c"].GoalScale.ShouldBe(100);
        ((AggregateStep)replayed.Steps[5]).CustomWeights!["a"].ShouldBe(3);
    }

    [Fact]
    public void Build_RecordedSpec_ReproducesTheBuild()
    {
        var first = Pipeline.Run(TestData.Asem, TestData.P1.Steps);
        var again = Pipeline.Run(TestData.Asem, PipelineSpecReader.Parse(PipelineSpecWriter.Write(first.Steps)).Steps);
        again.Final.Column("Index").ShouldBe(first.Final.Column("Index"));
    }

    [Fact]
    public void Parse_UncertaintyShortForm_EqualsTheInputsForm()
    {
        var steps = """
            "steps": [ { "op": "treat" }, { "op": "normalise", "range": [1, 100] }, { "op": "aggregate" } ]
            """;
        var shortForm = PipelineSpecReader.Parse($$"""
            { {{steps}}, "uncertainty": { "winmax": [1, 2], "normalise": ["minmax", "zscore"], "weights": 0.25,
              "aggregate": ["arithmetic", "geometric"], "treat.kurtosis": [3.5], "sampling": "sobol" } }
            """).Uncertainty!;
        shortForm.Inputs.Select(i => i.Name).ShouldBe(["winmax", "normalise", "weights", "aggregate", "treat.kurtosis"]);
        shortForm.Inputs[0].Variants.Cast<TreatStep>().Select(t => t.WinMax).ShouldBe([1, 2]);
        shortForm.Inputs[1].Variants.Cast<NormaliseStep>().Select(n => (n.Method, n.Lower)).ShouldBe([(NormaliseMethod.MinMax, 1.0), (NormaliseMethod.ZScore, 1.0)]);
        shortForm.Inputs[2].WeightNoise.ShouldBe(0.25);
        shortForm.Inputs[3].Variants.Cast<AggregateStep>().Select(a => a.Methods[0]).ShouldBe([AggregateMethod.Arithmetic, AggregateMethod.Geometric]);
        shortForm.Inputs[4].StepIndex.ShouldBe(0);
        shortForm.Sampling.ShouldBe(Sampling.Sobol);
        Should.Throw<IndicatorInputException>(() => PipelineSpecReader.Parse($$"""{ {{steps}}, "uncertainty": { "colour": ["red"] } }""")).Column.ShouldBe("uncertainty.colour");
    }

    [Fact]
    public void Parse_UncertaintyShortForm_MixesMethodNamesAndParameterSets()
    {
        var spec = PipelineSpecReader.Parse("""
            { "steps": [ { "op": "normalise", "method": "minmax", "range": [1, 100] }, { "op": "aggregate" } ],
              "uncertainty": { "normalise": ["rank", { "method": "zscore", "meanSd": [10, 2] }] } }
            """).Uncertainty!;
        var variants = spec.Inputs.Single().Variants.Cast<NormaliseStep>().ToList();
        variants.Select(n => n.Method).ShouldBe([NormaliseMethod.Rank, NormaliseMethod.ZScore]);
        (variants[1].Mean, variants[1].Sd).ShouldBe((10.0, 2.0));
    }

    [Fact]
    public void Read_WeightsFile_ParsesAndValidates()
    {
        WeightsReader.Create(CsvTable.Parse("iCode,Weight\na,2\nX,0.5\n", "w.csv")).ShouldBe(new Dictionary<string, double> { ["a"] = 2, ["X"] = 0.5 });
        Should.Throw<IndicatorInputException>(() => WeightsReader.Create(CsvTable.Parse("iCode,Weight\na,-1\n", "w.csv"))).Row.ShouldBe(2);
        var input = Tiny.Input();
        Should.Throw<IndicatorInputException>(() => Pipeline.Run(input, [new AggregateStep()], new Dictionary<string, double> { ["zz"] = 1 }));
    }
}
