using Glocal.Core.Benchmark.Index;
using Glocal.Core.Benchmark.Providers;
using Glocal.Core.Shared;

namespace Glocal.Core.Tests.Benchmark;

/// <summary>The small rules around the index: peer-group bounds, medians, the budget-balance score, definition validation.</summary>
public class IndexRulesTests
{
    private static readonly PeerBands Bands = new([100_000, 300_000, 600_000], [0.02, 0.04, 0.07]);

    [Theory]
    [InlineData("P1·F1", null, 100_000.0, null, 0.02)]
    [InlineData("P2·F3", 100_000.0, 300_000.0, 0.04, 0.07)]
    [InlineData("P4·F4", 600_000.0, null, 0.07, null)]
    public void Describe_Group_GivesItsBounds(string group, double? popFrom, double? popTo, double? shareFrom, double? shareTo)
    {
        var b = PeerGroups.Describe(Bands, group);
        (b.PopulationFrom, b.PopulationTo, b.ShareFrom, b.ShareTo).ShouldBe((popFrom, popTo, shareFrom, shareTo));
    }

    [Theory]
    [InlineData(50_000, 0.01)]
    [InlineData(250_000, 0.05)]
    [InlineData(900_000, 0.15)]
    public void Describe_OfAssign_ContainsTheUnit(double population, double share)
    {
        var b = PeerGroups.Describe(Bands, PeerGroups.Assign(Bands, population, share));
        population.ShouldBeGreaterThanOrEqualTo(b.PopulationFrom ?? 0);
        population.ShouldBeLessThan(b.PopulationTo ?? double.MaxValue);
        share.ShouldBeGreaterThanOrEqualTo(b.ShareFrom ?? 0);
        share.ShouldBeLessThan(b.ShareTo ?? 1);
    }

    [Fact]
    public void Median_IgnoresNaN_AndAveragesTheMiddlePair()
    {
        IndexQueries.Median([3, 1, double.NaN, 2]).ShouldBe(2);
        IndexQueries.Median([4, 1, 3, 2]).ShouldBe(2.5);
        double.IsNaN(IndexQueries.Median([double.NaN])).ShouldBeTrue();
    }

    [Theory]
    [InlineData(0.55, 100)]
    [InlineData(0.4, 100)]
    [InlineData(0.7, 100)]
    [InlineData(0.375, 95)]
    [InlineData(0.95, 50)]
    [InlineData(0.0, 20)]
    [InlineData(1.0, 40)]
    public void BudgetBalance_Score_IsHundredInTheBand_AndFallsOutside(double share, double score) =>
        PoliciesBudgetBalanceProvider.Score(share, 0.4, 0.7).ShouldBe(score);

    [Fact]
    public void Validate_BuiltIn_Passes()
    {
        var d = IndexDefinition.BuiltIn;
        var series = d.Indicators.Select(i => i.Series).Concat(d.Denominators.Values).ToHashSet(StringComparer.Ordinal);
        var providers = d.Indicators.Where(i => i.Provider is not null).Select(i => i.Provider!).ToHashSet(StringComparer.Ordinal);
        Should.NotThrow(() => IndexDefinitionValidator.Validate(d, series, providers));
        Should.Throw<BusinessRuleException>(() => IndexDefinitionValidator.Validate(d, series, new HashSet<string>()))
            .Code.ShouldBe("index_definition_unknown_provider");
        Should.Throw<BusinessRuleException>(() => IndexDefinitionValidator.Validate(d with { Version = "v2" }, series, providers))
            .Code.ShouldBe("index_definition_version_format");
    }

    [Fact]
    public void Parse_NotJson_IsInvalid() =>
        Should.Throw<BusinessRuleException>(() => IndexDefinition.Parse("{ nope")).Code.ShouldBe("index_definition_invalid");
}
