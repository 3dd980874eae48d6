using Glocal.Core.Data;
using Glocal.Core.Investments;
using Microsoft.EntityFrameworkCore;

namespace Glocal.Core.Policies;

/// <summary>One exchange activity and what followed from it in the investment pipeline.</summary>
public sealed record ChainLink(
    Guid ActivityId, string Activity, DateOnly OccurredOn, string PartnerCity,
    int Leads, int Mous, int Arrived, long ArrivedKrw, int Jobs);

/// <summary>The chain summed over every activity listed (a project comes from one activity, so nothing counts twice).</summary>
public sealed record ChainTotals(int Activities, int Leads, int Mous, int Arrived, long ArrivedKrw, int Jobs)
{
    public static ChainTotals Of(IReadOnlyCollection<ChainLink> links) => new(
        links.Count, links.Sum(l => l.Leads), links.Sum(l => l.Mous), links.Sum(l => l.Arrived),
        links.Aggregate(0L, (total, l) => checked(total + l.ArrivedKrw)), links.Sum(l => l.Jobs));
}

/// <summary>
/// The cross-pillar chain: exchange activity → investment lead → MOU → arrival → jobs. Built from the investment
/// module's link of each project to the activity it came from; confidential projects count but are never named
/// (no project is named here at all: the chain is told per activity).
/// </summary>
public sealed class CrossPillarChains(GlocalDbContext db)
{
    /// <summary>
    /// Grades that prove money arrived (ADR 0031, as <see cref="PipelineFigures"/> sums "arrived"): announced, MOU
    /// and notified money is a promise. The grade is stored as text, so the filter names the grades instead of
    /// comparing (a string comparison in SQL would not follow the enum's order).
    /// </summary>
    internal static readonly Investments.EvidenceGrade[] ArrivedGrades = [Investments.EvidenceGrade.Arrived, Investments.EvidenceGrade.Verified];

    public async Task<List<ChainLink>> ForYearAsync(int? year, CancellationToken ct)
    {
        var activities = await db.ExchangeActivities.AsNoTracking()
            .Where(a => db.InvestmentProjects.Any(p => p.SourceActivityId == a.Id) && (year == null || a.OccurredOn.Year == year))
            .Select(a => new { a.Id, a.Title, a.OccurredOn, Partner = a.PartnerCity!.NameKo })
            .ToListAsync(ct);
        if (activities.Count == 0)
        {
            return [];
        }

        var activityIds = activities.Select(a => a.Id).ToList();
        var projects = await db.InvestmentProjects.AsNoTracking()
            .Where(p => p.SourceActivityId != null && activityIds.Contains(p.SourceActivityId.Value))
            .Select(p => new
            {
                p.Id,
                ActivityId = p.SourceActivityId!.Value,
                HasMou = p.Mou != null,
                p.FurthestStage,
                HasArrivedTranche = p.Tranches.Any(t => ArrivedGrades.Contains(t.Grade)),
                ArrivedKrw = p.Tranches.Where(t => ArrivedGrades.Contains(t.Grade)).Sum(t => t.AmountKrw),
            })
            .ToListAsync(ct);
        var projectIds = projects.Select(p => p.Id).ToList();
        var jobs = (await db.JobsReports.AsNoTracking().Where(r => projectIds.Contains(r.ProjectId)).ToListAsync(ct))
            .GroupBy(r => r.ProjectId)
            // A report covers a period; the latest one says how many work there now.
            .ToDictionary(g => g.Key, g => g.OrderByDescending(r => r.PeriodEnd).First().DirectTotal);

        return [.. activities.Select(a =>
        {
            var from = projects.Where(p => p.ActivityId == a.Id).ToList();
            return new ChainLink(
                a.Id, a.Title, a.OccurredOn, a.Partner,
                from.Count,
                from.Count(p => p.HasMou || p.FurthestStage >= ProjectStage.Mou),
                // Arrived = the investment module's funnel says so (the project reached the Arrived stage) or money
                // graded Arrived/Verified came in before anyone moved the stage; either is evidence of arrival,
                // a promise (announced, MOU, notified) is not (ADR 0062).
                from.Count(p => p.FurthestStage >= ProjectStage.Arrived || p.HasArrivedTranche),
                from.Aggregate(0L, (total, p) => checked(total + p.ArrivedKrw)),
                from.Sum(p => jobs.GetValueOrDefault(p.Id)));
        }).OrderByDescending(c => c.OccurredOn).ThenBy(c => c.Activity, StringComparer.Ordinal)];
    }
}
