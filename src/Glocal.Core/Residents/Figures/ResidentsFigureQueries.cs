using Glocal.Core.Benchmark.Statistics;
using Glocal.Core.Data;
using Glocal.Core.Policies.ComputedKpis;
using Microsoft.EntityFrameworkCore;

namespace Glocal.Core.Residents.Figures;

/// <summary>
/// Loads the facts for <see cref="ResidentsMath"/> for the signed-in municipality. The foreign-resident
/// denominator is the one the policy KPIs use (<see cref="ForeignResidents"/>: latest MOIS figure on or before
/// the period's end), so the figures page and a KPI never disagree.
/// </summary>
public sealed class ResidentsFigureQueries(GlocalDbContext db, ForeignResidents foreignResidents, TimeProvider clock, HeadlineCache headlines)
{
    /// <summary>Service kinds whose staff counsel in the languages they list.</summary>
    private static readonly ServiceKind[] CounsellingKinds = [ServiceKind.CounsellingCentre, ServiceKind.LabourRights, ServiceKind.Legal];

    public async Task<ResidentsFigures> ComputeAsync(DateOnly? from, DateOnly? to, CancellationToken ct)
    {
        var today = KoreaTime.Today(clock);
        var end = to ?? today;
        var start = from ?? new DateOnly(end.Year, end.Month, 1).AddMonths(-11);
        var (startUtc, endUtc) = (Utc(start), Utc(end.AddDays(1)));

        var cases = await db.ConsultationCases.AsNoTracking().Where(c => c.OpenedAt >= startUtc && c.OpenedAt < endUtc)
            .Select(c => new CaseFact(c.OpenedAt, c.FirstResponseAt, c.Category, c.Language)).ToListAsync(ct);
        var referrals = await db.Referrals.AsNoTracking().Where(r => r.ReferredAt >= startUtc && r.ReferredAt < endUtc).Select(r => r.Status).ToListAsync(ct);
        var residents = await foreignResidents.OnAsync(end, ct);
        return new ResidentsFigures(start, end, cases.Count, ResidentsMath.ByMonth(cases, start, end),
            ResidentsMath.CountBy(cases, c => c.Category.ToString()), ResidentsMath.CountBy(cases, c => ResidentsMath.Base(c.Language)),
            ResidentsMath.Response(cases), ResidentsMath.Referrals(referrals), residents, ResidentsMath.Per1000(cases.Count, residents),
            await CoverageAsync(start, end, residents, ct));
    }

    public async Task<CoverageGap> CoverageAsync(DateOnly from, DateOnly to, double? residentTotal, CancellationToken ct)
    {
        var (byLanguage, source, date) = await ResidentsByLanguageAsync(to, residentTotal, ct);
        // Counted by the database per language list (a few dozen distinct lists), not read client by client.
        var clientLanguages = await db.Clients.AsNoTracking().GroupBy(c => c.Languages).Select(g => new { g.Key, Count = g.Count() }).ToListAsync(ct);
        var clients = clientLanguages.GroupBy(l => ResidentsMath.Base(l.Key.Split(' ', StringSplitOptions.RemoveEmptyEntries).FirstOrDefault() ?? NationalityLanguages.Unknown))
            .ToDictionary(g => g.Key, g => g.Sum(x => x.Count), StringComparer.Ordinal);
        var (startUtc, endUtc) = (Utc(from), Utc(to.AddDays(1)));
        var caseLanguages = await db.ConsultationCases.AsNoTracking().Where(c => c.OpenedAt >= startUtc && c.OpenedAt < endUtc)
            .GroupBy(c => c.Language).Select(g => new { g.Key, Count = g.Count() }).ToListAsync(ct);
        var cases = caseLanguages.GroupBy(c => ResidentsMath.Base(c.Key)).ToDictionary(g => g.Key, g => g.Sum(x => x.Count), StringComparer.Ordinal);
        return ResidentsMath.Coverage(byLanguage, clients, cases, await ServedAsync(to, ct), source, date);
    }

    /// <summary>Which languages each channel serves today: counselling services' staff (plus Korean), active interpreters, running classes' support languages, the portal.</summary>
    public async Task<ServedLanguages> ServedAsync(DateOnly on, CancellationToken ct)
    {
        static IEnumerable<string> Tags(IEnumerable<string> lists) => lists.SelectMany(l => l.Split(' ', StringSplitOptions.RemoveEmptyEntries));
        var counselling = await db.ResidentServices.AsNoTracking().Where(s => CounsellingKinds.Contains(s.Kind)).Select(s => s.Languages).ToListAsync(ct);
        var interpreters = await db.Interpreters.AsNoTracking().Where(i => i.Active).Select(i => i.Languages).ToListAsync(ct);
        var classes = await db.KoreanCourses.AsNoTracking().Where(c => c.EndsOn >= on.AddMonths(-12)).Select(c => c.SupportLanguages).ToListAsync(ct);
        return new ServedLanguages([.. Tags(counselling).Append(PortalLanguages.Source)], [.. Tags(interpreters)], [.. Tags(classes)], PortalLanguages.All);
    }

    /// <summary>
    /// Residents by language, from the best source available: the municipality's MOIS nationality table; else MOJ's
    /// national nationality shares in the statistics store, scaled to the municipality's total; else the built-in
    /// MOJ 2024 table, scaled; else nothing (clients only).
    /// </summary>
    public async Task<(Dictionary<string, double> ByLanguage, CoverageSource Source, DateOnly? Date)> ResidentsByLanguageAsync(
        DateOnly on, double? residentTotal, CancellationToken ct)
    {
        var municipalityId = db.CurrentMunicipalityId;
        var local = await LatestBreakdownAsync(SeriesCatalogue.ForeignResidentsByNationality, municipalityId, on, ct);
        if (local is { } l)
        {
            return (ResidentsMath.ResidentsByLanguage(l.Rows.Select(r => (r.Breakdown, r.Value)), residentTotal), CoverageSource.MoisNationality, l.Date);
        }

        if (residentTotal is not > 0)
        {
            return ([], CoverageSource.ClientsOnly, null);
        }

        var national = await LatestBreakdownAsync(SeriesCatalogue.StayForeigners, null, on, ct);
        if (national is { } n)
        {
            var total = await db.StatisticObservations.AsNoTracking()
                .Where(o => o.Series!.Code == SeriesCatalogue.StayForeigners && o.MunicipalityId == null && o.Breakdown == "" && o.ReferenceDate == n.Date)
                .Select(o => (double?)o.Value).FirstOrDefaultAsync(ct);
            return (ResidentsMath.Scale(ResidentsMath.ResidentsByLanguage(n.Rows.Select(r => (r.Breakdown, r.Value)), total), residentTotal.Value),
                CoverageSource.MojNationalShares, n.Date);
        }

        var builtIn = ResidentsMath.ResidentsByLanguage(NationalityLanguages.Table.Select(t => (t.Name, (double)t.Moj2024)), NationalityLanguages.Moj2024Total);
        return (ResidentsMath.Scale(builtIn, residentTotal.Value), CoverageSource.BuiltInMoj2024, new DateOnly(2024, 12, 31));
    }

    private async Task<(DateOnly Date, List<(string Breakdown, double Value)> Rows)?> LatestBreakdownAsync(string series, int? municipalityId, DateOnly on, CancellationToken ct)
    {
        var observations = db.StatisticObservations.AsNoTracking()
            .Where(o => o.Series!.Code == series && o.MunicipalityId == municipalityId && o.Breakdown != "" && o.ReferenceDate <= on && !o.IsSynthetic);
        var latest = await observations.OrderByDescending(o => o.ReferenceDate).Select(o => (DateOnly?)o.ReferenceDate).FirstOrDefaultAsync(ct);
        if (latest is not { } date)
        {
            return null;
        }

        var rows = await observations.Where(o => o.ReferenceDate == date).Select(o => new { o.Breakdown, o.Value }).ToListAsync(ct);
        return (date, rows.Select(r => (r.Breakdown, r.Value)).ToList());
    }

    /// <summary>The dashboard's and the case list's figures, remembered until the municipality's data changes (ADR 0073).</summary>
    public Task<ResidentsHeadline> HeadlineAsync(CancellationToken ct) =>
        headlines.GetAsync("residents", db.CurrentMunicipalityId, ComputeHeadlineAsync, ct);

    private async Task<ResidentsHeadline> ComputeHeadlineAsync(CancellationToken ct)
    {
        var now = clock.GetUtcNow().UtcDateTime;
        var today = KoreaTime.Today(clock);
        var since = now.AddDays(-30);
        var open = await db.ConsultationCases.AsNoTracking().CountAsync(c => c.Status != CaseStatus.Closed, ct);
        var fresh = await db.ConsultationCases.AsNoTracking().CountAsync(c => c.Status == CaseStatus.New, ct);
        var recent = await db.ConsultationCases.AsNoTracking().Where(c => c.OpenedAt >= since)
            .Select(c => new CaseFact(c.OpenedAt, c.FirstResponseAt, c.Category, c.Language)).ToListAsync(ct);
        var overdue = await db.FollowUps.AsNoTracking().CountAsync(f => f.DoneAt == null && f.DueOn < today, ct);
        var gap = await CoverageAsync(today.AddMonths(-12), today, await foreignResidents.OnAsync(today, ct), ct);
        return new ResidentsHeadline(open, fresh, recent.Count, ResidentsMath.Response(recent).MedianHours, gap.GapShare,
            gap.Languages.Count(l => !l.Served && l.Language != NationalityLanguages.Unknown && (l.Residents > 0 || l.Clients > 0)), overdue);
    }

    private static DateTime Utc(DateOnly koreanDay) => koreanDay.ToDateTime(TimeOnly.MinValue, DateTimeKind.Utc).AddHours(-KoreaTime.OffsetHours);
}
