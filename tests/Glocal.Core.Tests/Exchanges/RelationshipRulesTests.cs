using Glocal.Core.Exchanges;
using Microsoft.Extensions.Time.Testing;

namespace Glocal.Core.Tests.Exchanges;

public class RelationshipRulesTests
{
    private static readonly DateOnly Signed = new(2023, 3, 15);

    [Fact]
    public void StatusOf_NoSubstantiveActivity_IsNeverActive() =>
        RelationshipRules.StatusOf(null, new DateOnly(2026, 1, 1), 12).ShouldBe(RelationshipStatus.NeverActive);

    [Fact]
    public void Status_AsTheClockMoves_TurnsDormantTwelveMonthsAfterTheLastSubstantiveActivity()
    {
        // 2023-03-15 at 10:00 in Korea is 01:00 UTC.
        var clock = new FakeTimeProvider(new DateTimeOffset(2023, 3, 15, 1, 0, 0, TimeSpan.Zero));
        StatusOnClock(clock).ShouldBe(RelationshipStatus.Active);

        clock.Advance(TimeSpan.FromDays(364));
        StatusOnClock(clock).ShouldBe(RelationshipStatus.Active, "2024-03-13: still inside the window");

        clock.SetUtcNow(new DateTimeOffset(2024, 3, 14, 14, 59, 0, TimeSpan.Zero)); // 23:59 on 14 March in Korea
        StatusOnClock(clock).ShouldBe(RelationshipStatus.Active);

        clock.Advance(TimeSpan.FromMinutes(1)); // midnight in Korea: 15 March 2024, twelve months on
        StatusOnClock(clock).ShouldBe(RelationshipStatus.Dormant);
    }

    [Theory]
    [InlineData(6, "2023-09-14", RelationshipStatus.Active)]
    [InlineData(6, "2023-09-15", RelationshipStatus.Dormant)]
    [InlineData(24, "2025-03-14", RelationshipStatus.Active)]
    [InlineData(24, "2025-03-15", RelationshipStatus.Dormant)]
    public void StatusOf_ConfiguredWindow_IsRespected(int months, string today, RelationshipStatus expected) =>
        RelationshipRules.StatusOf(Signed, DateOnly.Parse(today, System.Globalization.CultureInfo.InvariantCulture), months).ShouldBe(expected);

    [Fact]
    public void Compute_CeremonialActivities_DoNotKeepARelationshipActive()
    {
        var today = new DateOnly(2026, 6, 1);
        var figures = RelationshipRules.Compute(
        [
            new ActivityFact(new DateOnly(2024, 5, 1), true, ExchangeDirection.Outbound, 10, 30_000_000),
            new ActivityFact(new DateOnly(2026, 1, 1), false, ExchangeDirection.Bilateral, 0, 0),
        ], [], today, 12);

        figures.Status.ShouldBe(RelationshipStatus.Dormant);
        figures.LastSubstantiveOn.ShouldBe(new DateOnly(2024, 5, 1));
        figures.LastActivityOn.ShouldBe(new DateOnly(2026, 1, 1));
    }

    [Fact]
    public void Compute_Figures_PerYearCostPerParticipantAndBalance()
    {
        var figures = RelationshipRules.Compute(
        [
            new ActivityFact(new DateOnly(2024, 5, 1), true, ExchangeDirection.Outbound, 10, 30_000_000),
            new ActivityFact(new DateOnly(2024, 9, 1), true, ExchangeDirection.Inbound, 20, 15_000_000),
            new ActivityFact(new DateOnly(2025, 2, 1), false, ExchangeDirection.Bilateral, 0, 0),
        ], [ExchangeDirection.Outbound, ExchangeDirection.Outbound], new DateOnly(2025, 3, 1), 12);

        figures.Status.ShouldBe(RelationshipStatus.Active);
        figures.PerYear.ShouldBe([new YearFigures(2024, 2, 2, 45_000_000, 30), new YearFigures(2025, 1, 0, 0, 0)]);
        figures.TotalCostWon.ShouldBe(45_000_000);
        figures.CostPerParticipantWon.ShouldBe(1_500_000);
        figures.Balance.ShouldBe(new DirectionBalance(Inbound: 2, Outbound: 4));
        figures.Balance.Net.ShouldBe(2);
    }

    [Fact]
    public void Compute_NoParticipants_HasNoCostPerParticipant() =>
        RelationshipRules.Compute([new ActivityFact(new DateOnly(2025, 1, 1), false, ExchangeDirection.Outbound, 0, 100)], [], new DateOnly(2025, 2, 1), 12)
            .CostPerParticipantWon.ShouldBeNull();

    [Theory]
    [InlineData("2025-05-01", null, "2025-05-01", false)]
    [InlineData("2025-05-01", null, "2025-05-02", true)]
    [InlineData("2025-05-01", "2025-06-01", "2025-07-01", false)]
    public void IsOverdue_AfterTheDueDateUntilDone(string due, string? done, string today, bool expected)
    {
        static DateOnly D(string s) => DateOnly.Parse(s, System.Globalization.CultureInfo.InvariantCulture);
        RelationshipRules.IsOverdue(D(due), done is null ? null : D(done), D(today)).ShouldBe(expected);
    }

    private static RelationshipStatus StatusOnClock(TimeProvider clock) =>
        RelationshipRules.StatusOf(Signed, RelationshipRules.Today(clock), 12);
}
