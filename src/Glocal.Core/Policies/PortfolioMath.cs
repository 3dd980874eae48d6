namespace Glocal.Core.Policies;

/// <summary>What the showcase score needs to know about one programme.</summary>
public sealed record ShowcaseFacts(
    ProgrammeMode Mode,
    DateOnly StartDate,
    DateOnly? EndDate,
    int? Participants,
    long BudgetKrw,
    bool HasOutcomeKpi,
    IReadOnlyList<DateOnly> OutputDates);

/// <summary>One reason a programme looks like a showcase, with the points it adds.</summary>
public sealed record ShowcaseReason(string Code, int Points, string Detail);

public sealed record ShowcaseScore(int Score, bool Flagged, IReadOnlyList<ShowcaseReason> Reasons);

/// <summary>Inward and outward amounts of one measure (budget, staff or activity) and where the inward share sits.</summary>
public sealed record BalanceMeasure(double Inward, double Outward, double? InwardShare, BalanceStatus Status);

public sealed record ExecutionRate(long PlannedKrw, long ExecutedKrw, long PlannedWithReportKrw, double? Rate);

/// <summary>
/// The portfolio's judgements as pure functions: no EF, no clock (today is a parameter), so every figure can
/// be checked by hand in unit tests.
/// </summary>
public static class PortfolioMath
{
    public const string ReasonOneOff = "one_off";
    public const string ReasonHighCost = "high_cost_per_participant";
    public const string ReasonNoOutcomeKpi = "no_outcome_kpi";
    public const string ReasonNoFollowUp = "no_follow_up";

    /// <summary>
    /// Showcase score 0–100: the sum of the points of each reason that applies. One-off mode; cost per
    /// participant above the threshold; no outcome KPI; for a one-off programme, no output recorded for a period
    /// ending after the event and within <see cref="PoliciesOptions.FollowUpMonths"/> of it.
    /// </summary>
    public static ShowcaseScore Showcase(ShowcaseFacts facts, PoliciesOptions options)
    {
        var reasons = new List<ShowcaseReason>();
        if (facts.Mode == ProgrammeMode.OneOff)
        {
            reasons.Add(new(ReasonOneOff, options.WeightOneOff, "One-off programme"));
        }

        if (CostPerParticipant(facts.BudgetKrw, facts.Participants) is { } cost && cost > options.HighCostPerParticipantKrw)
        {
            reasons.Add(new(ReasonHighCost, options.WeightHighCostPerParticipant,
                $"{cost:N0} won per participant (threshold {options.HighCostPerParticipantKrw:N0})"));
        }

        if (!facts.HasOutcomeKpi)
        {
            reasons.Add(new(ReasonNoOutcomeKpi, options.WeightNoOutcomeKpi, "No outcome KPI"));
        }

        if (facts.Mode == ProgrammeMode.OneOff)
        {
            var end = facts.EndDate ?? facts.StartDate;
            var windowEnd = end.AddMonths(options.FollowUpMonths);
            if (!facts.OutputDates.Any(d => d > end && d <= windowEnd))
            {
                reasons.Add(new(ReasonNoFollowUp, options.WeightNoFollowUp, $"No follow-up output within {options.FollowUpMonths} months"));
            }
        }

        var score = Math.Min(100, reasons.Sum(r => r.Points));
        return new ShowcaseScore(score, score >= options.ShowcaseThreshold, reasons);
    }

    /// <summary>Budget divided by participants, rounded to the won; null when nobody is counted.</summary>
    public static long? CostPerParticipant(long budgetKrw, int? participants) =>
        participants is > 0 ? (long)Math.Round((double)budgetKrw / participants.Value, MidpointRounding.AwayFromZero) : null;

    /// <summary>Splits an amount by orientation: a programme serving both counts half to each side.</summary>
    public static (double Inward, double Outward) Split(Orientation orientation, double amount) => orientation switch
    {
        Orientation.Inward => (amount, 0),
        Orientation.Outward => (0, amount),
        Orientation.Both => (amount / 2, amount / 2),
        _ => throw new ArgumentOutOfRangeException(nameof(orientation)),
    };

    /// <summary>Sums (orientation, amount) pairs and places the inward share against the band [min, max].</summary>
    public static BalanceMeasure Balance(IEnumerable<(Orientation Orientation, double Amount)> items, double inwardMin, double inwardMax)
    {
        double inward = 0, outward = 0;
        foreach (var (orientation, amount) in items)
        {
            var (i, o) = Split(orientation, amount);
            inward += i;
            outward += o;
        }

        var total = inward + outward;
        if (total <= 0)
        {
            return new BalanceMeasure(inward, outward, null, BalanceStatus.NoData);
        }

        var share = inward / total;
        var status = share > inwardMax ? BalanceStatus.InwardHeavy : share < inwardMin ? BalanceStatus.OutwardHeavy : BalanceStatus.Balanced;
        return new BalanceMeasure(inward, outward, share, status);
    }

    /// <summary>
    /// Executed over planned, counting only lines whose execution has been reported (an unreported line is not
    /// a zero). Null when no line has a report.
    /// </summary>
    public static ExecutionRate Execution(IEnumerable<(long Planned, long? Executed)> lines)
    {
        long planned = 0, executed = 0, reportedPlanned = 0;
        foreach (var (p, e) in lines)
        {
            planned += p;
            if (e is { } done)
            {
                executed += done;
                reportedPlanned += p;
            }
        }

        return new ExecutionRate(planned, executed, reportedPlanned, reportedPlanned > 0 ? (double)executed / reportedPlanned : null);
    }
}
