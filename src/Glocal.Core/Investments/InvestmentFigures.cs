namespace Glocal.Core.Investments;

/// <summary>What the figures need to know about one project; built from the database or by hand in tests.</summary>
public sealed record ProjectFacts(
    ProjectStage Stage,
    ProjectStage FurthestStage,
    DateOnly? MouSignedOn,
    long PledgedKrw,
    int PledgedJobs,
    IReadOnlyList<(DateOnly On, long AmountKrw, EvidenceGrade Grade)> Tranches,
    int? JobsReported,
    int? JobsVerified,
    IReadOnlyList<ComplianceStatus> Conditions,
    IReadOnlyList<(DateOnly DueOn, DateOnly? CompletedOn)> Milestones)
{
    /// <summary>The facts of a project with no MOU, money, incentive or jobs report: only its stages.</summary>
    public static ProjectFacts Bare(ProjectStage stage, ProjectStage furthest) => new(stage, furthest, null, 0, 0, [], null, null, [], []);

    /// <summary>The facts of a project loaded with its MOU, tranches, incentives and jobs reports.</summary>
    public static ProjectFacts Of(InvestmentProject p)
    {
        var latest = p.JobsReports.OrderByDescending(j => j.PeriodEnd).FirstOrDefault();
        var latestVerified = p.JobsReports.Where(j => j.IsVerified).OrderByDescending(j => j.PeriodEnd).FirstOrDefault();
        return new ProjectFacts(
            p.Stage,
            p.FurthestStage,
            p.Mou?.SignedOn,
            p.Mou?.PledgedKrw ?? 0,
            p.Mou?.PledgedJobs ?? 0,
            [.. p.Tranches.Select(t => (t.On, t.AmountKrw, t.Grade))],
            latest?.DirectTotal,
            latestVerified?.DirectTotal,
            [.. p.Incentives.SelectMany(i => i.Conditions).Select(c => c.Status)],
            [.. (p.Mou?.Milestones ?? []).Select(m => (m.DueOn, m.CompletedOn))]);
    }
}

/// <summary>One row of the funnel: projects that ever reached the stage, those in it now, and conversion from the row above.</summary>
public sealed record FunnelStep(ProjectStage Stage, int Reached, int Current, Ratio? Conversion);

/// <summary>Money totals in won by evidence grade, each including every stronger grade (ADR 0031).</summary>
public sealed record MoneyTotals(long PledgedKrw, long NotifiedKrw, long ArrivedKrw, long VerifiedKrw);

/// <summary>The computed figures of a set of projects (a municipality's pipeline, or one project).</summary>
public sealed record PipelineFigures(
    int Projects,
    int Active,
    int Lost,
    int Withdrawn,
    IReadOnlyList<FunnelStep> Funnel,
    MoneyTotals Money,
    Ratio Realisation,
    Ratio VerifiedRealisation,
    double? MedianLagDays,
    int MousSigned,
    int MousWithNothingArrived,
    int JobsPledged,
    int JobsReported,
    int JobsVerified,
    Ratio JobsRealisation,
    Ratio IncentiveCompliance,
    int OverdueMilestones)
{
    /// <summary>
    /// Computes every figure with integer arithmetic over won amounts.
    /// Realisation = arrived ÷ pledged over projects with an MOU (money that arrived without an MOU is in the
    /// totals but not in the rate). Lag = days from MOU signature to the first tranche graded Arrived or better;
    /// the median of an even count is the mean of the middle two. Jobs verified = each project's latest report
    /// checked by a method other than self-reporting. Compliance = met ÷ (met + breached) conditions.
    /// </summary>
    public static PipelineFigures Compute(IReadOnlyCollection<ProjectFacts> projects, DateOnly today)
    {
        var funnel = new List<FunnelStep>();
        int? previous = null;
        foreach (var stage in ProjectStages.MainPath)
        {
            var reached = projects.Count(p => p.FurthestStage >= stage);
            var current = projects.Count(p => p.Stage == stage);
            funnel.Add(new FunnelStep(stage, reached, current, previous is { } above ? new Ratio(reached, above) : null));
            previous = reached;
        }

        long Sum(IEnumerable<ProjectFacts> set, EvidenceGrade atLeast) =>
            set.SelectMany(p => p.Tranches).Where(t => t.Grade >= atLeast).Aggregate(0L, (total, t) => checked(total + t.AmountKrw));

        var withMou = projects.Where(p => p.MouSignedOn is not null).ToList();
        var pledged = withMou.Aggregate(0L, (total, p) => checked(total + p.PledgedKrw));
        var lags = withMou
            .Select(p => p.Tranches.Where(t => t.Grade >= EvidenceGrade.Arrived).Select(t => (DateOnly?)t.On).Min() is { } first
                ? first.DayNumber - p.MouSignedOn!.Value.DayNumber
                : (int?)null)
            .OfType<int>().Order().ToList();
        var conditions = projects.SelectMany(p => p.Conditions).ToList();
        var met = conditions.Count(c => c == ComplianceStatus.Met);
        var checkedCount = met + conditions.Count(c => c == ComplianceStatus.Breached);
        var jobsPledged = withMou.Sum(p => p.PledgedJobs);
        var jobsVerified = projects.Sum(p => p.JobsVerified ?? 0);

        return new PipelineFigures(
            Projects: projects.Count,
            Active: projects.Count(p => !p.Stage.IsClosed()),
            Lost: projects.Count(p => p.Stage == ProjectStage.Lost),
            Withdrawn: projects.Count(p => p.Stage == ProjectStage.Withdrawn),
            Funnel: funnel,
            Money: new MoneyTotals(pledged, Sum(projects, EvidenceGrade.Notified), Sum(projects, EvidenceGrade.Arrived), Sum(projects, EvidenceGrade.Verified)),
            Realisation: new Ratio(Sum(withMou, EvidenceGrade.Arrived), pledged),
            VerifiedRealisation: new Ratio(Sum(withMou, EvidenceGrade.Verified), pledged),
            MedianLagDays: Median(lags),
            MousSigned: withMou.Count,
            MousWithNothingArrived: withMou.Count(p => !p.Tranches.Any(t => t.Grade >= EvidenceGrade.Arrived)),
            JobsPledged: jobsPledged,
            JobsReported: projects.Sum(p => p.JobsReported ?? 0),
            JobsVerified: jobsVerified,
            JobsRealisation: new Ratio(withMou.Sum(p => p.JobsVerified ?? 0), jobsPledged),
            IncentiveCompliance: new Ratio(met, checkedCount),
            OverdueMilestones: projects.Where(p => !p.Stage.IsClosed()).SelectMany(p => p.Milestones).Count(m => m.CompletedOn is null && m.DueOn < today));
    }

    private static double? Median(List<int> sorted) => sorted.Count switch
    {
        0 => null,
        var n when n % 2 == 1 => sorted[n / 2],
        var n => (sorted[(n / 2) - 1] + sorted[n / 2]) / 2.0,
    };
}
