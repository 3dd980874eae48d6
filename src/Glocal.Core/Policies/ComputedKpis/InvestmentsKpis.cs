using Glocal.Core.Data;
using Microsoft.EntityFrameworkCore;

namespace Glocal.Core.Policies.ComputedKpis;

/// <summary>
/// Investment that actually arrived in the period, in won: tranches graded Arrived or Verified only, as the
/// investment module sums "arrived" (announced, MOU and notified money is a promise, not an arrival).
/// </summary>
public sealed class InvestmentsArrivedKrwKpi(GlocalDbContext db) : IComputedKpiProvider
{
    public string Code => "investments.arrived_krw";

    public string Module => "Investments";

    public string Unit => "원";

    public string Description => "Investment arrived (tranches graded Arrived or Verified) in the period, in won";

    public async Task<double?> ComputeAsync(DateOnly from, DateOnly to, CancellationToken ct) =>
        await db.InvestmentTranches.AsNoTracking()
            .Where(t => t.On >= from && t.On <= to && CrossPillarChains.ArrivedGrades.Contains(t.Grade))
            .SumAsync(t => t.AmountKrw, ct);
}

/// <summary>Investment MOUs signed in the period.</summary>
public sealed class InvestmentsMousSignedKpi(GlocalDbContext db) : IComputedKpiProvider
{
    public string Code => "investments.mous_signed";

    public string Module => "Investments";

    public string Unit => "건";

    public string Description => "Investment MOUs signed in the period";

    public async Task<double?> ComputeAsync(DateOnly from, DateOnly to, CancellationToken ct) =>
        await db.InvestmentMous.AsNoTracking().CountAsync(m => m.SignedOn >= from && m.SignedOn <= to, ct);
}

/// <summary>Direct jobs (Korean and foreign) reported for periods ending in the period.</summary>
public sealed class InvestmentsJobsKpi(GlocalDbContext db) : IComputedKpiProvider
{
    public string Code => "investments.jobs_created";

    public string Module => "Investments";

    public string Unit => "명";

    public string Description => "Direct jobs reported by invested companies for periods ending in the period";

    public async Task<double?> ComputeAsync(DateOnly from, DateOnly to, CancellationToken ct)
    {
        var reports = await db.JobsReports.AsNoTracking().Where(r => r.PeriodEnd >= from && r.PeriodEnd <= to).ToListAsync(ct);
        return reports.Sum(r => r.DirectTotal);
    }
}
