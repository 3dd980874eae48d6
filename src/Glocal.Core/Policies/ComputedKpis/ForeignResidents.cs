using Glocal.Core.Data;
using Microsoft.EntityFrameworkCore;

namespace Glocal.Core.Policies.ComputedKpis;

/// <summary>The denominator of the per-1,000 KPIs: the latest MOIS foreign-resident figure on or before a date.</summary>
public sealed class ForeignResidents(GlocalDbContext db)
{
    public async Task<double?> OnAsync(DateOnly date, CancellationToken ct)
    {
        var municipalityId = db.CurrentMunicipalityId;
        return await db.PublicStatistics.AsNoTracking()
            .Where(s => s.MunicipalityId == municipalityId && s.Indicator == "foreign_residents" && s.Definition == "MOIS" && s.ReferenceDate <= date)
            .OrderByDescending(s => s.ReferenceDate).Select(s => (double?)s.Value).FirstOrDefaultAsync(ct);
    }

    /// <summary>count × 1,000 / foreign residents, to four decimals; null without a figure.</summary>
    public async Task<double?> Per1000Async(DateOnly date, double count, CancellationToken ct) =>
        await OnAsync(date, ct) is > 0 and var residents ? Math.Round(count * 1000 / residents, 4) : null;
}
