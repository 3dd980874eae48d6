using Glocal.Core.Benchmark.Statistics;
using Glocal.Core.Data;
using Glocal.Core.Demo;
using Microsoft.EntityFrameworkCore;

namespace Glocal.Core.Benchmark.Demo;

/// <summary>
/// Writes the demo statistics once (they cover every region, not only the municipality being seeded): the series
/// with their publishers and licences, real figures unflagged, synthetic figures flagged.
/// </summary>
public sealed class BenchmarkDemoSeeder(GlocalDbContext db) : IDemoModuleSeeder
{
    public async Task SeedAsync(string municipalityCode, CancellationToken ct)
    {
        if (await db.StatisticSeries.AnyAsync(ct))
        {
            return;
        }

        var series = SeriesCatalogue.BuiltIn.Concat(DemoStatistics.Series).Select(StatisticsStore.NewSeries).ToDictionary(s => s.Code, StringComparer.Ordinal);
        db.StatisticSeries.AddRange(series.Values);
        var registry = await db.Municipalities.AsNoTracking().ToListAsync(ct);
        foreach (var figure in DemoStatistics.Generate(registry))
        {
            db.StatisticObservations.Add(new StatisticObservation
            {
                Id = Guid.CreateVersion7(),
                SeriesId = series[figure.Series].Id,
                RegionCode = figure.Region.Code,
                MunicipalityId = figure.Region.Id,
                ReferenceDate = figure.ReferenceDate,
                Year = figure.ReferenceDate.Year,
                Value = figure.Value,
                IsSynthetic = figure.IsSynthetic,
            });
        }

        foreach (var (code, date, value) in DemoStatistics.NationalFigures)
        {
            db.StatisticObservations.Add(new StatisticObservation
            {
                Id = Guid.CreateVersion7(),
                SeriesId = series[code].Id,
                RegionCode = StatisticObservation.National,
                ReferenceDate = date,
                Year = date.Year,
                Value = value,
            });
        }

        await db.SaveChangesAsync(ct);
    }
}
