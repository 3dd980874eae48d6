using Glocal.Indicators.Model;
using Glocal.Indicators.Operations;
using Glocal.Indicators.Tests.Support;

namespace Glocal.Indicators.Tests;

public class ImputeTests
{
    [Theory]
    [InlineData(ImputeMethod.Mean, 2.0, 6.0)]
    [InlineData(ImputeMethod.Median, 2.0, 6.0)]
    [InlineData(ImputeMethod.MeanByGroup, 3.0, 4.0)]
    public void Apply_ColumnMethods_FillFromTheRightRows(ImputeMethod method, double a4, double b2)
    {
        var input = Tiny.Input();
        var result = Impute.Apply(input.Raw, input, new ImputeStep(method, Group: "Region_group"));
        result.Column("a")[3].ShouldBe(a4);
        result.Column("b")[1].ShouldBe(b2);
        input.Raw.Column("a")[3].ShouldBe(double.NaN, "the input is not modified");
    }

    [Fact]
    public void Apply_MedianByGroup_UsesTheGroupMedian()
    {
        var data = Tiny.Set(["a"], [1, 2, 10, double.NaN]);
        var input = Tiny.Input(data: Tiny.Data.Replace("U2,Two,2020,N", "U2,Two,2020,S", StringComparison.Ordinal));
        var result = Impute.Apply(data, input, new ImputeStep(ImputeMethod.MedianByGroup, Group: "Region_group"));
        result.Column("a")[3].ShouldBe(6); // S: U2 (2), U3 (10)
    }

    [Fact]
    public void Apply_RowMeanNormaliseFirst_MapsTheUnitsMeanScaledValueBack()
    {
        // U4 misses a; its scaled b = (8−4)/(8−4) = 1 and scaled c (direction −1) = (−5+40)/35 = 1: mean 1 → max of a = 3.
        var input = Tiny.Input();
        var result = Impute.Apply(input.Raw, input, new ImputeStep(ImputeMethod.RowMean));
        result.Column("a")[3].ShouldBe(3, 1e-12);
        // within parent: a's only sibling is b (scaled 1) → also 3; U2's b from a (scaled 0.5) → 5.
        var within = Impute.Apply(input.Raw, input, new ImputeStep(ImputeMethod.RowMean, WithinParent: true));
        within.Column("b")[1].ShouldBe(6, 1e-12);
    }

    [Fact]
    public void Apply_GroupMethodWithoutGroupColumn_IsAClearError()
    {
        var input = Tiny.Input();
        Should.Throw<IndicatorInputException>(() => Impute.Apply(input.Raw, input, new ImputeStep(ImputeMethod.MeanByGroup, Group: "Nope_group")));
    }

    public static TheoryData<ImputeMethod, int?, double[]> PanelCases => new()
    {
        { ImputeMethod.Latest, null, [double.NaN, 1, 1, 1, 4, 4] },
        { ImputeMethod.Latest, 1, [double.NaN, 1, 1, double.NaN, 4, 4] },
        { ImputeMethod.Constant, null, [1, 1, 1, 1, 4, 4] },
        { ImputeMethod.Linear, null, [double.NaN, 1, 2, 3, 4, double.NaN] },
        { ImputeMethod.LinearConstant, null, [1, 1, 2, 3, 4, 4] },
    };

    [Theory]
    [MemberData(nameof(PanelCases))]
    public void Fill_PanelMethods_FollowCoinr(ImputeMethod method, int? maxYears, double[] expected)
    {
        double[] t = [2018, 2019, 2020, 2021, 2022, 2023];
        double[] y = [double.NaN, 1, double.NaN, double.NaN, 4, double.NaN];
        PanelImpute.Fill(t, y, method, maxYears).ShouldBe(expected);
    }
}
