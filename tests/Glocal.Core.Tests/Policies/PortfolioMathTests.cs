using Glocal.Core.Policies;

namespace Glocal.Core.Tests.Policies;

/// <summary>Every expected figure here is worked out by hand in the comment beside it.</summary>
public class PortfolioMathTests
{
    private static readonly PoliciesOptions Defaults = new();
    private static readonly DateOnly Festival = new(2026, 5, 18);

    private static ShowcaseFacts OneOffFestival(bool outcomeKpi = false, params DateOnly[] outputs) =>
        new(ProgrammeMode.OneOff, Festival, Festival, Participants: 200, BudgetKrw: 300_000_000, outcomeKpi, outputs);

    [Fact]
    public void Showcase_OneOffBigBudgetNoKpi_ScoresEveryReason()
    {
        // 300,000,000 / 200 = 1,500,000 won per participant > 1,000,000: 30 + 25 + 25 + 20 = 100.
        var score = PortfolioMath.Showcase(OneOffFestival(), Defaults);

        score.Score.ShouldBe(100);
        score.Flagged.ShouldBeTrue();
        score.Reasons.Select(r => r.Code).ShouldBe([PortfolioMath.ReasonOneOff, PortfolioMath.ReasonHighCost, PortfolioMath.ReasonNoOutcomeKpi, PortfolioMath.ReasonNoFollowUp]);
        score.Reasons.Single(r => r.Code == PortfolioMath.ReasonHighCost).Detail.ShouldContain("1,500,000");
    }

    [Fact]
    public void Showcase_OutcomeKpiAndFollowUp_LeavesOneOffAndCost()
    {
        // Follow-up on 2026-09-30 is after the event and within 12 months: 30 + 25 = 55, still ≥ 50.
        var score = PortfolioMath.Showcase(OneOffFestival(true, new DateOnly(2026, 9, 30)), Defaults);

        score.Score.ShouldBe(55);
        score.Flagged.ShouldBeTrue();
        score.Reasons.Select(r => r.Code).ShouldBe([PortfolioMath.ReasonOneOff, PortfolioMath.ReasonHighCost]);
    }

    [Theory]
    [InlineData(2026, 5, 18, false)] // the event day itself is not a follow-up
    [InlineData(2026, 5, 19, true)]
    [InlineData(2027, 5, 18, true)]  // 12 months later to the day: inside the window
    [InlineData(2027, 5, 19, false)] // a day too late
    [InlineData(2025, 12, 31, false)] // before the event
    public void Showcase_FollowUpWindow_IsAfterTheEventAndWithinNMonths(int y, int m, int d, bool counts)
    {
        var score = PortfolioMath.Showcase(OneOffFestival(true, new DateOnly(y, m, d)), Defaults);

        score.Reasons.Any(r => r.Code == PortfolioMath.ReasonNoFollowUp).ShouldBe(!counts);
    }

    [Fact]
    public void Showcase_RecurringCheapWithOutcome_ScoresZero()
    {
        // 50,000,000 / 500 = 100,000 won per participant: below the threshold; recurring; outcome KPI.
        var facts = new ShowcaseFacts(ProgrammeMode.Recurring, new DateOnly(2024, 1, 1), null, 500, 50_000_000, true, []);

        var score = PortfolioMath.Showcase(facts, Defaults);

        score.Score.ShouldBe(0);
        score.Flagged.ShouldBeFalse();
        score.Reasons.ShouldBeEmpty();
    }

    [Fact]
    public void Showcase_RecurringWithoutOutcome_IsNotFlaggedAndNeedsNoFollowUp()
    {
        // Only "no outcome KPI" (25 < 50); follow-ups are judged for one-off programmes only; no participants, no cost reason.
        var facts = new ShowcaseFacts(ProgrammeMode.Recurring, new DateOnly(2024, 1, 1), null, null, 900_000_000, false, []);

        var score = PortfolioMath.Showcase(facts, Defaults);

        score.Score.ShouldBe(25);
        score.Flagged.ShouldBeFalse();
        score.Reasons.Single().Code.ShouldBe(PortfolioMath.ReasonNoOutcomeKpi);
    }

    [Fact]
    public void Showcase_ScoreAtThreshold_IsFlagged_AndWeightsAreConfigurable()
    {
        var options = new PoliciesOptions { WeightOneOff = 10, WeightNoOutcomeKpi = 20, WeightNoFollowUp = 20, ShowcaseThreshold = 50, HighCostPerParticipantKrw = 2_000_000 };
        // 1,500,000 is under the raised 2,000,000 threshold: 10 + 20 + 20 = 50, exactly the threshold.
        var score = PortfolioMath.Showcase(OneOffFestival(), options);

        score.Score.ShouldBe(50);
        score.Flagged.ShouldBeTrue();
    }

    [Theory]
    [InlineData(1_000L, 3, 333L)]
    [InlineData(1_000L, 2, 500L)]
    [InlineData(5L, 2, 3L)] // 2.5 rounds away from zero
    public void CostPerParticipant_RoundsToTheWon(long budget, int participants, long expected) =>
        PortfolioMath.CostPerParticipant(budget, participants).ShouldBe(expected);

    [Theory]
    [InlineData(null)]
    [InlineData(0)]
    public void CostPerParticipant_NobodyCounted_IsNull(int? participants) =>
        PortfolioMath.CostPerParticipant(1_000, participants).ShouldBeNull();

    [Fact]
    public void Balance_BothCountsHalf_UpperBandEdgeIsBalanced()
    {
        // Inward 600 + 100 (half of Both) = 700; outward 200 + 100 = 300; share 0.7 = the band's top: balanced.
        var balance = PortfolioMath.Balance([(Orientation.Inward, 600), (Orientation.Outward, 200), (Orientation.Both, 200)], 0.4, 0.7);

        balance.Inward.ShouldBe(700);
        balance.Outward.ShouldBe(300);
        balance.InwardShare!.Value.ShouldBe(0.7, 1e-12);
        balance.Status.ShouldBe(BalanceStatus.Balanced);
    }

    [Theory]
    [InlineData(800, 200, BalanceStatus.InwardHeavy)]   // 0.8 > 0.7
    [InlineData(300, 700, BalanceStatus.OutwardHeavy)]  // 0.3 < 0.4
    [InlineData(400, 600, BalanceStatus.Balanced)]      // 0.4 = the band's bottom
    [InlineData(0, 0, BalanceStatus.NoData)]
    public void Balance_ShareAgainstBand(double inward, double outward, BalanceStatus expected) =>
        PortfolioMath.Balance([(Orientation.Inward, inward), (Orientation.Outward, outward)], 0.4, 0.7).Status.ShouldBe(expected);

    [Fact]
    public void Execution_UnreportedLineIsNotAZero()
    {
        // Reported: 100 → 90 and 200 → 150, so 240 / 300 = 0.8; the unreported 50 only counts as planned.
        var rate = PortfolioMath.Execution([(100, 90), (50, null), (200, 150)]);

        rate.PlannedKrw.ShouldBe(350);
        rate.PlannedWithReportKrw.ShouldBe(300);
        rate.ExecutedKrw.ShouldBe(240);
        rate.Rate!.Value.ShouldBe(0.8, 1e-12);
    }

    [Fact]
    public void Execution_NothingReported_HasNoRate() =>
        PortfolioMath.Execution([(100, null)]).Rate.ShouldBeNull();
}
