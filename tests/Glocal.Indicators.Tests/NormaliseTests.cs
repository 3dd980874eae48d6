using Glocal.Indicators.Model;
using Glocal.Indicators.Operations;
using Glocal.Indicators.Tests.Support;

namespace Glocal.Indicators.Tests;

/// <summary>COINr's n_* definitions on x = (2, 4, 4, 10, NA) with direction +1 and −1.</summary>
public class NormaliseTests
{
    private static readonly double[] X = [2, 4, 4, 10, double.NaN];

    public static TheoryData<NormaliseMethod, double, double[]> Cases => new()
    {
        { NormaliseMethod.MinMax, 1, [0, 25, 25, 100, double.NaN] },
        { NormaliseMethod.MinMax, -1, [100, 75, 75, 0, double.NaN] },
        { NormaliseMethod.Rank, 1, [1, 2, 2, 4, double.NaN] },
        { NormaliseMethod.Rank, -1, [4, 2, 2, 1, double.NaN] },
        { NormaliseMethod.Borda, 1, [0, 1, 1, 3, double.NaN] },
        { NormaliseMethod.PRank, 1, [0, 1 / 3.0, 1 / 3.0, 1, double.NaN] },
        { NormaliseMethod.Dist2Max, 1, [0, 0.25, 0.25, 1, double.NaN] },
        { NormaliseMethod.Dist2Max, -1, [1, 0.75, 0.75, 0, double.NaN] },
        { NormaliseMethod.FracMax, 1, [0.2, 0.4, 0.4, 1, double.NaN] },
        { NormaliseMethod.FracMax, -1, [1, 0.5, 0.5, 0.2, double.NaN] },
        { NormaliseMethod.None, -1, [-2, -4, -4, -10, double.NaN] },
    };

    [Theory]
    [MemberData(nameof(Cases))]
    public void Column_Method_FollowsCoinrDefinition(NormaliseMethod method, double direction, double[] expected)
    {
        var y = Normalise.Column(X, direction, new NormaliseStep(method));
        y.Length.ShouldBe(expected.Length);
        for (var i = 0; i < y.Length; i++)
        {
            if (double.IsNaN(expected[i]))
            {
                y[i].ShouldBe(double.NaN);
            }
            else
            {
                y[i].ShouldBe(expected[i], 1e-12);
            }
        }
    }

    [Fact]
    public void ZScore_GivesTheRequestedMeanAndSd()
    {
        var y = Normalise.Column(X, 1, new NormaliseStep(NormaliseMethod.ZScore, Mean: 10, Sd: 2));
        Stats.Mean(y).ShouldBe(10, 1e-12);
        Stats.StdDev(y).ShouldBe(2, 1e-12);
        y[0].ShouldBeLessThan(y[3]);
    }

    [Fact]
    public void Dist2Ref_UsesTheReferenceUnitAndCaps()
    {
        Normalise.Column(X, 1, new NormaliseStep(NormaliseMethod.Dist2Ref), reference: 1).ShouldBe([0, 1, 1, 4, double.NaN]);
        Normalise.Column(X, 1, new NormaliseStep(NormaliseMethod.Dist2Ref, CapMax: true), reference: 1).ShouldBe([0, 1, 1, 1, double.NaN]);
    }

    [Fact]
    public void Dist2Target_NegativeDirection_FlipsDataAndTarget()
    {
        // COINr with iMeta targets: x·d and target·d; target 2 for a "lower is better" indicator.
        var y = Normalise.Column(X, -1, new NormaliseStep(NormaliseMethod.Dist2Target), target: 2);
        y[0].ShouldBe(1, 1e-12);
        y[3].ShouldBe(0, 1e-12);
        y[1].ShouldBe(0.75, 1e-12);
    }

    [Fact]
    public void Goalposts_TruncateAndScale()
    {
        var step = new NormaliseStep(NormaliseMethod.Goalposts, GoalLower: 3, GoalUpper: 8, GoalScale: 100);
        Normalise.Column(X, 1, step).ShouldBe([0, 20, 20, 100, double.NaN]);
        Normalise.Column(X, -1, step).ShouldBe([100, 80, 80, 0, double.NaN]);
    }

    [Fact]
    public void Apply_GoalpostsFromIMetaColumns_AndReferenceByPosition()
    {
        const string meta = """
            Level,iCode,iName,Direction,Weight,Unit,Target,Denominator,Parent,Type,goalpost_lower,goalpost_upper,goalpost_scale
            1,a,A,1,1,,10,,X,Indicator,0,4,100
            1,b,B,1,2,,,,X,Indicator,,,
            1,c,C,-1,1,,1,Pop,Y,Indicator,,,
            2,X,X,1,1,,,,Index,Aggregate,,,
            2,Y,Y,1,1,,,,Index,Aggregate,,,
            3,Index,Index,1,1,,,,,Aggregate,,,
            ,Region_group,Region,,,,,,,Group,,,
            ,Pop,Population,,,,,,,Denominator,,,
            """;
        var input = Tiny.Input(meta: meta);
        input.Structure.ByCode["a"].ExtraValue("goalpost_upper").ShouldBe(4);
        var n = Normalise.Apply(input.Raw, input.Structure, new NormaliseStep(NormaliseMethod.Goalposts));
        n.Column("a").ShouldBe([25, 50, 75, double.NaN]);
        var spec = Glocal.Indicators.Io.PipelineSpecReader.Parse("""{ "steps": [ { "op": "normalise", "method": "dist2ref", "reference": 2 } ] }""");
        Normalise.Apply(input.Raw, input.Structure, (NormaliseStep)spec.Steps[0]).Column("b")[0].ShouldBe(double.NaN); // U2's b is missing
        Normalise.Apply(input.Raw, input.Structure, (NormaliseStep)spec.Steps[0]).Column("a")[2].ShouldBe(2); // 1 − (2 − 3)/(2 − 1)
    }

    [Fact]
    public void FracMax_NegativeDirectionWithZero_IsRejected() =>
        Should.Throw<IndicatorInputException>(() => Normalise.FracMax([0, 1, 2], -1, "z"));

    [Fact]
    public void Apply_IndividualOverride_AppliesOnlyToThatIndicator()
    {
        var input = Tiny.Input();
        var step = new NormaliseStep(Individual: new Dictionary<string, NormaliseStep> { ["a"] = new(NormaliseMethod.Rank) });
        var n = Normalise.Apply(input.Raw, input.Structure, step);
        n.Column("a").ShouldBe([1, 2, 3, double.NaN]);
        var c = n.Column("c"); // raw (20, 40, 30, 5), direction −1
        c[0].ShouldBe(400 / 7.0, 1e-12);
        c[1].ShouldBe(0);
        c[3].ShouldBe(100);
    }

    [Fact]
    public void Apply_Panel_GlobalUsesAllYearsAndLocalEachYear()
    {
        var data = new DataSet(["U1", "U2", "U1", "U2"], [2020, 2020, 2021, 2021], ["a"], [[0, 10, 5, 20]]);
        var structure = Tiny.Input().Structure;
        Normalise.Apply(data, structure, new NormaliseStep(Global: true)).Column("a").ShouldBe([0, 50, 25, 100]);
        Normalise.Apply(data, structure, new NormaliseStep(Global: false)).Column("a").ShouldBe([0, 100, 0, 100]);
    }
}
