using Glocal.Core.Benchmark.Statistics;
using Glocal.Core.Data;
using Microsoft.EntityFrameworkCore;

namespace Glocal.Core.Policies.ComputedKpis;

/// <summary>The denominator of the per-1,000 KPIs: the latest MOIS foreign-resident figure on or before a date.</summary>
public sealed class ForeignResidents(GlocalDbContext db)
{
    public async Task<double?> OnAsync(DateOnly date, CancellationToken ct)
    {
        var municipalityId = db.CurrentMunicipalityId;
        return await (from o in db.StatisticObservations.AsNoTracking()
                      join s in db.StatisticSeries on o.SeriesId equals s.Id
                      where s.Code == SeriesCatalogue.ForeignResidents && o.MunicipalityId == municipalityId && o.Breakdown == "" && o.ReferenceDate <= date
                      orderby o.IsSynthetic, o.ReferenceDate descending
                      select (double?)o.Value).FirstOrDefaultAsync(ct);
    }

    /// <summary>count × 1,000 / foreign residents, to four decimals; null without a figure.</summary>
    public async Task<double?> Per1000Async(DateOnly date, double count, CancellationToken ct) =>
        await OnAsync(date, ct) is > 0 and var residents ? Math.Round(count * 1000 / residents, 4) : null;
}
