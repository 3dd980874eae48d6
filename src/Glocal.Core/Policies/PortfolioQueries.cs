using Glocal.Core.Data;
using Glocal.Core.Policies.ComputedKpis;
using Glocal.Core.Shared;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace Glocal.Core.Policies;

/// <summary>
/// Reads of the portfolio. A municipality has tens of programmes, not thousands, so each read loads the
/// programmes' figures once and the judgements (<see cref="PortfolioMath"/>) run in memory.
/// </summary>
public sealed class PortfolioQueries(GlocalDbContext db, ComputedKpiRegistry computed, IOptions<PoliciesOptions> options, TimeProvider clock, HeadlineCache headlines)
{
    private PoliciesOptions Options => options.Value;

    private sealed record ProgrammeRow(
        Guid Id, Guid PolicyId, string PolicyTitle, string Name, Pillars Pillars, Orientation Orientation, ProgrammeMode Mode,
        string LeadDepartment, DateOnly StartDate, DateOnly? EndDate, int? Participants,
        List<BudgetLineRecord> Budget, List<StaffRecord> Staff, List<KpiKind> KpiKinds, List<DateOnly> ValueDates)
    {
        public bool ActiveIn(int year) => StartDate.Year <= year && (EndDate?.Year ?? int.MaxValue) >= year;
    }

    private Task<List<ProgrammeRow>> LoadAsync(CancellationToken ct) =>
        db.Programmes.AsNoTracking()
            .OrderBy(p => p.Name)
            .Select(p => new ProgrammeRow(
                p.Id, p.PolicyId, p.Policy!.Title, p.Name, p.Pillars, p.Orientation, p.Mode, p.LeadDepartment, p.StartDate, p.EndDate, p.Participants,
                p.BudgetLines.Select(b => new BudgetLineRecord(b.Id, b.Year, b.Source, b.PlannedKrw, b.ExecutedKrw)).ToList(),
                p.Staff.Select(s => new StaffRecord(s.Id, s.Year, s.Fte)).ToList(),
                p.Kpis.Select(k => k.Kind).ToList(),
                p.Kpis.SelectMany(k => k.Values.Select(v => v.PeriodEnd)).ToList()))
            .AsSplitQuery()
            .ToListAsync(ct);

    private ShowcaseScore ShowcaseOf(ProgrammeRow p) => PortfolioMath.Showcase(
        new ShowcaseFacts(p.Mode, p.StartDate, p.EndDate, p.Participants, p.Budget.Sum(b => b.PlannedKrw), p.KpiKinds.Contains(KpiKind.Outcome), p.ValueDates),
        Options);

    private ProgrammeSummary Summarise(ProgrammeRow p, int? year)
    {
        var budget = p.Budget.Where(b => year is null || b.Year == year).ToList();
        var showcase = ShowcaseOf(p);
        return new ProgrammeSummary(
            p.Id, p.PolicyId, p.PolicyTitle, p.Name, p.Pillars, p.Orientation, p.Mode, p.LeadDepartment, p.StartDate, p.EndDate,
            budget.Sum(b => b.PlannedKrw), budget.Sum(b => b.ExecutedKrw ?? 0),
            p.Staff.Where(s => year is null || s.Year == year).Sum(s => s.Fte), p.KpiKinds.Count, showcase.Score, showcase.Flagged,
            [.. showcase.Reasons.Select(r => r.Code)]);
    }

    public async Task<List<PolicySummary>> PoliciesAsync(string? q, CancellationToken ct)
    {
        var query = db.Policies.AsNoTracking();
        if (!string.IsNullOrWhiteSpace(q))
        {
            var term = q.Trim();
            query = query.Where(p => p.Title.Contains(term) || (p.Summary != null && p.Summary.Contains(term)));
        }

        return await query.OrderByDescending(p => p.StartYear).ThenBy(p => p.Title)
            .Select(p => new PolicySummary(p.Id, p.Title, p.Summary, p.StartYear, p.EndYear, p.Programmes.Count))
            .ToListAsync(ct);
    }

    public async Task<PolicySummary> PolicyAsync(Guid id, CancellationToken ct) =>
        await db.Policies.AsNoTracking().Where(p => p.Id == id)
            .Select(p => new PolicySummary(p.Id, p.Title, p.Summary, p.StartYear, p.EndYear, p.Programmes.Count))
            .SingleOrDefaultAsync(ct) ?? throw new NotFoundException(nameof(Policy), id);

    /// <summary>Programmes filtered and sorted (name, start, budget, score; a leading '-' reverses), all of them.</summary>
    public async Task<List<ProgrammeSummary>> ProgrammesAsync(ProgrammeListRequest request, CancellationToken ct)
    {
        IEnumerable<ProgrammeRow> rows = await LoadAsync(ct);
        if (!string.IsNullOrWhiteSpace(request.Q))
        {
            var term = request.Q.Trim();
            rows = rows.Where(p => p.Name.Contains(term, StringComparison.OrdinalIgnoreCase)
                || p.LeadDepartment.Contains(term, StringComparison.OrdinalIgnoreCase)
                || p.PolicyTitle.Contains(term, StringComparison.OrdinalIgnoreCase));
        }

        if (request.Pillar is { } pillar and not Pillars.None)
        {
            rows = rows.Where(p => (p.Pillars & pillar) != 0);
        }

        if (request.Orientation is { } orientation)
        {
            rows = rows.Where(p => p.Orientation == orientation);
        }

        if (request.Mode is { } mode)
        {
            rows = rows.Where(p => p.Mode == mode);
        }

        if (request.PolicyId is { } policyId)
        {
            rows = rows.Where(p => p.PolicyId == policyId);
        }

        if (request.Year is { } year)
        {
            rows = rows.Where(p => p.ActiveIn(year));
        }

        var summaries = rows.Select(p => Summarise(p, request.Year));
        if (request.Flagged is { } flagged)
        {
            summaries = summaries.Where(s => s.Flagged == flagged);
        }

        var sort = request.Sort?.Trim() ?? "name";
        var descending = sort.StartsWith('-');
        IOrderedEnumerable<ProgrammeSummary> sorted = sort.TrimStart('-') switch
        {
            "name" => Order(summaries, s => s.Name, descending),
            "start" => Order(summaries, s => s.StartDate, descending),
            "budget" => Order(summaries, s => s.PlannedKrw, descending),
            "score" => Order(summaries, s => s.ShowcaseScore, descending),
            _ => throw new BusinessRuleException("sort_unknown", $"Unknown sort '{request.Sort}'; use name, start, budget or score.", 400),
        };
        return [.. sorted.ThenBy(s => s.Name, StringComparer.Ordinal).ThenBy(s => s.Id)];
    }

    private static IOrderedEnumerable<ProgrammeSummary> Order<TKey>(IEnumerable<ProgrammeSummary> items, Func<ProgrammeSummary, TKey> key, bool descending) =>
        descending ? items.OrderByDescending(key) : items.OrderBy(key);

    public async Task<ProgrammeDetails> ProgrammeAsync(Guid id, CancellationToken ct)
    {
        var programme = await db.Programmes.AsNoTracking().Include(p => p.Policy).Include(p => p.BudgetLines).Include(p => p.Staff)
            .Include(p => p.Partners).Include(p => p.Kpis).ThenInclude(k => k.Values).AsSplitQuery()
            .SingleOrDefaultAsync(p => p.Id == id, ct) ?? throw new NotFoundException(nameof(Programme), id);
        var kpis = new List<KpiDetails>();
        foreach (var kpi in programme.Kpis.OrderBy(k => k.Kind).ThenBy(k => k.Name, StringComparer.Ordinal))
        {
            kpis.Add(await DetailsAsync(kpi, programme.StartDate, ct));
        }

        var links = await LinksAsync(id, ct);
        var budgetTotal = programme.BudgetLines.Sum(b => b.PlannedKrw);
        var showcase = PortfolioMath.Showcase(new ShowcaseFacts(
            programme.Mode, programme.StartDate, programme.EndDate, programme.Participants, budgetTotal,
            programme.Kpis.Any(k => k.Kind == KpiKind.Outcome), [.. programme.Kpis.SelectMany(k => k.Values).Select(v => v.PeriodEnd)]), Options);
        return new ProgrammeDetails(
            programme.Id, programme.PolicyId, programme.Policy!.Title, programme.Name, programme.Description, programme.Pillars, programme.Orientation,
            programme.Mode, programme.LeadDepartment, programme.StartDate, programme.EndDate, programme.Participants,
            PortfolioMath.CostPerParticipant(budgetTotal, programme.Participants),
            [.. programme.BudgetLines.OrderBy(b => b.Year).ThenBy(b => b.Source).Select(b => new BudgetLineRecord(b.Id, b.Year, b.Source, b.PlannedKrw, b.ExecutedKrw))],
            [.. programme.Staff.OrderBy(s => s.Year).Select(s => new StaffRecord(s.Id, s.Year, s.Fte))],
            [.. programme.Partners.OrderBy(p => p.Name, StringComparer.Ordinal).Select(p => new PartnerRecord(p.Id, p.Name, p.Kind, p.Role))],
            kpis, links, showcase);
    }

    private async Task<List<LinkRecord>> LinksAsync(Guid programmeId, CancellationToken ct)
    {
        var links = db.ProgrammeLinks.AsNoTracking().Where(l => l.ProgrammeId == programmeId);
        var exchange = await links.Where(l => l.ExchangeProgrammeId != null)
            .Join(db.ExchangeProgrammes, l => l.ExchangeProgrammeId, e => e.Id, (l, e) => new LinkRecord(l.Id, "Exchanges", nameof(LinkKind.ExchangeProgramme), e.Id, e.Name))
            .ToListAsync(ct);
        var delegations = await links.Where(l => l.DelegationId != null)
            .Join(db.Delegations, l => l.DelegationId, d => d.Id, (l, d) => new LinkRecord(l.Id, "Exchanges", nameof(LinkKind.Delegation), d.Id, d.Purpose))
            .ToListAsync(ct);
        var projects = await links.Where(l => l.InvestmentProjectId != null)
            .Join(db.InvestmentProjects, l => l.InvestmentProjectId, p => p.Id, (l, p) => new LinkRecord(l.Id, "Investments", nameof(LinkKind.InvestmentProject), p.Id, p.CodeName ?? p.Title))
            .ToListAsync(ct);
        var services = await links.Where(l => l.ResidentServiceId != null)
            .Join(db.ResidentServices, l => l.ResidentServiceId, r => r.Id, (l, r) => new LinkRecord(l.Id, "Residents", nameof(LinkKind.ResidentService), r.Id, r.Name))
            .ToListAsync(ct);
        var courses = await links.Where(l => l.KoreanCourseId != null)
            .Join(db.KoreanCourses, l => l.KoreanCourseId, c => c.Id, (l, c) => new LinkRecord(l.Id, "Residents", nameof(LinkKind.KoreanCourse), c.Id, c.Name))
            .ToListAsync(ct);
        return [.. exchange, .. delegations, .. projects, .. services, .. courses];
    }

    /// <summary>
    /// The municipality's records of one kind that a programme can be linked to, by name (at most 500: the
    /// programme page's select, not a search). A confidential project is offered under its code name only.
    /// </summary>
    public async Task<List<LinkTarget>> LinkTargetsAsync(LinkKind kind, CancellationToken ct)
    {
        const int Limit = 500;
        return kind switch
        {
            LinkKind.ExchangeProgramme => await db.ExchangeProgrammes.AsNoTracking().OrderBy(e => e.Name).Select(e => new LinkTarget(e.Id, e.Name)).Take(Limit).ToListAsync(ct),
            LinkKind.Delegation => await db.Delegations.AsNoTracking().OrderBy(d => d.Purpose).Select(d => new LinkTarget(d.Id, d.Purpose)).Take(Limit).ToListAsync(ct),
            LinkKind.InvestmentProject => await db.InvestmentProjects.AsNoTracking().OrderBy(p => p.CodeName ?? p.Title).Select(p => new LinkTarget(p.Id, p.CodeName ?? p.Title)).Take(Limit).ToListAsync(ct),
            LinkKind.ResidentService => await db.ResidentServices.AsNoTracking().OrderBy(r => r.Name).Select(r => new LinkTarget(r.Id, r.Name)).Take(Limit).ToListAsync(ct),
            LinkKind.KoreanCourse => await db.KoreanCourses.AsNoTracking().OrderBy(c => c.Name).Select(c => new LinkTarget(c.Id, c.Name)).Take(Limit).ToListAsync(ct),
            _ => [],
        };
    }

    public async Task<KpiDetails> KpiAsync(Guid id, CancellationToken ct)
    {
        var kpi = await db.Kpis.AsNoTracking().Include(k => k.Values).SingleOrDefaultAsync(k => k.Id == id, ct) ?? throw new NotFoundException(nameof(Kpi), id);
        var start = await db.Programmes.AsNoTracking().Where(p => p.Id == kpi.ProgrammeId).Select(p => p.StartDate).SingleAsync(ct);
        return await DetailsAsync(kpi, start, ct);
    }

    /// <summary>Typed values as recorded; a computed KPI gets one value per calendar year from the programme's start to today.</summary>
    private async Task<KpiDetails> DetailsAsync(Kpi kpi, DateOnly programmeStart, CancellationToken ct)
    {
        List<KpiValueRecord> values;
        if (computed.Find(kpi.ComputedCode) is { } provider)
        {
            values = [];
            var today = DateOnly.FromDateTime(clock.GetUtcNow().UtcDateTime);
            for (var year = programmeStart.Year; year <= today.Year; year++)
            {
                var from = new DateOnly(year, 1, 1);
                var to = year == today.Year ? today : new DateOnly(year, 12, 31);
                if (await provider.ComputeAsync(from, to, ct) is { } value)
                {
                    values.Add(new KpiValueRecord(from, to, value, EvidenceGrade.B, $"Computed by {provider.Module} ({provider.Code})", true));
                }
            }
        }
        else
        {
            values = [.. kpi.Values.OrderBy(v => v.PeriodStart).Select(v => new KpiValueRecord(v.PeriodStart, v.PeriodEnd, v.Value, v.Evidence, v.EvidenceNote, false))];
        }

        return new KpiDetails(kpi.Id, kpi.ProgrammeId, kpi.Name, kpi.Definition, kpi.Unit, kpi.Kind, kpi.Baseline, kpi.Target, kpi.Frequency,
            kpi.Source, kpi.Owner, kpi.ComputedCode, values);
    }

    /// <summary>The whole portfolio for one year: balance, execution, the slices and every programme active that year.</summary>
    /// <summary>The portfolio the dashboard shows, remembered until the municipality's data changes (ADR 0073).</summary>
    public Task<PortfolioOverview> HeadlineAsync(int year, CancellationToken ct) =>
        headlines.GetAsync($"policies-{year}", db.CurrentMunicipalityId, c => PortfolioAsync(year, c), ct);

    public async Task<PortfolioOverview> PortfolioAsync(int year, CancellationToken ct)
    {
        var municipality = await db.Municipalities.AsNoTracking().Where(m => m.Id == db.CurrentMunicipalityId)
            .Select(m => new { m.Code, m.NameKo, m.NameEn }).SingleAsync(ct);
        var rows = (await LoadAsync(ct)).Where(p => p.ActiveIn(year) || p.Budget.Any(b => b.Year == year)).ToList();
        var summaries = rows.Select(p => Summarise(p, year)).ToList();
        var o = Options;

        var budget = PortfolioMath.Balance(summaries.Select(s => (s.Orientation, (double)s.PlannedKrw)), o.InwardShareMin, o.InwardShareMax);
        var staff = PortfolioMath.Balance(summaries.Select(s => (s.Orientation, s.Fte)), o.InwardShareMin, o.InwardShareMax);
        var activity = PortfolioMath.Balance(rows.Where(p => p.ActiveIn(year)).Select(p => (p.Orientation, 1.0)), o.InwardShareMin, o.InwardShareMax);
        var execution = PortfolioMath.Execution(rows.SelectMany(p => p.Budget.Where(b => b.Year == year)).Select(b => (b.PlannedKrw, b.ExecutedKrw)));

        var bySource = Enum.GetValues<FundingSource>().Select(source =>
        {
            var lines = rows.Select(p => p.Budget.Where(b => b.Year == year && b.Source == source).ToList()).Where(l => l.Count > 0).ToList();
            return new PortfolioSlice(source.ToString(), lines.Count, lines.Sum(l => l.Sum(b => b.PlannedKrw)), lines.Sum(l => l.Sum(b => b.ExecutedKrw ?? 0)), 0);
        }).ToList();

        // A programme serving several pillars is split evenly between them, so the slices add up to the total.
        var byPillar = new[] { Pillars.Residents, Pillars.Exchanges, Pillars.Investments }.Select(pillar =>
        {
            var members = summaries.Where(s => (s.Pillars & pillar) != 0).ToList();
            double Share(ProgrammeSummary s) => 1.0 / Math.Max(1, System.Numerics.BitOperations.PopCount((uint)s.Pillars));
            return new PortfolioSlice(pillar.ToString(), members.Count,
                (long)Math.Round(members.Sum(s => s.PlannedKrw * Share(s))), (long)Math.Round(members.Sum(s => s.ExecutedKrw * Share(s))),
                Math.Round(members.Sum(s => s.Fte * Share(s)), 2));
        }).ToList();

        return new PortfolioOverview(
            municipality.Code, municipality.NameKo, municipality.NameEn, year, new BalanceBand(o.InwardShareMin, o.InwardShareMax),
            budget, staff, activity, execution, bySource, byPillar,
            Slices(summaries, s => s.Orientation.ToString(), Enum.GetNames<Orientation>()),
            Slices(summaries, s => s.Mode.ToString(), Enum.GetNames<ProgrammeMode>()),
            [.. summaries.OrderByDescending(s => s.ShowcaseScore).ThenByDescending(s => s.PlannedKrw).ThenBy(s => s.Name, StringComparer.Ordinal)]);
    }

    private static List<PortfolioSlice> Slices(List<ProgrammeSummary> summaries, Func<ProgrammeSummary, string> key, IEnumerable<string> keys) =>
        [.. keys.Select(k =>
        {
            var members = summaries.Where(s => key(s) == k).ToList();
            return new PortfolioSlice(k, members.Count, members.Sum(s => s.PlannedKrw), members.Sum(s => s.ExecutedKrw), members.Sum(s => s.Fte));
        })];
}
