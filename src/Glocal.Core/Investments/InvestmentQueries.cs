using Glocal.Core.Data;
using Glocal.Core.Shared;
using Microsoft.EntityFrameworkCore;

namespace Glocal.Core.Investments;

/// <summary>
/// Reads of the investment module. <c>canSeeConfidential</c> is the caller's investments.read_confidential
/// permission: without it, code-named projects are left out of every list, page and export and only counted.
/// </summary>
public sealed class InvestmentQueries(GlocalDbContext db, TimeProvider clock, HeadlineCache headlines)
{
    public const int ExportLimit = 50_000;

    private DateOnly Today => DateOnly.FromDateTime(clock.GetUtcNow().UtcDateTime);

    public async Task<ProjectPage> ListProjectsAsync(ProjectSearch search, PageRequest page, bool canSeeConfidential, CancellationToken ct)
    {
        var all = await SummariesAsync(search, ct);
        var visible = all.Where(p => canSeeConfidential || p.CodeName is null).ToList();
        var sorted = Sort(visible, search.Sort);
        return new ProjectPage([.. sorted.Skip(page.Skip).Take(page.PageSize)], page.Page, page.PageSize, visible.Count, all.Count - visible.Count);
    }

    public async Task<IReadOnlyList<BoardColumn>> BoardAsync(ProjectSearch search, bool canSeeConfidential, CancellationToken ct)
    {
        var all = await SummariesAsync(search with { Stage = null }, ct);
        return [.. Enum.GetValues<ProjectStage>().Select(stage =>
        {
            var inStage = all.Where(p => p.Stage == stage).ToList();
            var visible = inStage.Where(p => canSeeConfidential || p.CodeName is null).OrderByDescending(p => p.ProbabilityPercent).ThenBy(p => p.Title, StringComparer.Ordinal).ToList();
            return new BoardColumn(stage, visible, inStage.Count - visible.Count);
        })];
    }

    public async Task<ProjectDetails> GetProjectAsync(Guid id, bool canSeeConfidential, CancellationToken ct)
    {
        var p = await Full().AsNoTracking().SingleOrDefaultAsync(x => x.Id == id && (canSeeConfidential || x.CodeName == null), ct)
            ?? throw new NotFoundException(nameof(InvestmentProject), id);
        var company = p.Company!;
        var projects = await db.InvestmentProjects.CountAsync(x => x.CompanyId == company.Id, ct);
        var today = Today;
        var version = await VersionGuard.VersionOf(db.InvestmentProjects.Where(x => x.Id == id)).SingleAsync(ct);
        var incentiveVersions = await VersionGuard.VersionsAsync(db.Incentives, [.. p.Incentives.Select(i => i.Id)], ct);
        var grievanceVersions = await VersionGuard.VersionsAsync(db.Grievances, [.. p.Grievances.Select(g => g.Id)], ct);
        return new ProjectDetails(
            p.Id, p.Title, p.CodeName,
            new CompanySummary(company.Id, company.NameKo, company.NameEn, company.NameOriginal, company.CountryCode, company.KsicCode, company.Size, company.ParentGroup, projects),
            p.Source, await OriginAsync(p, ct), p.Type, p.SiteType, p.SiteName, p.ResponsibleOfficer, p.ProbabilityPercent, p.ExpectedDecisionOn,
            p.Stage, p.StageSince, p.DelayedFrom, p.LostReason, ProjectStages.NextFrom(p.Stage, p.DelayedFrom),
            [.. p.StageHistory.OrderBy(h => h.On).ThenBy(h => h.RecordedAt).Select(h => new StageChangeView(h.From, h.To, h.On, h.ChangedBy, h.RecordedAt, h.Reason))],
            p.Mou is { } m
                ? new MouView(m.SignedOn, m.Signatories, m.PledgedMinor, m.PledgedCurrency, m.Pledged.ToString(), m.Rate?.Format(), m.RateOn, m.PledgedKrw, m.PledgedJobs, m.NonBinding,
                    [.. m.Milestones.OrderBy(x => x.DueOn).Select(x => new MilestoneView(x.Id, x.Title, x.DueOn, x.CompletedOn, x.IsOverdue(today)))])
                : null,
            [.. p.Tranches.OrderBy(t => t.On).Select(t => new TrancheView(t.Id, t.On, t.AmountMinor, t.Currency, t.Amount.ToString(), t.Rate?.Format(), t.RateOn, t.AmountKrw, t.Grade, t.EvidenceSource))],
            [.. p.Incentives.OrderBy(i => i.GrantedOn).Select(i => new IncentiveView(i.Id, i.Type, i.AmountKrw, i.LegalBasis, i.GrantedOn, i.Clawback,
                [.. i.Conditions.OrderBy(c => c.DueOn).Select(c => new ConditionView(c.Id, c.Description, c.DueOn, c.Status, c.CheckedOn))], incentiveVersions.GetValueOrDefault(i.Id)))],
            [.. p.JobsReports.OrderBy(j => j.PeriodEnd).Select(j => new JobsReportView(j.Id, j.PeriodStart, j.PeriodEnd, j.DirectKorean, j.DirectForeign,
                [.. j.ForeignByStayStatus.Select(f => new ForeignJobsInput(f.StayStatus, f.Count))], j.Verification))],
            [.. p.Grievances.OrderByDescending(g => g.OpenedOn).Select(g => new GrievanceView(g.Id, g.Category, g.Summary, g.ReferredTo, g.Status, g.OpenedOn, g.ResolvedOn, grievanceVersions.GetValueOrDefault(g.Id)))],
            PipelineFigures.Compute([ProjectFacts.Of(p)], today),
            version);
    }

    /// <summary>The municipality's pipeline figures. Confidential projects count in them: figures are aggregates (ADR 0032).</summary>
    public async Task<PipelineFigures> FiguresAsync(CancellationToken ct)
    {
        // The dashboard asks for this on every visit. Most of a city's pipeline are leads with nothing attached yet:
        // their facts are their stages, read as two columns; only projects with an MOU, money, incentives or jobs
        // are loaded whole (and only with what ProjectFacts reads).
        var bare = await db.InvestmentProjects.AsNoTracking()
            .Where(p => p.Mou == null && !p.Tranches.Any() && !p.Incentives.Any() && !p.JobsReports.Any())
            .Select(p => new { p.Stage, p.FurthestStage }).ToListAsync(ct);
        var loaded = await db.InvestmentProjects.Include(p => p.Mou).Include(p => p.Tranches).Include(p => p.Incentives).Include(p => p.JobsReports)
            .AsNoTracking().AsSplitQuery()
            .Where(p => p.Mou != null || p.Tranches.Any() || p.Incentives.Any() || p.JobsReports.Any())
            .ToListAsync(ct);
        return PipelineFigures.Compute(
            [.. bare.Select(p => ProjectFacts.Bare(p.Stage, p.FurthestStage)), .. loaded.Select(ProjectFacts.Of)], Today);
    }

    /// <summary>The dashboard's headline: verified money and jobs first, pledged figures as the shadow they are measured against.</summary>
    /// <remarks>Remembered until the municipality's data changes (ADR 0073).</remarks>
    public Task<InvestmentHeadline> HeadlineAsync(CancellationToken ct) =>
        headlines.GetAsync("investments", db.CurrentMunicipalityId, ComputeHeadlineAsync, ct);

    private async Task<InvestmentHeadline> ComputeHeadlineAsync(CancellationToken ct)
    {
        var f = await FiguresAsync(ct);
        return new InvestmentHeadline(f.Projects, f.Active, f.Money, f.VerifiedRealisation, f.Realisation, f.JobsVerified, f.JobsPledged, f.MousSigned, f.MousWithNothingArrived);
    }

    public async Task<IReadOnlyList<CompanySummary>> ExportCompaniesAsync(CompanySearch search, bool canSeeConfidential, CancellationToken ct) =>
        (await ListCompaniesAsync(search, new PageRequest { Page = 1, PageSize = ExportLimit }, canSeeConfidential, ct)).Items;

    public async Task<IReadOnlyList<ProjectExportRow>> ExportProjectsAsync(ProjectSearch search, bool canSeeConfidential, CancellationToken ct)
    {
        var visible = (await SummariesAsync(search, ct)).Where(p => canSeeConfidential || p.CodeName is null).ToList();
        var ids = Sort(visible, search.Sort).Take(ExportLimit).Select(p => p.Id).ToList();
        var projects = await Full().AsNoTracking().AsSplitQuery().Where(p => ids.Contains(p.Id)).ToListAsync(ct);
        var byId = projects.ToDictionary(p => p.Id);
        return [.. ids.Select(id => byId[id]).Select(p =>
        {
            var facts = ProjectFacts.Of(p);
            var money = PipelineFigures.Compute([facts], Today).Money;
            return new ProjectExportRow(
                p.Title, p.CodeName, p.Company!.NameEn, p.Company.CountryCode, p.Stage.ToString(), Iso(p.StageSince), p.Source.ToString(), p.Type.ToString(),
                p.SiteType.ToString(), p.SiteName, p.ResponsibleOfficer, p.ProbabilityPercent, p.ExpectedDecisionOn is { } d ? Iso(d) : null,
                p.Mou is { } m ? Iso(m.SignedOn) : null, p.Mou?.PledgedKrw ?? 0, p.Mou?.PledgedJobs ?? 0,
                money.NotifiedKrw, money.ArrivedKrw, money.VerifiedKrw, facts.JobsVerified);
        })];
    }

    public async Task<Page<CompanySummary>> ListCompaniesAsync(CompanySearch search, PageRequest page, bool canSeeConfidential, CancellationToken ct)
    {
        var query = VisibleCompanies(canSeeConfidential);
        if (!string.IsNullOrWhiteSpace(search.Q))
        {
            var q = search.Q.Trim();
            query = query.Where(c => c.NameKo.Contains(q) || c.NameEn.Contains(q) || (c.NameOriginal != null && c.NameOriginal.Contains(q)) || (c.ParentGroup != null && c.ParentGroup.Contains(q)));
        }

        if (search.Country is { } country)
        {
            query = query.Where(c => c.CountryCode == country);
        }

        query = (search.Sort ?? "name") switch
        {
            "name_desc" => query.OrderByDescending(c => c.NameEn),
            "country" => query.OrderBy(c => c.CountryCode).ThenBy(c => c.NameEn),
            "country_desc" => query.OrderByDescending(c => c.CountryCode).ThenBy(c => c.NameEn),
            "size" => query.OrderBy(c => c.Size).ThenBy(c => c.NameEn),
            "size_desc" => query.OrderByDescending(c => c.Size).ThenBy(c => c.NameEn),
            _ => query.OrderBy(c => c.NameEn),
        };
        var total = await query.CountAsync(ct);
        var items = await query.Skip(page.Skip).Take(page.PageSize)
            .Select(c => new CompanySummary(c.Id, c.NameKo, c.NameEn, c.NameOriginal, c.CountryCode, c.KsicCode, c.Size, c.ParentGroup,
                db.InvestmentProjects.Count(p => p.CompanyId == c.Id && (canSeeConfidential || p.CodeName == null))))
            .ToListAsync(ct);
        return new Page<CompanySummary>(items, page.Page, page.PageSize, total);
    }

    public async Task<CompanyDetails> GetCompanyAsync(Guid id, bool canSeeConfidential, CancellationToken ct)
    {
        var company = await VisibleCompanies(canSeeConfidential).AsNoTracking().SingleOrDefaultAsync(c => c.Id == id, ct)
            ?? throw new NotFoundException(nameof(Company), id);
        var projects = (await SummariesAsync(new ProjectSearch(), ct)).Where(p => p.CompanyId == id && (canSeeConfidential || p.CodeName is null)).ToList();
        return new CompanyDetails(company.Id, company.NameKo, company.NameEn, company.NameOriginal, company.CountryCode, company.KsicCode, company.Size,
            company.ParentGroup, [.. company.Contacts.Select(c => new ContactInput(c.Person, c.Role, c.Language))], projects,
            await VersionGuard.VersionOf(db.Companies.Where(c => c.Id == id)).SingleAsync(ct));
    }

    /// <summary>
    /// Companies the caller may see: an investor known only through confidential projects would reveal the
    /// deal by its name, so it is hidden with them.
    /// </summary>
    private IQueryable<Company> VisibleCompanies(bool canSeeConfidential) =>
        db.Companies.Where(c => canSeeConfidential
            || !db.InvestmentProjects.Any(p => p.CompanyId == c.Id)
            || db.InvestmentProjects.Any(p => p.CompanyId == c.Id && p.CodeName == null));

    private IQueryable<InvestmentProject> Full() =>
        db.InvestmentProjects.Include(p => p.Company).Include(p => p.StageHistory).Include(p => p.Mou)
            .Include(p => p.Tranches).Include(p => p.Incentives).Include(p => p.JobsReports).Include(p => p.Grievances);

    /// <summary>Summaries of every project matching the filters, confidential ones included; callers drop what the user may not see.</summary>
    private async Task<List<ProjectSummary>> SummariesAsync(ProjectSearch search, CancellationToken ct)
    {
        var query = db.InvestmentProjects.AsNoTracking();
        if (search.Stage is { } stage)
        {
            query = query.Where(p => p.Stage == stage);
        }

        if (search.Source is { } source)
        {
            query = query.Where(p => p.Source == source);
        }

        if (!string.IsNullOrWhiteSpace(search.Q))
        {
            var q = search.Q.Trim();
            query = query.Where(p => p.Title.Contains(q) || (p.CodeName != null && p.CodeName.Contains(q)) || p.Company!.NameEn.Contains(q)
                || p.Company.NameKo.Contains(q) || p.ResponsibleOfficer.Contains(q));
        }

        var rows = await query.Select(p => new
        {
            p.Id, p.Title, p.CodeName, p.CompanyId, Company = p.Company!.NameEn, p.Company.CountryCode, p.Stage, p.StageSince, p.Source, p.Type,
            p.ResponsibleOfficer, p.ProbabilityPercent, p.ExpectedDecisionOn,
            Pledged = p.Mou != null ? p.Mou.PledgedKrw : 0,
        }).ToListAsync(ct);
        // Arrived money per project of the same selection; graded in memory because grades are stored by name.
        var tranches = await query.SelectMany(p => p.Tranches).Select(t => new { t.ProjectId, t.AmountKrw, t.Grade }).ToListAsync(ct);
        var arrived = tranches.Where(t => t.Grade >= EvidenceGrade.Arrived).GroupBy(t => t.ProjectId)
            .ToDictionary(g => g.Key, g => g.Aggregate(0L, (sum, t) => checked(sum + t.AmountKrw)));
        return [.. rows.Select(r => new ProjectSummary(r.Id, r.Title, r.CodeName, r.CompanyId, r.Company, r.CountryCode, r.Stage, r.StageSince, r.Source, r.Type,
            r.ResponsibleOfficer, r.ProbabilityPercent, r.ExpectedDecisionOn, r.Pledged, arrived.GetValueOrDefault(r.Id)))];
    }

    private static IEnumerable<ProjectSummary> Sort(List<ProjectSummary> projects, string? sort) => (sort ?? "title") switch
    {
        "title_desc" => projects.OrderByDescending(p => p.Title, StringComparer.Ordinal),
        "stage" => projects.OrderBy(p => p.Stage).ThenBy(p => p.Title, StringComparer.Ordinal),
        "stage_desc" => projects.OrderByDescending(p => p.Stage).ThenBy(p => p.Title, StringComparer.Ordinal),
        "company" => projects.OrderBy(p => p.CompanyName, StringComparer.Ordinal).ThenBy(p => p.Title, StringComparer.Ordinal),
        "company_desc" => projects.OrderByDescending(p => p.CompanyName, StringComparer.Ordinal).ThenBy(p => p.Title, StringComparer.Ordinal),
        "decision" => projects.OrderBy(p => p.ExpectedDecisionOn ?? DateOnly.MaxValue).ThenBy(p => p.Title, StringComparer.Ordinal),
        "decision_desc" => projects.OrderByDescending(p => p.ExpectedDecisionOn ?? DateOnly.MinValue).ThenBy(p => p.Title, StringComparer.Ordinal),
        "pledged" => projects.OrderBy(p => p.PledgedKrw).ThenBy(p => p.Title, StringComparer.Ordinal),
        "pledged_desc" => projects.OrderByDescending(p => p.PledgedKrw).ThenBy(p => p.Title, StringComparer.Ordinal),
        "arrived" => projects.OrderBy(p => p.ArrivedKrw).ThenBy(p => p.Title, StringComparer.Ordinal),
        "arrived_desc" => projects.OrderByDescending(p => p.ArrivedKrw).ThenBy(p => p.Title, StringComparer.Ordinal),
        "since" => projects.OrderBy(p => p.StageSince).ThenBy(p => p.Title, StringComparer.Ordinal),
        "since_desc" => projects.OrderByDescending(p => p.StageSince).ThenBy(p => p.Title, StringComparer.Ordinal),
        _ => projects.OrderBy(p => p.Title, StringComparer.Ordinal),
    };

    /// <summary>Names the delegation ("Anshan · 2024-03-04 · inbound") and activity a project came from.</summary>
    private async Task<ProjectOrigin> OriginAsync(InvestmentProject p, CancellationToken ct)
    {
        string? delegation = null, activity = null;
        if (p.SourceDelegationId is { } d)
        {
            delegation = await db.Delegations.AsNoTracking().Where(x => x.Id == d)
                .Select(x => x.PartnerCity!.NameEn + " (" + x.PartnerCity.NameKo + ") · " + x.Purpose).SingleOrDefaultAsync(ct);
        }

        if (p.SourceActivityId is { } a)
        {
            activity = await db.ExchangeActivities.AsNoTracking().Where(x => x.Id == a).Select(x => x.Title).SingleOrDefaultAsync(ct);
        }

        return new ProjectOrigin(p.SourceDelegationId, delegation, p.SourceActivityId, activity);
    }

    private static string Iso(DateOnly d) => d.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);
}
