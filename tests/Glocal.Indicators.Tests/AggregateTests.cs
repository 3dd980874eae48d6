using Glocal.Indicators.Model;
using Glocal.Indicators.Operations;
using Glocal.Indicators.Tests.Support;

namespace Glocal.Indicators.Tests;

/// <summary>COINr's a_* definitions on the tiny index (a, b → X with weights 1, 2; c → Y; X, Y → Index).</summary>
public class AggregateTests
{
    private static DataSet Normalised(double[] a, double[] b, double[] c) => Tiny.Set(["a", "b", "c"], a, b, c);

    private static double[] X(AggregateStep step, double[] a, double[] b)
    {
        var plan = Tiny.Input().Structure.Compile();
        return Aggregate.Apply(Normalised(a, b, Enumerable.Repeat(1.0, a.Length).ToArray()), plan, step).Column("X");
    }

    [Theory]
    [InlineData(AggregateMethod.Arithmetic, 4.0, 3.0)]         // (1·2 + 2·5)/3, (1·1 + 2·4)/3
    [InlineData(AggregateMethod.Geometric, 3.6840314986403864, 2.5198420997897464)] // exp((ln2 + 2 ln5)/3), 16^(1/3)
    [InlineData(AggregateMethod.Harmonic, 3.3333333333333335, 2.0)]   // 3/(1/2 + 2/5), 3/(1 + 2/4)
    [InlineData(AggregateMethod.Median, 3.5, 2.5)]
    public void Row_Method_FollowsCoinrDefinition(AggregateMethod method, double first, double second)
    {
        var x = X(new AggregateStep([method]), [2, 1], [5, 4]);
        x[0].ShouldBe(first, 1e-12);
        x[1].ShouldBe(second, 1e-12);
    }

    [Fact]
    public void Power_PEquals2_IsTheWeightedQuadraticMean()
    {
        var x = X(new AggregateStep([AggregateMethod.Power], P: 2), [2, 1], [5, 4]);
        x[0].ShouldBe(Math.Sqrt((4 + (2 * 25)) / 3.0), 1e-12);
    }

    [Fact]
    public void Power_MissingChild_IsSkippedNotNa()
    {
        // COINr's a_genmean returns NA here; the right answer skips the missing child (ADR 0010).
        var x = X(new AggregateStep([AggregateMethod.Power], P: 2), [3, double.NaN], [double.NaN, double.NaN]);
        x[0].ShouldBe(3, 1e-12);
        x[1].ShouldBe(double.NaN);
    }

    [Fact]
    public void Arithmetic_MissingChild_RenormalisesWeights()
    {
        var x = X(new AggregateStep(), [double.NaN, 6], [9, double.NaN]);
        x.ShouldBe([9, 6]);
    }

    [Fact]
    public void Threshold_BelowAvailability_GivesNa()
    {
        var x = X(new AggregateStep([AggregateMethod.Arithmetic], Threshold: 0.75), [double.NaN, 6], [9, 3]);
        x[0].ShouldBe(double.NaN);
        x[1].ShouldBe(4, 1e-12);
    }

    [Fact]
    public void Geometric_ZeroChild_IsAClearError() =>
        Should.Throw<IndicatorInputException>(() => X(new AggregateStep([AggregateMethod.Geometric]), [0, 1], [5, 4]));

    [Fact]
    public void Copeland_CountsPairwiseMajorities()
    {
        // a weight 1, b weight 2: U1 (3, 1), U2 (2, 2), U3 (1, 3). U3 beats both on b's majority weight 2/3.
        var x = X(new AggregateStep([AggregateMethod.Copeland]), [3, 2, 1], [1, 2, 3]);
        x.ShouldBe([-2, 0, 2]);
    }

    [Fact]
    public void Methods_OnePerLevel_AreUsedPerLevel()
    {
        var plan = Tiny.Input().Structure.Compile();
        var result = Aggregate.Apply(Normalised([2, 1], [5, 4], [1, 9]), plan, new AggregateStep([AggregateMethod.Arithmetic, AggregateMethod.Median]));
        result.Column("X").ShouldBe([4, 3]);
        result.Column("Index").ShouldBe([2.5, 6]);
    }
}
