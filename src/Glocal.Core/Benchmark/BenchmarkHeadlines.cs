using Glocal.Core.Benchmark.Statistics;
using Glocal.Core.Data;
using Microsoft.EntityFrameworkCore;

namespace Glocal.Core.Benchmark;

public sealed record HeadlineFigure(double Value, DateOnly ReferenceDate, string Definition, bool IsSynthetic);

public sealed record HeadlineRank(int Rank, int Of, bool IncludesSynthetic);

/// <summary>The dashboard's benchmark figures for one municipality: its MOIS foreign residents and their rank.</summary>
public sealed class BenchmarkHeadlines(GlocalDbContext db)
{
    /// <summary>The latest MOIS foreign-resident count, preferring an official figure over a synthetic one.</summary>
    public async Task<HeadlineFigure?> ForeignResidentsAsync(int municipalityId, CancellationToken ct) =>
        await (from o in db.StatisticObservations.AsNoTracking()
               join s in db.StatisticSeries on o.SeriesId equals s.Id
               where s.Code == SeriesCatalogue.ForeignResidents && o.MunicipalityId == municipalityId && o.Breakdown == ""
               orderby o.IsSynthetic, o.ReferenceDate descending
               select new HeadlineFigure(o.Value, o.ReferenceDate, s.Definition, o.IsSynthetic)).FirstOrDefaultAsync(ct);

    /// <summary>
    /// Rank by foreign residents among the local governments with a figure at the same reference date — official
    /// figures only when the municipality's own is official, so a synthetic demo figure never outranks a real one.
    /// </summary>
    public async Task<HeadlineRank?> ForeignResidentRankAsync(int municipalityId, HeadlineFigure figure, CancellationToken ct)
    {
        var peers = from o in db.StatisticObservations.AsNoTracking()
                    join s in db.StatisticSeries on o.SeriesId equals s.Id
                    join m in db.Municipalities on o.MunicipalityId equals m.Id
                    where s.Code == SeriesCatalogue.ForeignResidents && o.Breakdown == "" && o.ReferenceDate == figure.ReferenceDate
                        && m.Kind == Tenancy.MunicipalityKind.LocalGovernment && (figure.IsSynthetic || !o.IsSynthetic)
                    select o;
        var of = await peers.CountAsync(ct);
        if (of == 0)
        {
            return null;
        }

        return new HeadlineRank(await peers.CountAsync(o => o.Value > figure.Value, ct) + 1, of, await peers.AnyAsync(o => o.IsSynthetic, ct));
    }
}
