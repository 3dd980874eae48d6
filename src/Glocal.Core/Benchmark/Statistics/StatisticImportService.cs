using System.Security.Cryptography;
using Glocal.Core.Data;
using Glocal.Core.Shared;
using Glocal.Core.Shared.Tabular;
using Glocal.Core.Tenancy;
using Microsoft.EntityFrameworkCore;

namespace Glocal.Core.Benchmark.Statistics;

/// <summary>
/// Reads a statistics file with the parser its kind names, checks it as a whole (duplicates, unknown regions,
/// totals, definitions) and stores it all or nothing. Importing the same file again changes nothing.
/// </summary>
public sealed class StatisticImportService(GlocalDbContext db, TenantContext tenant, TimeProvider clock)
{
    /// <param name="dryRun">Validate and report what would change, without storing anything.</param>
    /// <exception cref="ImportRejectedException">The file has problems; the report lists every one of them.</exception>
    public async Task<ImportReport> ImportAsync(Stream content, string fileName, StatisticImportRequest request, bool dryRun, CancellationToken ct)
    {
        if (!StatisticFileKinds.All.Contains(request.Kind))
        {
            throw new BusinessRuleException("benchmark_import_kind", $"Unknown file kind '{request.Kind}'; use one of {string.Join(", ", StatisticFileKinds.All)}.", 400);
        }

        using var buffer = new MemoryStream();
        await content.CopyToAsync(buffer, ct);
        var sha = Convert.ToHexStringLower(SHA256.HashData(buffer.GetBuffer().AsSpan(0, (int)buffer.Length)));
        buffer.Position = 0;
        var table = TableReader.Read(buffer, fileName);

        var stored = await db.StatisticSeries.AsNoTracking().ToDictionaryAsync(s => s.Code, StringComparer.Ordinal, ct);
        var known = SeriesCatalogue.BuiltIn.ToDictionary(s => s.Code, s => s.Definition, StringComparer.Ordinal);
        foreach (var (code, series) in stored)
        {
            known[code] = series.Definition;
        }

        var regions = new RegionDirectory(await db.Municipalities.AsNoTracking().ToListAsync(ct));
        var context = new ParseContext(table, request, regions, known);
        Parse(context);
        CheckDuplicates(context);
        foreach (var code in context.Observations.Select(o => o.SeriesCode).Distinct())
        {
            if (SeriesCatalogue.Find(code) is { } builtIn && stored.TryGetValue(code, out var existing) && existing.Definition != builtIn.Definition)
            {
                context.Issue(0, null, "definition_mixed", $"Series '{code}' is stored as {existing.Definition} but this file holds {builtIn.Definition} figures.");
            }
        }

        if (context.Issues.Count == 0 && context.Observations.Count == 0)
        {
            context.Issue(0, null, "no_figures", "The file holds no figures.");
        }

        if (context.Issues.Count > 0)
        {
            throw new ImportRejectedException(new ImportReport(fileName, table.Rows.Count, 0, 0, 0,
                [.. context.Issues.OrderBy(i => i.Row).ThenBy(i => i.Column, StringComparer.Ordinal)]));
        }

        return await StoreAsync(context, fileName, request.Kind, sha, stored, dryRun, ct);
    }

    private static void Parse(ParseContext context)
    {
        switch (context.Request.Kind)
        {
            case StatisticFileKinds.MoisType:
                MoisTypeParser.Parse(context);
                break;
            case StatisticFileKinds.MoisNationality:
                MoisNationalityParser.Parse(context);
                break;
            case StatisticFileKinds.MojNationalityStatus:
                MojNationalityStatusParser.Parse(context);
                break;
            case StatisticFileKinds.Population:
                GenericParser.ParsePopulation(context);
                break;
            case StatisticFileKinds.LongTable:
                GenericParser.ParseLong(context);
                break;
            default:
                GenericParser.ParseWide(context);
                break;
        }
    }

    /// <summary>The same figure twice (series, region, breakdown, date) is a duplicated row, never a second value.</summary>
    private static void CheckDuplicates(ParseContext context)
    {
        var seen = new Dictionary<(string, string, string, DateOnly), ParsedObservation>();
        foreach (var o in context.Observations)
        {
            if (!seen.TryAdd((o.SeriesCode, o.RegionCode, o.Breakdown, o.ReferenceDate), o))
            {
                var first = seen[(o.SeriesCode, o.RegionCode, o.Breakdown, o.ReferenceDate)];
                context.Issue(o.Row, null, "duplicate_row",
                    $"{(o.Breakdown.Length > 0 ? $"'{o.Breakdown}'" : o.SeriesCode)} for region {o.RegionCode} on {o.ReferenceDate:yyyy-MM-dd} appears again (first on row {first.Row}).");
            }
        }
    }

    private async Task<ImportReport> StoreAsync(ParseContext context, string fileName, string kind, string sha,
        Dictionary<string, StatisticSeries> stored, bool dryRun, CancellationToken ct)
    {
        var seriesIds = new Dictionary<string, Guid>(StringComparer.Ordinal);
        foreach (var code in context.Observations.Select(o => o.SeriesCode).Distinct())
        {
            if (stored.TryGetValue(code, out var series))
            {
                seriesIds[code] = series.Id;
            }
            else
            {
                var definition = SeriesCatalogue.Find(code)!;
                var created = StatisticsStore.NewSeries(definition);
                db.StatisticSeries.Add(created);
                seriesIds[code] = created.Id;
            }
        }

        var ids = seriesIds.Values.ToList();
        var dates = context.Observations.Select(o => o.ReferenceDate).Distinct().ToList();
        var existing = (await db.StatisticObservations.Where(o => ids.Contains(o.SeriesId) && dates.Contains(o.ReferenceDate)).ToListAsync(ct))
            .ToDictionary(o => (o.SeriesId, o.RegionCode, o.Breakdown, o.ReferenceDate));
        var import = new StatisticImport
        {
            Id = Guid.CreateVersion7(),
            FileName = fileName,
            Kind = kind,
            Sha256 = sha,
            ImportedAt = clock.GetUtcNow().UtcDateTime,
            ImportedBy = tenant.UserName,
            Rows = context.Table.Rows.Count,
        };
        foreach (var o in context.Observations)
        {
            var seriesId = seriesIds[o.SeriesCode];
            if (existing.TryGetValue((seriesId, o.RegionCode, o.Breakdown, o.ReferenceDate), out var current))
            {
                if (current.Value.Equals(o.Value) && !current.IsSynthetic)
                {
                    import.Unchanged++;
                    continue;
                }

                current.Value = o.Value;
                current.IsSynthetic = false;
                current.ImportId = import.Id;
                import.Updated++;
                continue;
            }

            db.StatisticObservations.Add(new StatisticObservation
            {
                Id = Guid.CreateVersion7(),
                SeriesId = seriesId,
                RegionCode = o.RegionCode,
                MunicipalityId = o.MunicipalityId,
                Breakdown = o.Breakdown,
                ReferenceDate = o.ReferenceDate,
                Year = o.ReferenceDate.Year,
                Value = o.Value,
                ImportId = import.Id,
            });
            import.Created++;
        }

        var report = new ImportReport(fileName, import.Rows, import.Created, import.Updated, import.Unchanged, []);
        if (dryRun || import.Created + import.Updated == 0)
        {
            db.ChangeTracker.Clear();
            return report;
        }

        db.StatisticImports.Add(import);
        await db.SaveChangesAsync(ct);
        return report;
    }
}
