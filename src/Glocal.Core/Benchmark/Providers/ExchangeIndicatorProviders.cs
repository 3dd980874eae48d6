using Glocal.Core.Benchmark.Index;
using Glocal.Core.Data;
using Glocal.Core.Exchanges;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace Glocal.Core.Benchmark.Providers;

/// <summary>Partner agreements in force on 31 December: signed by then, and active by their latest status change up to then.</summary>
public sealed class ExchangePartnerAgreementsProvider(GlocalDbContext db) : IBenchmarkIndicatorProvider
{
    public string Name => "exchanges.partner_agreements";

    public async Task<IReadOnlyList<(int MunicipalityId, int Year, double Value)>> ReadAsync(IReadOnlyCollection<int> municipalityIds, IReadOnlyList<int> years, CancellationToken ct)
    {
        var agreements = await db.Agreements.IgnoreQueryFilters().AsNoTracking().Where(a => municipalityIds.Contains(a.MunicipalityId))
            .Select(a => new { a.MunicipalityId, a.SignedOn, Changes = a.StatusHistory.Select(h => new { h.ChangedOn, h.Status }).ToList() })
            .ToListAsync(ct);
        return ModuleFigureGrid.Fill(municipalityIds, years, (id, year) =>
        {
            var end = ModuleFigureGrid.YearEnd(year);
            return agreements.Count(a => a.MunicipalityId == id && a.SignedOn <= end
                && (a.Changes.Where(c => c.ChangedOn <= end).MaxBy(c => c.ChangedOn)?.Status ?? AgreementStatus.Active) == AgreementStatus.Active);
        });
    }
}

/// <summary>Last substantive activity per partner up to each year's end, the input of the active and dormant counts.</summary>
internal static class PartnerActivity
{
    public static async Task<List<(int MunicipalityId, List<DateOnly> Substantive, DateOnly? FirstSeen)>> ReadAsync(GlocalDbContext db, IReadOnlyCollection<int> ids, CancellationToken ct)
    {
        var partners = await db.PartnerCities.IgnoreQueryFilters().AsNoTracking().Where(p => ids.Contains(p.MunicipalityId))
            .Select(p => new
            {
                p.MunicipalityId,
                Substantive = p.Activities.Where(a => a.Substantive).Select(a => a.OccurredOn).ToList(),
                FirstActivity = p.Activities.Min(a => (DateOnly?)a.OccurredOn),
                FirstAgreement = p.Agreements.Min(a => (DateOnly?)a.SignedOn),
            })
            .ToListAsync(ct);
        return [.. partners.Select(p => (p.MunicipalityId, p.Substantive,
            new[] { p.FirstActivity, p.FirstAgreement }.Where(d => d is not null).Min()))];
    }

    /// <summary>The status on 31 December of a partner the municipality already had by then (an agreement or an activity); null otherwise.</summary>
    public static RelationshipStatus? StatusAt((int MunicipalityId, List<DateOnly> Substantive, DateOnly? FirstSeen) partner, int year, int dormancyMonths)
    {
        var end = ModuleFigureGrid.YearEnd(year);
        if (partner.FirstSeen is not { } first || first > end)
        {
            return null;
        }

        var last = partner.Substantive.Where(d => d <= end).Select(d => (DateOnly?)d).Max();
        return RelationshipRules.StatusOf(last, end, dormancyMonths);
    }
}

/// <summary>Partner cities active on 31 December (a substantive activity within the dormancy window, ADR 0020).</summary>
public sealed class ExchangeActivePartnersProvider(GlocalDbContext db, IOptions<ExchangeOptions> options) : IBenchmarkIndicatorProvider
{
    public string Name => "exchanges.active_partners";

    public async Task<IReadOnlyList<(int MunicipalityId, int Year, double Value)>> ReadAsync(IReadOnlyCollection<int> municipalityIds, IReadOnlyList<int> years, CancellationToken ct)
    {
        var partners = await PartnerActivity.ReadAsync(db, municipalityIds, ct);
        return ModuleFigureGrid.Fill(municipalityIds, years, (id, year) =>
            partners.Count(p => p.MunicipalityId == id && PartnerActivity.StatusAt(p, year, options.Value.DormancyMonths) == RelationshipStatus.Active));
    }
}

/// <summary>
/// Share of the partners held on 31 December that are dormant or were never active (0–1; less is better). A municipality
/// with no partner yet gets 0: nothing is dormant.
/// </summary>
public sealed class ExchangeDormantShareProvider(GlocalDbContext db, IOptions<ExchangeOptions> options) : IBenchmarkIndicatorProvider
{
    public string Name => "exchanges.dormant_share";

    public async Task<IReadOnlyList<(int MunicipalityId, int Year, double Value)>> ReadAsync(IReadOnlyCollection<int> municipalityIds, IReadOnlyList<int> years, CancellationToken ct)
    {
        var partners = await PartnerActivity.ReadAsync(db, municipalityIds, ct);
        return ModuleFigureGrid.Fill(municipalityIds, years, (id, year) =>
        {
            var statuses = partners.Where(p => p.MunicipalityId == id).Select(p => PartnerActivity.StatusAt(p, year, options.Value.DormancyMonths)).OfType<RelationshipStatus>().ToList();
            return statuses.Count == 0 ? 0 : Math.Round((double)statuses.Count(s => s != RelationshipStatus.Active) / statuses.Count, 4);
        });
    }
}

/// <summary>Substantive exchange activities in the year (ceremonial ones — greetings, letters — do not count).</summary>
public sealed class ExchangeSubstantiveActivitiesProvider(GlocalDbContext db) : IBenchmarkIndicatorProvider
{
    public string Name => "exchanges.substantive_activities";

    public async Task<IReadOnlyList<(int MunicipalityId, int Year, double Value)>> ReadAsync(IReadOnlyCollection<int> municipalityIds, IReadOnlyList<int> years, CancellationToken ct)
    {
        var from = new DateOnly(years.Min(), 1, 1);
        var to = ModuleFigureGrid.YearEnd(years.Max());
        var dates = await db.ExchangeActivities.IgnoreQueryFilters().AsNoTracking()
            .Where(a => municipalityIds.Contains(a.MunicipalityId) && a.Substantive && a.OccurredOn >= from && a.OccurredOn <= to)
            .Select(a => new { a.MunicipalityId, a.OccurredOn }).ToListAsync(ct);
        return ModuleFigureGrid.Fill(municipalityIds, years, (id, year) => dates.Count(d => d.MunicipalityId == id && d.OccurredOn.Year == year));
    }
}
