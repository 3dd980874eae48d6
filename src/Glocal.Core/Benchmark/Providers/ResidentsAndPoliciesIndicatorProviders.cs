using Glocal.Core.Benchmark.Index;
using Glocal.Core.Data;
using Glocal.Core.Policies;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace Glocal.Core.Benchmark.Providers;

/// <summary>
/// Consultation cases opened in the year. The index divides it by the MOIS foreign-resident count (its denominate
/// step), so the indicator is consultations per foreign resident — per 1,000 up to a constant the normalisation ignores.
/// </summary>
public sealed class ResidentsConsultationsProvider(GlocalDbContext db) : IBenchmarkIndicatorProvider
{
    public string Name => "residents.consultations";

    public async Task<IReadOnlyList<(int MunicipalityId, int Year, double Value)>> ReadAsync(IReadOnlyCollection<int> municipalityIds, IReadOnlyList<int> years, CancellationToken ct)
    {
        var from = new DateTime(years.Min(), 1, 1, 0, 0, 0, DateTimeKind.Utc);
        var to = new DateTime(years.Max() + 1, 1, 1, 0, 0, 0, DateTimeKind.Utc);
        var opened = await db.ConsultationCases.IgnoreQueryFilters().AsNoTracking()
            .Where(c => municipalityIds.Contains(c.MunicipalityId) && c.OpenedAt >= from && c.OpenedAt < to)
            .Select(c => new { c.MunicipalityId, c.OpenedAt }).ToListAsync(ct);
        return ModuleFigureGrid.Fill(municipalityIds, years, (id, year) => opened.Count(c => c.MunicipalityId == id && c.OpenedAt.Year == year));
    }
}

/// <summary>
/// How well the year's planned budget for internationalization is balanced between inward and outward programmes,
/// 0–100: 100 when the inward share lies in the policy module's target band (<c>Policies:InwardShareMin/Max</c>),
/// minus 200 points per unit of distance outside it (so 0.25 outside the band is 50). No budget in the year: no figure.
/// </summary>
public sealed class PoliciesBudgetBalanceProvider(GlocalDbContext db, IOptions<PoliciesOptions> options) : IBenchmarkIndicatorProvider
{
    public string Name => "policies.budget_balance";

    public static double Score(double inwardShare, double min, double max)
    {
        var distance = inwardShare < min ? min - inwardShare : inwardShare > max ? inwardShare - max : 0;
        return Math.Round(Math.Max(0, 100 - (200 * distance)), 2);
    }

    public async Task<IReadOnlyList<(int MunicipalityId, int Year, double Value)>> ReadAsync(IReadOnlyCollection<int> municipalityIds, IReadOnlyList<int> years, CancellationToken ct)
    {
        var lines = await (from b in db.BudgetLines.IgnoreQueryFilters().AsNoTracking()
                           join p in db.Programmes.IgnoreQueryFilters() on b.ProgrammeId equals p.Id
                           where municipalityIds.Contains(b.MunicipalityId) && years.Contains(b.Year)
                           select new { b.MunicipalityId, b.Year, p.Orientation, b.PlannedKrw }).ToListAsync(ct);
        var result = new List<(int, int, double)>();
        foreach (var id in municipalityIds.Order())
        {
            foreach (var year in years)
            {
                var balance = PortfolioMath.Balance(lines.Where(l => l.MunicipalityId == id && l.Year == year).Select(l => (l.Orientation, (double)l.PlannedKrw)),
                    options.Value.InwardShareMin, options.Value.InwardShareMax);
                if (balance.InwardShare is { } share)
                {
                    result.Add((id, year, Score(share, options.Value.InwardShareMin, options.Value.InwardShareMax)));
                }
            }
        }

        return result;
    }
}
