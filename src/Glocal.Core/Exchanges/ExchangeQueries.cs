using System.Linq.Expressions;
using Glocal.Core.Data;
using Glocal.Core.Shared;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace Glocal.Core.Exchanges;

/// <summary>The module's reads, projected into records; statuses are computed here against today's date.</summary>
public sealed class ExchangeQueries(GlocalDbContext db, TimeProvider clock, IOptions<ExchangeOptions> options, HeadlineCache headlines)
{
    public int DormancyMonths => options.Value.DormancyMonths;

    public DateOnly Today => RelationshipRules.Today(clock);

    public async Task<Page<PartnerSummary>> PartnersAsync(PartnerListRequest request, PageRequest page, CancellationToken ct)
    {
        var query = FilteredPartners(request);
        var total = await query.CountAsync(ct);
        var rows = await Sorted(query, request.Sort).Skip(page.Skip).Take(page.PageSize).Select(Row).ToListAsync(ct);
        return new Page<PartnerSummary>([.. rows.Select(ToSummary)], page.Page, page.PageSize, total);
    }

    /// <summary>Every partner that matches, for exports (no paging).</summary>
    public async Task<List<PartnerSummary>> AllPartnersAsync(PartnerListRequest request, CancellationToken ct) =>
        [.. (await Sorted(FilteredPartners(request), request.Sort).Select(Row).ToListAsync(ct)).Select(ToSummary)];

    public async Task<List<MapPoint>> MapPointsAsync(CancellationToken ct) =>
        [.. (await db.PartnerCities.AsNoTracking().Where(p => p.Latitude != null && p.Longitude != null).OrderBy(p => p.NameEn).Select(Row).ToListAsync(ct))
            .Select(ToSummary)
            .Select(p => new MapPoint(p.Id, p.NameKo, p.NameEn, p.CountryCode, p.Latitude!.Value, p.Longitude!.Value, p.Status))];

    /// <remarks>Remembered until the municipality's data changes (ADR 0073).</remarks>
    public Task<ExchangeHeadline> HeadlineAsync(CancellationToken ct) =>
        headlines.GetAsync("exchanges", db.CurrentMunicipalityId, ComputeHeadlineAsync, ct);

    private async Task<ExchangeHeadline> ComputeHeadlineAsync(CancellationToken ct)
    {
        var lasts = await db.PartnerCities.AsNoTracking()
            .Select(p => p.Activities.Where(a => a.Substantive).Max(a => (DateOnly?)a.OccurredOn)).ToListAsync(ct);
        var statuses = lasts.Select(l => RelationshipRules.StatusOf(l, Today, DormancyMonths)).ToList();
        var today = Today;
        var overdue = await db.DelegationFollowUps.AsNoTracking().CountAsync(f => f.DoneOn == null && f.DueOn < today, ct);
        return new ExchangeHeadline(
            statuses.Count,
            statuses.Count(s => s == RelationshipStatus.Active),
            statuses.Count(s => s == RelationshipStatus.Dormant),
            statuses.Count(s => s == RelationshipStatus.NeverActive),
            overdue,
            DormancyMonths);
    }

    public async Task<PartnerDetails> PartnerAsync(Guid id, CancellationToken ct)
    {
        var partner = await db.PartnerCities.AsNoTracking().SingleOrDefaultAsync(p => p.Id == id, ct) ?? throw new NotFoundException(nameof(PartnerCity), id);
        var agreements = await db.Agreements.AsNoTracking().Include(a => a.StatusHistory).Where(a => a.PartnerCityId == id).OrderBy(a => a.SignedOn).ToListAsync(ct);
        var programmes = await db.ExchangeProgrammes.AsNoTracking().Include(p => p.Budgets).Where(p => p.PartnerCityId == id).OrderBy(p => p.StartYear).ToListAsync(ct);
        var delegations = await Delegations(new DelegationListRequest { PartnerCityId = id }).ToListAsync(ct);
        var activities = await Activities(new ActivityListRequest { PartnerCityId = id }).ToListAsync(ct);
        var today = Today;

        var figures = RelationshipRules.Compute(
            activities.Select(a => new ActivityFact(a.OccurredOn, a.Substantive, a.Direction, a.Participants, a.CostWon)),
            delegations.Select(d => d.Direction), today, DormancyMonths);
        var versions = await VersionGuard.VersionsAsync(db.Delegations, [.. delegations.Select(d => d.Id)], ct);
        var agreementVersions = await VersionGuard.VersionsAsync(db.Agreements, [.. agreements.Select(a => a.Id)], ct);
        var programmeVersions = await VersionGuard.VersionsAsync(db.ExchangeProgrammes, [.. programmes.Select(p => p.Id)], ct);
        var partnerVersion = await VersionGuard.VersionOf(db.PartnerCities.Where(p => p.Id == id)).SingleAsync(ct);
        var delegationDetails = delegations.Select(d => ToDetails(d, today, versions.GetValueOrDefault(d.Id))).ToList();
        var timeline = agreements.Select(a => new TimelineEntry(a.SignedOn, TimelineKind.Agreement, a.Type.ToString(), null, a.Id))
            .Concat(agreements.SelectMany(a => a.StatusHistory.Select(h => new TimelineEntry(h.ChangedOn, TimelineKind.AgreementStatus, $"{a.Type}: {h.Status}{(h.Reason is null ? "" : " — " + h.Reason)}", null, a.Id))))
            .Concat(delegationDetails.Select(d => new TimelineEntry(d.StartsOn, TimelineKind.Delegation, d.Purpose, null, d.Id)))
            .Concat(activities.Select(a => new TimelineEntry(a.OccurredOn, TimelineKind.Activity, a.Title, a.Substantive, a.Id)))
            .OrderByDescending(e => e.On).ThenBy(e => e.Kind)
            .ToList();

        return new PartnerDetails(
            partner.Id, partner.NameKo, partner.NameEn, partner.NameLocal, partner.CountryCode, partner.Region, partner.Level,
            partner.Population, partner.Latitude, partner.Longitude, partner.GeoNameId, partner.Notes,
            figures, figures.Status == RelationshipStatus.Active ? RelationshipRules.DormantFrom(figures.LastSubstantiveOn, DormancyMonths) : null, DormancyMonths,
            [.. agreements.Select(a => ToDetails(a, agreementVersions.GetValueOrDefault(a.Id)))],
            [.. programmes.Select(p => ToDetails(p, programmeVersions.GetValueOrDefault(p.Id)))],
            delegationDetails,
            activities,
            timeline,
            partnerVersion);
    }

    public async Task<AgreementDetails> AgreementAsync(Guid id, CancellationToken ct)
    {
        var agreement = await db.Agreements.AsNoTracking().Include(a => a.StatusHistory).SingleOrDefaultAsync(a => a.Id == id, ct) ?? throw new NotFoundException(nameof(Agreement), id);
        return ToDetails(agreement, await VersionGuard.VersionOf(db.Agreements.Where(a => a.Id == id)).SingleAsync(ct));
    }

    public async Task<ProgrammeDetails> ProgrammeAsync(Guid id, CancellationToken ct)
    {
        var programme = await db.ExchangeProgrammes.AsNoTracking().Include(p => p.Budgets).SingleOrDefaultAsync(p => p.Id == id, ct) ?? throw new NotFoundException(nameof(ExchangeProgramme), id);
        return ToDetails(programme, await VersionGuard.VersionOf(db.ExchangeProgrammes.Where(p => p.Id == id)).SingleAsync(ct));
    }

    public Task<bool> DelegationExistsAsync(Guid id, CancellationToken ct) => db.Delegations.AnyAsync(d => d.Id == id, ct);

    public async Task<DelegationDetails> DelegationAsync(Guid id, CancellationToken ct)
    {
        var delegation = await db.Delegations.AsNoTracking().Include(d => d.PartnerCity).Include(d => d.FollowUps).SingleOrDefaultAsync(d => d.Id == id, ct)
            ?? throw new NotFoundException(nameof(Delegation), id);
        return ToDetails(delegation, Today, await VersionGuard.VersionOf(db.Delegations.Where(d => d.Id == id)).SingleAsync(ct));
    }

    private static AgreementDetails ToDetails(Agreement a, long version) => new(
        a.Id, a.Type, a.SignedOn, a.Fields, a.CouncilApprovedOn, a.CouncilResolutionNumber, a.Status, a.StatusReason, a.Motive,
        [.. a.StatusHistory.OrderBy(h => h.ChangedOn).Select(h => new AgreementStatusEntry(h.Status, h.Reason, h.ChangedOn))], a.PartnerCityId, version);

    private static ProgrammeDetails ToDetails(ExchangeProgramme p, long version) => new(
        p.Id, p.AgreementId, p.Name, p.Field, p.Direction, p.Format, p.Recurrence, p.StartYear, p.EndYear,
        [.. p.Budgets.OrderBy(b => b.Year).ThenBy(b => b.Source).Select(b => new BudgetLine(b.Year, b.Source, b.PlannedWon, b.ExecutedWon))], p.PartnerCityId, version);

    public async Task<Page<ActivityDetails>> ActivitiesAsync(ActivityListRequest request, PageRequest page, CancellationToken ct)
    {
        var query = Activities(request);
        return new Page<ActivityDetails>(await query.Skip(page.Skip).Take(page.PageSize).ToListAsync(ct), page.Page, page.PageSize, await query.CountAsync(ct));
    }

    public Task<List<ActivityDetails>> AllActivitiesAsync(ActivityListRequest request, CancellationToken ct) => Activities(request).ToListAsync(ct);

    public async Task<Page<DelegationDetails>> DelegationsAsync(DelegationListRequest request, PageRequest page, CancellationToken ct)
    {
        var query = Delegations(request);
        var today = Today;
        var rows = await query.Skip(page.Skip).Take(page.PageSize).ToListAsync(ct);
        var versions = await VersionGuard.VersionsAsync(db.Delegations, [.. rows.Select(d => d.Id)], ct);
        return new Page<DelegationDetails>([.. rows.Select(d => ToDetails(d, today, versions.GetValueOrDefault(d.Id)))], page.Page, page.PageSize, await query.CountAsync(ct));
    }

    public async Task<List<DelegationDetails>> AllDelegationsAsync(DelegationListRequest request, CancellationToken ct)
    {
        var today = Today;
        return [.. (await Delegations(request).ToListAsync(ct)).Select(d => ToDetails(d, today, 0))];
    }

    private IQueryable<Delegation> Delegations(DelegationListRequest request)
    {
        var query = db.Delegations.AsNoTracking().Include(d => d.PartnerCity).Include(d => d.FollowUps).AsQueryable();
        if (request.PartnerCityId is { } partner)
        {
            query = query.Where(d => d.PartnerCityId == partner);
        }

        if (request.Direction is { } direction)
        {
            query = query.Where(d => d.Direction == direction);
        }

        if (request.Year is { } year)
        {
            var (from, to) = (new DateOnly(year, 1, 1), new DateOnly(year, 12, 31));
            query = query.Where(d => d.StartsOn >= from && d.StartsOn <= to);
        }

        if (request.Overdue == true)
        {
            var today = Today;
            query = query.Where(d => d.FollowUps.Any(f => f.DoneOn == null && f.DueOn < today));
        }

        if (!string.IsNullOrWhiteSpace(request.Q))
        {
            var q = request.Q.Trim().ToLowerInvariant();
            query = query.Where(d => d.Purpose!.ToLower().Contains(q) || d.PartnerCity!.NameKo!.ToLower().Contains(q) || d.PartnerCity!.NameEn!.ToLower().Contains(q));
        }

        return query.OrderByDescending(d => d.StartsOn).ThenBy(d => d.Id);
    }

    private IQueryable<ActivityDetails> Activities(ActivityListRequest request)
    {
        var query = db.ExchangeActivities.AsNoTracking();
        if (request.PartnerCityId is { } partner)
        {
            query = query.Where(a => a.PartnerCityId == partner);
        }

        if (request.Substantive is { } substantive)
        {
            query = query.Where(a => a.Substantive == substantive);
        }

        if (request.Kind is { } kind)
        {
            query = query.Where(a => a.Kind == kind);
        }

        if (request.Year is { } year)
        {
            var (from, to) = (new DateOnly(year, 1, 1), new DateOnly(year, 12, 31));
            query = query.Where(a => a.OccurredOn >= from && a.OccurredOn <= to);
        }

        if (!string.IsNullOrWhiteSpace(request.Q))
        {
            var q = request.Q.Trim().ToLowerInvariant();
            query = query.Where(a => a.Title!.ToLower().Contains(q) || a.PartnerCity!.NameKo!.ToLower().Contains(q) || a.PartnerCity!.NameEn!.ToLower().Contains(q));
        }

        var descending = request.Sort is null || request.Sort.StartsWith('-') || request.Sort == "date";
        query = (request.Sort?.TrimStart('-'), descending) switch
        {
            ("cost", true) => query.OrderByDescending(a => a.CostWon),
            ("cost", false) => query.OrderBy(a => a.CostWon),
            ("participants", true) => query.OrderByDescending(a => a.Participants),
            ("participants", false) => query.OrderBy(a => a.Participants),
            (_, false) => query.OrderBy(a => a.OccurredOn),
            _ => query.OrderByDescending(a => a.OccurredOn),
        };
        return ((IOrderedQueryable<ExchangeActivity>)query).ThenBy(a => a.Id).Select(a => new ActivityDetails(
            a.Id, a.PartnerCityId, a.PartnerCity!.NameKo, a.PartnerCity.NameEn, a.PartnerCity.CountryCode, a.OccurredOn, a.Kind, a.Substantive, a.Direction,
            a.Title, a.Participants, a.CostWon, a.OutputAgreements, a.OutputInvestmentLeads, a.OutputStudentsExchanged, a.OutputContracts,
            a.AgreementId, a.ProgrammeId, a.DelegationId));
    }

    private IQueryable<PartnerCity> FilteredPartners(PartnerListRequest request)
    {
        var query = db.PartnerCities.AsNoTracking();
        if (!string.IsNullOrWhiteSpace(request.Q))
        {
            var q = request.Q.Trim().ToLowerInvariant();
            query = query.Where(p => p.NameKo!.ToLower().Contains(q) || p.NameEn!.ToLower().Contains(q) || p.NameLocal!.ToLower().Contains(q) || p.Region!.ToLower().Contains(q));
        }

        if (!string.IsNullOrWhiteSpace(request.Country))
        {
            var country = request.Country.ToUpperInvariant();
            query = query.Where(p => p.CountryCode == country);
        }

        if (request.Type is { } type)
        {
            query = query.Where(p => p.Agreements.Any(a => a.Type == type));
        }

        if (request.Field is { } field and not ExchangeFields.None)
        {
            query = query.Where(p => p.Agreements.Any(a => (a.Fields & field) != 0));
        }

        var threshold = RelationshipRules.DormancyThreshold(Today, DormancyMonths);
        query = request.Status switch
        {
            RelationshipStatus.Active => query.Where(p => p.Activities.Any(a => a.Substantive && a.OccurredOn > threshold)),
            RelationshipStatus.Dormant => query.Where(p => p.Activities.Any(a => a.Substantive) && !p.Activities.Any(a => a.Substantive && a.OccurredOn > threshold)),
            RelationshipStatus.NeverActive => query.Where(p => !p.Activities.Any(a => a.Substantive)),
            _ => query,
        };
        return query;
    }

    private static IQueryable<PartnerCity> Sorted(IQueryable<PartnerCity> query, string? sort)
    {
        var descending = sort?.StartsWith('-') == true;
        IOrderedQueryable<PartnerCity> Order<TKey>(Expression<Func<PartnerCity, TKey>> key) => descending ? query.OrderByDescending(key) : query.OrderBy(key);
        var ordered = sort?.TrimStart('-') switch
        {
            "nameKo" => Order(p => p.NameKo),
            "country" => Order(p => p.CountryCode),
            "signed" => Order(p => p.Agreements.Min(a => (DateOnly?)a.SignedOn)),
            "last" => Order(p => p.Activities.Where(a => a.Substantive).Max(a => (DateOnly?)a.OccurredOn)),
            "activities" => Order(p => p.Activities.Count),
            "cost" => Order(p => p.Activities.Sum(a => a.CostWon)),
            _ => Order(p => p.NameEn),
        };
        return ordered.ThenBy(p => p.NameEn).ThenBy(p => p.Id);
    }

    private sealed record PartnerRow(
        Guid Id, string NameKo, string NameEn, string? NameLocal, string CountryCode, string? Region, PartnerLevel Level, double? Latitude, double? Longitude,
        DateOnly? LastSubstantiveOn, List<AgreementFacts> Agreements, int Activities, long CostWon);

    private sealed record AgreementFacts(AgreementType Type, DateOnly SignedOn, ExchangeFields Fields, AgreementStatus Status);

    private static readonly Expression<Func<PartnerCity, PartnerRow>> Row = p => new PartnerRow(
        p.Id, p.NameKo, p.NameEn, p.NameLocal, p.CountryCode, p.Region, p.Level, p.Latitude, p.Longitude,
        p.Activities.Where(a => a.Substantive).Max(a => (DateOnly?)a.OccurredOn),
        p.Agreements.Select(a => new AgreementFacts(a.Type, a.SignedOn, a.Fields, a.Status)).ToList(),
        p.Activities.Count,
        p.Activities.Sum(a => a.CostWon));

    private PartnerSummary ToSummary(PartnerRow r)
    {
        // The main agreement is the strongest one still in force (sister city first), else the strongest ever signed.
        var main = r.Agreements.OrderBy(a => a.Status == AgreementStatus.Terminated).ThenBy(a => a.Type).Select(a => (AgreementType?)a.Type).FirstOrDefault();
        return new PartnerSummary(
            r.Id, r.NameKo, r.NameEn, r.NameLocal, r.CountryCode, r.Region, r.Level, r.Latitude, r.Longitude,
            RelationshipRules.StatusOf(r.LastSubstantiveOn, Today, DormancyMonths), r.LastSubstantiveOn,
            main, r.Agreements.Select(a => (DateOnly?)a.SignedOn).Min(),
            r.Agreements.Aggregate(ExchangeFields.None, (f, a) => f | a.Fields),
            r.Activities, r.CostWon);
    }

    private static DelegationDetails ToDetails(Delegation d, DateOnly today, long version) => new(
        d.Id, d.PartnerCityId, d.PartnerCity?.NameKo ?? "", d.PartnerCity?.NameEn ?? "", d.ProgrammeId, d.Direction, d.Head,
        d.MembersOfficials, d.MembersCouncil, d.MembersBusiness, d.MembersCitizens, d.MembersStudents,
        d.Purpose, d.StartsOn, d.EndsOn, d.CostWon, d.ApprovedOn, d.ReportedOn, d.ReportSummary,
        [.. d.FollowUps.OrderBy(f => f.DueOn).Select(f => new FollowUpDetails(f.Id, f.DelegationId, f.Description, f.DueOn, f.DoneOn, RelationshipRules.IsOverdue(f.DueOn, f.DoneOn, today)))], version);
}
