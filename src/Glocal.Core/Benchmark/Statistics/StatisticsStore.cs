using Glocal.Core.Data;
using Glocal.Core.Shared;
using Microsoft.EntityFrameworkCore;

namespace Glocal.Core.Benchmark.Statistics;

public sealed record SeriesSummary(string Code, string NameKo, string NameEn, string Definition, string Publisher, string Unit, string Licence,
    string? Description, int Observations, int? FirstYear, int? LastYear, bool HasSyntheticFigures);

/// <summary>One figure with its provenance; <see cref="IsSynthetic"/> figures are demo data, never official.</summary>
public sealed record ObservationRow(string Series, string RegionCode, string? RegionNameKo, string? RegionNameEn, string Breakdown,
    DateOnly ReferenceDate, int Year, double Value, string Unit, string Definition, string Publisher, string Licence, bool IsSynthetic);

public sealed record ImportSummary(Guid Id, string FileName, string Kind, string Sha256, DateTime ImportedAt, string? ImportedBy, int Rows, int Created, int Updated, int Unchanged);

/// <summary>Filters of the observation list; <see cref="Search"/> matches the series code or the region's name.</summary>
public sealed record ObservationFilter(string? Series = null, string? Region = null, int? Year = null, string? Search = null, bool IncludeBreakdowns = false, string? Sort = null);

/// <summary>Series definitions and the reads over the statistics store.</summary>
public sealed class StatisticsStore(GlocalDbContext db)
{
    public static StatisticSeries NewSeries(SeriesDefinition d) => new()
    {
        Id = Guid.CreateVersion7(),
        Code = d.Code,
        NameKo = d.NameKo,
        NameEn = d.NameEn,
        Definition = d.Definition,
        Publisher = d.Publisher,
        Unit = d.Unit,
        Licence = d.Licence,
        Description = d.Description,
    };

    /// <summary>Creates a series or updates its description; its definition never changes once it holds figures.</summary>
    public async Task<SeriesSummary> DefineAsync(SeriesDefinition definition, CancellationToken ct)
    {
        var series = await db.StatisticSeries.SingleOrDefaultAsync(s => s.Code == definition.Code, ct);
        if (series is null)
        {
            db.StatisticSeries.Add(NewSeries(definition));
        }
        else
        {
            if (series.Definition != definition.Definition && await db.StatisticObservations.AnyAsync(o => o.SeriesId == series.Id, ct))
            {
                throw new BusinessRuleException("definition_mixed",
                    $"Series '{series.Code}' holds {series.Definition} figures; define a new series for {definition.Definition} figures.", 409);
            }

            series.NameKo = definition.NameKo;
            series.NameEn = definition.NameEn;
            series.Definition = definition.Definition;
            series.Publisher = definition.Publisher;
            series.Unit = definition.Unit;
            series.Licence = definition.Licence;
            series.Description = definition.Description;
        }

        await db.SaveChangesAsync(ct);
        return await GetSeriesAsync(definition.Code, ct);
    }

    public async Task<IReadOnlyList<SeriesSummary>> ListSeriesAsync(CancellationToken ct) =>
        await SeriesQuery().OrderBy(s => s.Code).ToListAsync(ct);

    public async Task<SeriesSummary> GetSeriesAsync(string code, CancellationToken ct) =>
        await SeriesQuery().SingleOrDefaultAsync(s => s.Code == code, ct) ?? throw new NotFoundException(nameof(StatisticSeries), code);

    private IQueryable<SeriesSummary> SeriesQuery() =>
        db.StatisticSeries.AsNoTracking().Select(s => new SeriesSummary(s.Code, s.NameKo, s.NameEn, s.Definition, s.Publisher, s.Unit, s.Licence, s.Description,
            db.StatisticObservations.Count(o => o.SeriesId == s.Id),
            db.StatisticObservations.Where(o => o.SeriesId == s.Id).Min(o => (int?)o.Year),
            db.StatisticObservations.Where(o => o.SeriesId == s.Id).Max(o => (int?)o.Year),
            db.StatisticObservations.Any(o => o.SeriesId == s.Id && o.IsSynthetic)));

    public async Task<Page<ObservationRow>> ListObservationsAsync(ObservationFilter filter, PageRequest page, CancellationToken ct)
    {
        var query = Observations(filter);
        var total = await query.CountAsync(ct);
        var items = await Project(Sorted(query, filter.Sort).Skip(page.Skip).Take(page.PageSize)).ToListAsync(ct);
        return new Page<ObservationRow>(items, page.Page, page.PageSize, total);
    }

    /// <summary>Every matching figure (for export), capped so a download stays a download.</summary>
    public async Task<IReadOnlyList<ObservationRow>> ExportObservationsAsync(ObservationFilter filter, CancellationToken ct) =>
        await Project(Sorted(Observations(filter), filter.Sort).Take(100_000)).ToListAsync(ct);

    public async Task<IReadOnlyList<ImportSummary>> ListImportsAsync(CancellationToken ct) =>
        await db.StatisticImports.AsNoTracking().OrderByDescending(i => i.ImportedAt)
            .Select(i => new ImportSummary(i.Id, i.FileName, i.Kind, i.Sha256, i.ImportedAt, i.ImportedBy, i.Rows, i.Created, i.Updated, i.Unchanged))
            .Take(500).ToListAsync(ct);

    /// <summary>A member-initialised shape, so EF can keep composing filters and sorts over the join.</summary>
    private sealed class Joined
    {
        public required StatisticObservation O { get; init; }

        public required StatisticSeries S { get; init; }

        public Tenancy.Municipality? M { get; init; }
    }

    private IQueryable<Joined> Observations(ObservationFilter filter)
    {
        var query = from o in db.StatisticObservations.AsNoTracking()
                    join s in db.StatisticSeries on o.SeriesId equals s.Id
                    join m in db.Municipalities on o.MunicipalityId equals m.Id into regions
                    from m in regions.DefaultIfEmpty()
                    select new Joined { O = o, S = s, M = m };
        if (!string.IsNullOrWhiteSpace(filter.Series))
        {
            query = query.Where(x => x.S.Code == filter.Series);
        }

        if (!string.IsNullOrWhiteSpace(filter.Region))
        {
            query = query.Where(x => x.O.RegionCode == filter.Region);
        }

        if (filter.Year is { } year)
        {
            query = query.Where(x => x.O.Year == year);
        }

        if (!filter.IncludeBreakdowns)
        {
            query = query.Where(x => x.O.Breakdown == "");
        }

        if (!string.IsNullOrWhiteSpace(filter.Search))
        {
            var term = filter.Search.Trim();
            query = query.Where(x => x.S.Code.Contains(term) || x.O.Breakdown.Contains(term) || (x.M != null && (x.M.NameKo.Contains(term) || x.M.NameEn.ToLower().Contains(term.ToLower()))));
        }

        return query;
    }

    private static IQueryable<ObservationRow> Project(IQueryable<Joined> query) =>
        query.Select(x => new ObservationRow(x.S.Code, x.O.RegionCode, x.M == null ? null : x.M.NameKo, x.M == null ? null : x.M.NameEn, x.O.Breakdown,
            x.O.ReferenceDate, x.O.Year, x.O.Value, x.S.Unit, x.S.Definition, x.S.Publisher, x.S.Licence, x.O.IsSynthetic));

    private static IQueryable<Joined> Sorted(IQueryable<Joined> query, string? sort) => sort switch
    {
        "value" => query.OrderBy(x => x.O.Value).ThenBy(x => x.O.Id),
        "-value" => query.OrderByDescending(x => x.O.Value).ThenBy(x => x.O.Id),
        "region" => query.OrderBy(x => x.O.RegionCode).ThenBy(x => x.S.Code).ThenBy(x => x.O.Id),
        "-date" => query.OrderByDescending(x => x.O.ReferenceDate).ThenBy(x => x.O.RegionCode).ThenBy(x => x.O.Id),
        _ => query.OrderBy(x => x.S.Code).ThenBy(x => x.O.RegionCode).ThenBy(x => x.O.Breakdown).ThenBy(x => x.O.ReferenceDate),
    };
}
