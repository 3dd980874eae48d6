using Glocal.Core.Benchmark.Index;
using Glocal.Core.Data;
using Glocal.Core.Investments;
using Microsoft.EntityFrameworkCore;

namespace Glocal.Core.Benchmark.Providers;

/// <summary>Investment money received in the year at or above an evidence grade, in million won (the demo series' unit).</summary>
public abstract class InvestmentMoneyProvider(GlocalDbContext db, EvidenceGrade atLeast) : IBenchmarkIndicatorProvider
{
    public abstract string Name { get; }

    public async Task<IReadOnlyList<(int MunicipalityId, int Year, double Value)>> ReadAsync(IReadOnlyCollection<int> municipalityIds, IReadOnlyList<int> years, CancellationToken ct)
    {
        var from = new DateOnly(years.Min(), 1, 1);
        var to = ModuleFigureGrid.YearEnd(years.Max());
        var tranches = await db.InvestmentTranches.IgnoreQueryFilters().AsNoTracking()
            .Where(t => municipalityIds.Contains(t.MunicipalityId) && t.Grade >= atLeast && t.On >= from && t.On <= to)
            .Select(t => new { t.MunicipalityId, t.On, t.AmountKrw }).ToListAsync(ct);
        return ModuleFigureGrid.Fill(municipalityIds, years, (id, year) =>
            (double)Math.Round(tranches.Where(t => t.MunicipalityId == id && t.On.Year == year).Sum(t => (decimal)t.AmountKrw) / 1_000_000m, 3));
    }
}

/// <summary>Investment that arrived (도착) in the year — arrived and verified tranches — in million won.</summary>
public sealed class InvestmentArrivedProvider(GlocalDbContext db) : InvestmentMoneyProvider(db, EvidenceGrade.Arrived)
{
    public override string Name => "investments.arrived";
}

/// <summary>Investment verified in the year (bank or audit evidence), in million won.</summary>
public sealed class InvestmentVerifiedProvider(GlocalDbContext db) : InvestmentMoneyProvider(db, EvidenceGrade.Verified)
{
    public override string Name => "investments.verified";
}

/// <summary>
/// Verified direct jobs on 31 December: per project, the latest report up to then that was checked (employment
/// insurance, site inspection or payroll), summed. A self-reported figure never counts.
/// </summary>
public sealed class InvestmentVerifiedJobsProvider(GlocalDbContext db) : IBenchmarkIndicatorProvider
{
    public string Name => "investments.verified_jobs";

    public async Task<IReadOnlyList<(int MunicipalityId, int Year, double Value)>> ReadAsync(IReadOnlyCollection<int> municipalityIds, IReadOnlyList<int> years, CancellationToken ct)
    {
        var to = ModuleFigureGrid.YearEnd(years.Max());
        var reports = await db.JobsReports.IgnoreQueryFilters().AsNoTracking()
            .Where(r => municipalityIds.Contains(r.MunicipalityId) && r.Verification != JobsVerification.SelfReported && r.PeriodEnd <= to)
            .ToListAsync(ct);
        return ModuleFigureGrid.Fill(municipalityIds, years, (id, year) =>
        {
            var end = ModuleFigureGrid.YearEnd(year);
            return reports.Where(r => r.MunicipalityId == id && r.PeriodEnd <= end).GroupBy(r => r.ProjectId)
                .Sum(g => g.OrderByDescending(r => r.PeriodEnd).First().DirectTotal);
        });
    }
}
