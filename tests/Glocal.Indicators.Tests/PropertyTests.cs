using CsCheck;
using Glocal.Indicators.Model;
using Glocal.Indicators.Operations;
using Glocal.Indicators.Tests.Support;

namespace Glocal.Indicators.Tests;

/// <summary>Invariants of the math, checked on generated data (CsCheck).</summary>
public class PropertyTests
{
    private static readonly Gen<double[]> Vectors = Gen.Double[-1e6, 1e6].Array[2, 60]
        .Where(x => x.Max() - x.Min() > 1e-6 * Math.Max(1, Math.Abs(x.Max())));

    [Fact]
    public void MinMax_AnyVectorAndRange_StaysInRange() =>
        Gen.Select(Vectors, Gen.Double[-100, 100], Gen.Double[0.01, 100]).Sample((x, lower, width) =>
        {
            var y = Normalise.MinMax(x, lower, lower + width);
            var tol = 1e-9 * Math.Max(1, Math.Abs(lower) + width);
            return y.All(v => v >= lower - tol && v <= lower + width + tol)
                && Math.Abs(y.Min() - lower) <= tol && Math.Abs(y.Max() - (lower + width)) <= tol;
        });

    [Fact]
    public void Ranks_ReorderingUnits_LeavesEachUnitsRankUnchanged() =>
        Gen.Select(Gen.Int[0, 5].Array[2, 40], Gen.Int).Sample((values, seed) =>
        {
            var x = values.Select(v => v == 0 ? double.NaN : (double)v).ToArray();
            var data = Tiny.Set(["a"], x);
            var order = Enumerable.Range(0, x.Length).OrderBy(i => new Random(seed + i).Next()).ToArray();
            var shuffled = data.SelectRows(order);
            var ranks = Results.Ranks(data).Column("a");
            var shuffledRanks = Results.Ranks(shuffled).Column("a");
            return order.Select((original, i) => (original, i))
                .All(p => ranks[p.original].Equals(shuffledRanks[p.i]));
        });

    [Fact]
    public void Ranks_AreOneForTheBestAndShareTheMinimumOnTies() =>
        Gen.Int[0, 4].Array[1, 30].Sample(values =>
        {
            var x = values.Select(v => (double)v).ToArray();
            var r = Ranking.HighIsBest(x);
            return x.Select((v, i) => r[i] == 1 + x.Count(o => o > v)).All(ok => ok) && r.Min() == 1;
        });

    [Fact]
    public void Aggregate_EqualChildren_ReturnTheChild() =>
        Gen.Select(Gen.Double[0.1, 1000], Gen.Double[0.1, 10].Array[3], Gen.OneOfConst(
            AggregateMethod.Arithmetic, AggregateMethod.Geometric, AggregateMethod.Harmonic, AggregateMethod.Power, AggregateMethod.Median))
        .Sample((value, w, method) =>
        {
            var plan = Tiny.Input().Structure.Compile(new Dictionary<string, double> { ["a"] = w[0], ["b"] = w[1], ["X"] = w[2] });
            var data = Tiny.Set(["a", "b", "c"], [value], [value], [value]);
            var result = Aggregate.Apply(data, plan, new AggregateStep([method], P: 3));
            return new[] { "X", "Y", "Index" }.All(c => Math.Abs(result.Column(c)[0] - value) <= 1e-9 * value);
        });

    [Fact]
    public void Aggregate_MissingChildren_RenormaliseWeightsOverThePresentOnes() =>
        Gen.Select(Gen.Double[0, 100].Array[3], Gen.Double[0.1, 10].Array[3], Gen.Int[0, 2]).Sample((x, w, missing) =>
        {
            const string meta = """
                Level,iCode,iName,Direction,Weight,Unit,Target,Denominator,Parent,Type
                1,p,P,1,1,,,,T,Indicator
                1,q,Q,1,1,,,,T,Indicator
                1,r,R,1,1,,,,T,Indicator
                2,T,T,1,1,,,,,Aggregate
                """;
            var structure = IndexStructure.Create(Glocal.Indicators.Io.IndexInputReader.ReadMeta(Glocal.Indicators.Io.CsvTable.Parse(meta, "m")));
            var withGap = (double[])x.Clone();
            withGap[missing] = double.NaN;
            var plan = structure.Compile(new Dictionary<string, double> { ["p"] = w[0], ["q"] = w[1], ["r"] = w[2] });
            var data = Tiny.Set(["p", "q", "r"], [withGap[0]], [withGap[1]], [withGap[2]]);
            var got = Aggregate.Apply(data, plan, new AggregateStep()).Column("T")[0];
            var present = Enumerable.Range(0, 3).Where(i => i != missing).ToArray();
            var expected = present.Sum(i => w[i] / present.Sum(j => w[j]) * x[i]);
            var scaled = Aggregate.Apply(data, structure.Compile(new Dictionary<string, double> { ["p"] = 7 * w[0], ["q"] = 7 * w[1], ["r"] = 7 * w[2] }), new AggregateStep()).Column("T")[0];
            return Math.Abs(got - expected) <= 1e-9 && Math.Abs(scaled - got) <= 1e-9;
        });

    [Fact]
    public void Treat_NeverWinsorisesMoreThanWinmaxSteps() =>
        Gen.Select(Gen.Double[0, 1000].Array[6, 80], Gen.Int[1, 6]).Sample((x, winmax) =>
        {
            var labels = new string[x.Length];
            var d = Treat.Vector((double[])x.Clone(), labels, new TreatStep(WinMax: winmax, Fallback: TreatFallback.None));
            // Ties can add several points in one step, but a passing vector is never touched.
            return d.Pass0 ? labels.All(l => l.Length == 0) : d.Winsorised >= 1 || x.Distinct().Count() == 1;
        });

    [Fact]
    public void Csv_NumbersRoundTripExactly() =>
        Gen.Double.Where(double.IsFinite).Sample(v =>
            Glocal.Indicators.Io.CsvTable.TryParseNumber(Glocal.Indicators.Io.CsvTable.FormatNumber(v), out var back) && back.Equals(v));
}
