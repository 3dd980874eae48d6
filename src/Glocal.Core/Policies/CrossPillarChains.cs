using Glocal.Core.Data;
using Glocal.Core.Investments;
using Microsoft.EntityFrameworkCore;

namespace Glocal.Core.Policies;

/// <summary>One exchange activity and what followed from it in the investment pipeline.</summary>
public sealed record ChainLink(
    Guid ActivityId, string Activity, DateOnly OccurredOn, string PartnerCity,
    int Leads, int Mous, int Arrived, long ArrivedKrw, int Jobs);

/// <summary>
/// The cross-pillar chain: exchange activity → investment lead → MOU → arrival → jobs. Built from the investment
/// module's link of each project to the activity it came from; confidential projects count but are never named.
/// </summary>
public sealed class CrossPillarChains(GlocalDbContext db)
{
    public async Task<List<ChainLink>> ForYearAsync(int? year, CancellationToken ct)
    {
        var projects = await db.InvestmentProjects.AsNoTracking()
            .Where(p => p.SourceActivityId != null)
            .Select(p => new
            {
                p.Id,
                ActivityId = p.SourceActivityId!.Value,
                HasMou = p.Mou != null,
                p.FurthestStage,
                Arrived = p.Tranches.Sum(t => t.AmountKrw),
            })
            .ToListAsync(ct);
        if (projects.Count == 0)
        {
            return [];
        }

        var activityIds = projects.Select(p => p.ActivityId).Distinct().ToList();
        var activities = await db.ExchangeActivities.AsNoTracking()
            .Where(a => activityIds.Contains(a.Id) && (year == null || a.OccurredOn.Year == year))
            .Select(a => new { a.Id, a.Title, a.OccurredOn, Partner = a.PartnerCity!.NameKo })
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
                from.Count(p => p.FurthestStage >= ProjectStage.Arrived),
                from.Sum(p => p.Arrived),
                from.Sum(p => jobs.GetValueOrDefault(p.Id)));
        }).OrderByDescending(c => c.OccurredOn).ThenBy(c => c.Activity, StringComparer.Ordinal)];
    }
}
