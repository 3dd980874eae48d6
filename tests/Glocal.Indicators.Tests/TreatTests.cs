using Glocal.Indicators.Model;
using Glocal.Indicators.Operations;
using Glocal.Indicators.Tests.Support;

namespace Glocal.Indicators.Tests;

public class TreatTests
{
    // COINr's documentation example: 1..10 with two outliers, 30 and 100.
    private static double[] Example() => [.. Enumerable.Range(1, 10).Select(i => (double)i), 30, 100];

    [Fact]
    public void Stats_Example_AreType2SkewAndKurtosis()
    {
        Stats.Skew(Example()).ShouldBe(3.0632410342394985, 1e-12);
        Stats.Kurtosis(Example()).ShouldBe(9.741390834569144, 1e-12);
    }

    [Fact]
    public void Vector_Example_WinsorisesTheMaximumOnce()
    {
        var x = Example();
        var labels = new string[x.Length];
        var d = Treat.Vector(x, labels, new TreatStep());
        d.Pass0.ShouldBeFalse();
        d.Winsorised.ShouldBe(1);
        d.Pass1.ShouldBe(true);
        x[^1].ShouldBe(30);
        labels[^1].ShouldBe("winhi");
        labels.Count(l => l.Length > 0).ShouldBe(1);
    }

    [Fact]
    public void Vector_NegativeSkew_WinsorisesTheLowTail()
    {
        var x = Example().Select(v => -v).ToArray();
        var labels = new string[x.Length];
        var d = Treat.Vector(x, labels, new TreatStep());
        d.Winsorised.ShouldBe(1);
        x[^1].ShouldBe(-30);
        labels[^1].ShouldBe("winlo");
    }

    [Fact]
    public void Vector_StillFailing_FallsBackToLogOfTheOriginal()
    {
        var x = LongTail();
        var original = (double[])x.Clone();
        var labels = new string[x.Length];
        var d = Treat.Vector(x, labels, new TreatStep(WinMax: 1));
        d.Pass1.ShouldBe(false);
        d.Pass2.ShouldNotBeNull();
        var min = original.Min();
        var a = 0.01 * (original.Max() - min);
        x[0].ShouldBe(Math.Log(original[0] - min + a), 1e-12);
        x[^1].ShouldBe(Math.Log(original[^1] - min + a), 1e-12);
        labels[^1].ShouldBe("winhi+log_CT");
        labels[0].ShouldBe("+log_CT");
    }

    [Fact]
    public void Vector_Combine_LogsTheWinsorisedValues()
    {
        var x = LongTail();
        var labels = new string[x.Length];
        Treat.Vector(x, labels, new TreatStep(WinMax: 1, Combine: true));
        var winsorised = LongTail();
        winsorised[^1] = winsorised[^2];
        var min = winsorised.Min();
        x[^1].ShouldBe(Math.Log(winsorised[^1] - min + (0.01 * (winsorised.Max() - min))), 1e-12);
    }

    [Fact]
    public void Vector_BoxCox_AppliesTheTransform()
    {
        var x = LongTail();
        var original = (double[])x.Clone();
        Treat.Vector(x, new string[x.Length], new TreatStep(WinMax: 1, Fallback: TreatFallback.BoxCox, Lambda: 0.5));
        var min = original.Min();
        x[3].ShouldBe((Math.Sqrt(original[3] - min + 1) - 1) / 0.5, 1e-12);
    }

    [Fact]
    public void Vector_UnlimitedWinmax_KeepsWinsorisingUntilItPasses()
    {
        // COINr silently caps an unlimited winmax at its default of 5 (ADR 0010).
        var capped = LongTail();
        var d5 = Treat.Vector(capped, new string[capped.Length], new TreatStep(WinMax: 5, Fallback: TreatFallback.None));
        d5.Pass1.ShouldBe(false);
        var x = LongTail();
        var d = Treat.Vector(x, new string[x.Length], new TreatStep(WinMax: null));
        d.Winsorised!.Value.ShouldBeGreaterThan(5);
        d.Pass1.ShouldBe(true);
        d.Pass2.ShouldBeNull();
    }

    [Fact]
    public void Apply_IndividualNone_LeavesTheIndicatorAndOmitsItsRow()
    {
        var data = Tiny.Set(["p", "q"], Example(), Example());
        var (treated, audit) = Treat.Apply(data, new TreatStep(Individual: new Dictionary<string, TreatStep?> { ["q"] = null }));
        treated.Column("q").ShouldBe(Example());
        treated.Column("p")[^1].ShouldBe(30);
        audit.Details.Select(d => d.Code).ShouldBe(["p"]);
    }

    [Fact]
    public void Apply_LargeDataSetInParallel_EqualsTreatingEachColumnAlone()
    {
        var rng = new Random(11);
        var columns = Enumerable.Range(0, 60).Select(c => Enumerable.Range(0, 1000).Select(_ => Math.Exp(rng.NextDouble() * (c % 4 == 0 ? 8 : 2))).ToArray()).ToArray();
        var data = Tiny.Set(Enumerable.Range(0, 60).Select(c => $"i{c}").ToArray(), columns);
        (1000L * 60).ShouldBeGreaterThanOrEqualTo(Treat.ParallelThreshold);
        var (treated, audit) = Treat.Apply(data, new TreatStep());
        audit.Details.Select(d => d.Code).ShouldBe(data.Codes);
        for (var c = 0; c < 60; c++)
        {
            var x = (double[])columns[c].Clone();
            var labels = new string[x.Length];
            var d = Treat.Vector(x, labels, new TreatStep(), data.Codes[c], 2020);
            treated.Columns[c].ShouldBe(x);
            audit.Points[c].ShouldBe(labels);
            audit.Details[c].ShouldBe(d);
        }

        audit.Details.Count(d => !d.Pass0).ShouldBeGreaterThan(0);
    }

    [Fact]
    public void Check_PassesWhenEitherSkewOrKurtosisIsWithinBounds()
    {
        Treat.Check(Example(), new TreatStep(Skew: 4)).Pass.ShouldBeTrue();
        Treat.Check(Example(), new TreatStep(Kurtosis: 10)).Pass.ShouldBeTrue();
        Treat.Check(Example(), new TreatStep()).Pass.ShouldBeFalse();
    }

    // Pareto (α = 1) quantiles 100/(i − ½), largest last: needs 6 winsorisations to pass.
    private static double[] LongTail() => [.. Enumerable.Range(1, 100).Reverse().Select(i => 100 / (i - 0.5))];
}
