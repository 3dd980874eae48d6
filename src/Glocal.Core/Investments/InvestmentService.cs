using Glocal.Core.Data;
using Glocal.Core.Shared;
using Glocal.Core.Tenancy;
using Microsoft.EntityFrameworkCore;

namespace Glocal.Core.Investments;

/// <summary>
/// Every write of the investment module, shared by the API, the pages and the import. Callers say whether
/// the acting user may see confidential projects; a project they may not see does not exist for them.
/// </summary>
public sealed class InvestmentService(GlocalDbContext db, TenantContext tenant, TimeProvider clock)
{
    private DateTime Now => clock.GetUtcNow().UtcDateTime;

    private DateOnly Today => DateOnly.FromDateTime(Now);

    private string Actor => tenant.UserName ?? "system";

    public async Task<Guid> CreateCompanyAsync(CreateCompanyRequest request, CancellationToken ct)
    {
        if (await db.Companies.AnyAsync(c => c.NameEn == request.NameEn.Trim(), ct))
        {
            throw new BusinessRuleException("company_exists", $"A company named '{request.NameEn}' is already registered.", 409);
        }

        var company = new Company
        {
            NameKo = request.NameKo.Trim(),
            NameEn = request.NameEn.Trim(),
            NameOriginal = Blank(request.NameOriginal),
            CountryCode = request.CountryCode,
            KsicCode = Blank(request.KsicCode),
            Size = request.Size,
            ParentGroup = Blank(request.ParentGroup),
            Contacts = [.. (request.Contacts ?? []).Select(c => new CompanyContact { Person = c.Person.Trim(), Role = Blank(c.Role), Language = Blank(c.Language) })],
            CreatedAt = Now,
        };
        db.Companies.Add(company);
        await db.SaveChangesAsync(ct);
        return company.Id;
    }

    public async Task<Guid> CreateProjectAsync(CreateProjectRequest request, CancellationToken ct)
    {
        if (!await db.Companies.AnyAsync(c => c.Id == request.CompanyId, ct))
        {
            throw new BusinessRuleException("company_unknown", "The investor company does not exist in this municipality.");
        }

        if (await db.InvestmentProjects.AnyAsync(p => p.Title == request.Title.Trim(), ct))
        {
            throw new BusinessRuleException("project_exists", $"A project titled '{request.Title}' already exists.", 409);
        }

        await CheckOriginAsync(request.Source, request.SourceDelegationId, request.SourceActivityId, ct);
        var project = new InvestmentProject
        {
            CompanyId = request.CompanyId,
            Title = request.Title.Trim(),
            CodeName = Blank(request.CodeName),
            Source = request.Source,
            SourceDelegationId = request.SourceDelegationId,
            SourceActivityId = request.SourceActivityId,
            Type = request.Type,
            SiteType = request.SiteType,
            SiteName = Blank(request.SiteName),
            ResponsibleOfficer = request.ResponsibleOfficer.Trim(),
            ProbabilityPercent = request.ProbabilityPercent,
            ExpectedDecisionOn = request.ExpectedDecisionOn,
            CreatedAt = Now,
        };
        project.Open(request.Stage, request.OpenedOn ?? Today, Actor, Now);
        db.InvestmentProjects.Add(project);
        await db.SaveChangesAsync(ct);
        return project.Id;
    }

    public async Task MoveStageAsync(Guid projectId, MoveStageRequest request, bool canSeeConfidential, CancellationToken ct)
    {
        var project = await LoadAsync(projectId, canSeeConfidential, ct);
        var on = request.On ?? Today;
        if (on > Today)
        {
            throw new BusinessRuleException("stage_date_in_future", "A stage change cannot be dated in the future.");
        }

        if (request.Stage == ProjectStage.Mou && !await db.InvestmentMous.AnyAsync(m => m.ProjectId == projectId, ct))
        {
            throw new BusinessRuleException("mou_required", "Record the MOU (signatories, pledge) before moving the project to MOU.");
        }

        project.MoveTo(request.Stage, on, Actor, Now, request.Reason);
        await db.SaveChangesAsync(ct);
    }

    public async Task RecordMouAsync(Guid projectId, RecordMouRequest request, bool canSeeConfidential, CancellationToken ct)
    {
        await LoadAsync(projectId, canSeeConfidential, ct);
        var pledged = Money.Parse(request.PledgedAmount, request.Currency);
        var rate = RateFor(request.Currency, request.ExchangeRate, request.RateOn);
        var mou = await db.InvestmentMous.SingleOrDefaultAsync(m => m.ProjectId == projectId, ct);
        if (mou is null)
        {
            mou = new InvestmentMou { ProjectId = projectId, Signatories = "" };
            db.InvestmentMous.Add(mou);
        }

        mou.SignedOn = request.SignedOn;
        mou.Signatories = request.Signatories.Trim();
        mou.PledgedMinor = pledged.Minor;
        mou.PledgedCurrency = pledged.Currency;
        mou.KrwPerUsdScaled = rate?.KrwPerUsdScaled;
        mou.RateOn = rate?.On;
        mou.PledgedKrw = pledged.ToKrw(rate);
        mou.PledgedJobs = request.PledgedJobs;
        mou.NonBinding = request.NonBinding;
        foreach (var milestone in request.Milestones ?? [])
        {
            mou.Milestones.Add(new MouMilestone { Title = milestone.Title.Trim(), DueOn = milestone.DueOn });
        }

        await db.SaveChangesAsync(ct);
    }

    public async Task CompleteMilestoneAsync(Guid projectId, Guid milestoneId, CompleteMilestoneRequest request, bool canSeeConfidential, CancellationToken ct)
    {
        await LoadAsync(projectId, canSeeConfidential, ct);
        var mou = await db.InvestmentMous.SingleOrDefaultAsync(m => m.ProjectId == projectId, ct) ?? throw new NotFoundException("MOU", projectId);
        var milestone = mou.Milestones.SingleOrDefault(m => m.Id == milestoneId) ?? throw new NotFoundException(nameof(MouMilestone), milestoneId);
        milestone.CompletedOn = request.On;
        await db.SaveChangesAsync(ct);
    }

    public async Task<Guid> AddTrancheAsync(Guid projectId, AddTrancheRequest request, bool canSeeConfidential, CancellationToken ct)
    {
        await LoadAsync(projectId, canSeeConfidential, ct);
        var amount = Money.Parse(request.Amount, request.Currency);
        if (amount.Minor <= 0)
        {
            throw new BusinessRuleException("amount_not_positive", "A tranche amount must be greater than zero.");
        }

        var rate = RateFor(request.Currency, request.ExchangeRate, request.RateOn);
        var tranche = new InvestmentTranche
        {
            ProjectId = projectId,
            On = request.On,
            AmountMinor = amount.Minor,
            Currency = amount.Currency,
            KrwPerUsdScaled = rate?.KrwPerUsdScaled,
            RateOn = rate?.On,
            AmountKrw = amount.ToKrw(rate),
            Grade = request.Grade,
            EvidenceSource = request.EvidenceSource.Trim(),
        };
        db.InvestmentTranches.Add(tranche);
        await db.SaveChangesAsync(ct);
        return tranche.Id;
    }

    public async Task<Guid> AddIncentiveAsync(Guid projectId, AddIncentiveRequest request, bool canSeeConfidential, CancellationToken ct)
    {
        await LoadAsync(projectId, canSeeConfidential, ct);
        var incentive = new Incentive
        {
            ProjectId = projectId,
            Type = request.Type,
            AmountKrw = request.AmountKrw,
            LegalBasis = request.LegalBasis.Trim(),
            GrantedOn = request.GrantedOn,
            Conditions = [.. (request.Conditions ?? []).Select(c => new IncentiveCondition { Description = c.Description.Trim(), DueOn = c.DueOn })],
        };
        db.Incentives.Add(incentive);
        await db.SaveChangesAsync(ct);
        return incentive.Id;
    }

    public async Task CheckConditionAsync(Guid projectId, Guid incentiveId, Guid conditionId, CheckConditionRequest request, bool canSeeConfidential, CancellationToken ct, long? expectedVersion = null)
    {
        var incentive = await IncentiveAsync(projectId, incentiveId, canSeeConfidential, ct);
        VersionGuard.Check(db, incentive, expectedVersion);
        if (request.CheckedOn > Today)
        {
            throw new BusinessRuleException("check_in_future", "A compliance check cannot be dated in the future.");
        }

        var condition = incentive.Conditions.SingleOrDefault(c => c.Id == conditionId) ?? throw new NotFoundException(nameof(IncentiveCondition), conditionId);
        condition.Status = request.Status;
        condition.CheckedOn = request.CheckedOn;
        await db.SaveChangesAsync(ct);
    }

    public async Task SetClawbackAsync(Guid projectId, Guid incentiveId, SetClawbackRequest request, bool canSeeConfidential, CancellationToken ct, long? expectedVersion = null)
    {
        var incentive = await IncentiveAsync(projectId, incentiveId, canSeeConfidential, ct);
        VersionGuard.Check(db, incentive, expectedVersion);
        incentive.Clawback = request.Clawback;
        await db.SaveChangesAsync(ct);
    }

    public async Task<Guid> AddJobsReportAsync(Guid projectId, AddJobsReportRequest request, bool canSeeConfidential, CancellationToken ct)
    {
        await LoadAsync(projectId, canSeeConfidential, ct);
        if (request.PeriodEnd < request.PeriodStart)
        {
            throw new BusinessRuleException("period_reversed", "The period ends before it starts.");
        }

        var report = new JobsReport
        {
            ProjectId = projectId,
            PeriodStart = request.PeriodStart,
            PeriodEnd = request.PeriodEnd,
            DirectKorean = request.DirectKorean,
            Verification = request.Verification,
            ForeignByStayStatus = [.. (request.Foreign ?? []).Where(f => f.Count > 0).Select(f => new ForeignJobCount { StayStatus = f.StayStatus, Count = f.Count })],
        };
        db.JobsReports.Add(report);
        await db.SaveChangesAsync(ct);
        return report.Id;
    }

    public async Task<Guid> AddGrievanceAsync(Guid projectId, AddGrievanceRequest request, bool canSeeConfidential, CancellationToken ct)
    {
        await LoadAsync(projectId, canSeeConfidential, ct);
        var grievance = new Grievance
        {
            ProjectId = projectId,
            Category = request.Category,
            Summary = request.Summary.Trim(),
            ReferredTo = Blank(request.ReferredTo),
            Status = request.Status,
            OpenedOn = request.OpenedOn,
            ResolvedOn = request.Status is GrievanceStatus.Resolved or GrievanceStatus.Closed ? request.OpenedOn : null,
        };
        db.Grievances.Add(grievance);
        await db.SaveChangesAsync(ct);
        return grievance.Id;
    }

    /// <summary>Edits a project's descriptive fields; <paramref name="expectedVersion"/> is the version the editor read (If-Match, the form's hidden field).</summary>
    public async Task UpdateProjectAsync(Guid projectId, UpdateProjectRequest request, long? expectedVersion, bool canSeeConfidential, CancellationToken ct)
    {
        var project = await LoadAsync(projectId, canSeeConfidential, ct);
        VersionGuard.Check(db, project, expectedVersion);
        if (request.Title is { } title && await db.InvestmentProjects.AnyAsync(p => p.Id != projectId && p.Title == title.Trim(), ct))
        {
            throw new BusinessRuleException("project_exists", $"A project titled '{title}' already exists.", 409);
        }

        project.Title = request.Title?.Trim() ?? project.Title;
        project.ResponsibleOfficer = request.ResponsibleOfficer?.Trim() ?? project.ResponsibleOfficer;
        project.Type = request.Type ?? project.Type;
        project.SiteType = request.SiteType ?? project.SiteType;
        project.SiteName = request.SiteName is null ? project.SiteName : Blank(request.SiteName);
        project.ProbabilityPercent = request.ProbabilityPercent ?? project.ProbabilityPercent;
        project.ExpectedDecisionOn = request.ClearExpectedDecision ? null : request.ExpectedDecisionOn ?? project.ExpectedDecisionOn;
        if (project.Title.Length == 0 || project.ResponsibleOfficer.Length == 0)
        {
            throw new BusinessRuleException("project_fields_required", "A project keeps a title and a responsible officer.");
        }

        await db.SaveChangesAsync(ct);
    }

    /// <summary>Edits an investor; contacts, when given, replace the list. An investor hidden from the caller (ADR 0032) is not found.</summary>
    public async Task UpdateCompanyAsync(Guid companyId, UpdateCompanyRequest request, long? expectedVersion, bool canSeeConfidential, CancellationToken ct)
    {
        var company = await db.Companies.SingleOrDefaultAsync(c => c.Id == companyId && (canSeeConfidential
                || !db.InvestmentProjects.Any(p => p.CompanyId == c.Id)
                || db.InvestmentProjects.Any(p => p.CompanyId == c.Id && p.CodeName == null)), ct)
            ?? throw new NotFoundException(nameof(Company), companyId);
        VersionGuard.Check(db, company, expectedVersion);
        if (request.NameEn is { } nameEn && await db.Companies.AnyAsync(c => c.Id != companyId && c.NameEn == nameEn.Trim(), ct))
        {
            throw new BusinessRuleException("company_exists", $"A company named '{nameEn}' is already registered.", 409);
        }

        company.NameKo = request.NameKo?.Trim() ?? company.NameKo;
        company.NameEn = request.NameEn?.Trim() ?? company.NameEn;
        company.NameOriginal = request.NameOriginal is null ? company.NameOriginal : Blank(request.NameOriginal);
        company.CountryCode = request.CountryCode ?? company.CountryCode;
        company.Size = request.Size ?? company.Size;
        company.KsicCode = request.KsicCode is null ? company.KsicCode : Blank(request.KsicCode);
        company.ParentGroup = request.ParentGroup is null ? company.ParentGroup : Blank(request.ParentGroup);
        if (request.Contacts is { } contacts)
        {
            company.Contacts.Clear();
            company.Contacts.AddRange(contacts.Select(c => new CompanyContact { Person = c.Person.Trim(), Role = Blank(c.Role), Language = Blank(c.Language) }));
        }

        if (company.NameKo.Length == 0 || company.NameEn.Length == 0)
        {
            throw new BusinessRuleException("company_names_required", "An investor keeps a Korean and an English name.");
        }

        await db.SaveChangesAsync(ct);
    }

    /// <summary>Follows a grievance up. Resolving or closing it dates the resolution; reopening clears it.</summary>
    public async Task UpdateGrievanceAsync(Guid projectId, Guid grievanceId, UpdateGrievanceRequest request, long? expectedVersion, bool canSeeConfidential, CancellationToken ct)
    {
        await LoadAsync(projectId, canSeeConfidential, ct);
        var grievance = await db.Grievances.SingleOrDefaultAsync(g => g.Id == grievanceId && g.ProjectId == projectId, ct)
            ?? throw new NotFoundException(nameof(Grievance), grievanceId);
        VersionGuard.Check(db, grievance, expectedVersion);
        var on = request.On ?? Today;
        if (on > Today)
        {
            throw new BusinessRuleException("grievance_date_in_future", "A grievance cannot be resolved in the future.");
        }

        grievance.ReferredTo = request.ReferredTo is null ? grievance.ReferredTo : Blank(request.ReferredTo);
        if (request.Status is { } status && status != grievance.Status)
        {
            if (status == GrievanceStatus.Referred && grievance.ReferredTo is null)
            {
                throw new BusinessRuleException("grievance_agency_required", "Name the agency the grievance is referred to.");
            }

            var resolved = status is GrievanceStatus.Resolved or GrievanceStatus.Closed;
            if (resolved && on < grievance.OpenedOn)
            {
                throw new BusinessRuleException("grievance_resolved_before_opened", "A grievance cannot be resolved before it was opened.");
            }

            grievance.Status = status;
            grievance.ResolvedOn = resolved ? grievance.ResolvedOn ?? on : null;
        }

        await db.SaveChangesAsync(ct);
    }

    /// <summary>A project of this municipality the caller may see, tracked for a change.</summary>
    private async Task<InvestmentProject> LoadAsync(Guid id, bool canSeeConfidential, CancellationToken ct) =>
        await db.InvestmentProjects.SingleOrDefaultAsync(p => p.Id == id && (canSeeConfidential || p.CodeName == null), ct)
            ?? throw new NotFoundException(nameof(InvestmentProject), id);

    private async Task<Incentive> IncentiveAsync(Guid projectId, Guid incentiveId, bool canSeeConfidential, CancellationToken ct)
    {
        await LoadAsync(projectId, canSeeConfidential, ct);
        return await db.Incentives.SingleOrDefaultAsync(i => i.Id == incentiveId && i.ProjectId == projectId, ct)
            ?? throw new NotFoundException(nameof(Incentive), incentiveId);
    }

    /// <summary>
    /// The project's origin must match its source and be a delegation or activity of the same municipality;
    /// the tenant filter hides other municipalities' records, so they read as unknown (ADR 0033).
    /// </summary>
    private async Task CheckOriginAsync(ProjectSource source, Guid? delegationId, Guid? activityId, CancellationToken ct)
    {
        if (delegationId is not null && source != ProjectSource.PartnerCityDelegation)
        {
            throw new BusinessRuleException("origin_mismatch", "A source delegation is given only for projects sourced from a partner-city delegation.");
        }

        if (activityId is not null && source is not (ProjectSource.ExchangeActivity or ProjectSource.PartnerCityDelegation))
        {
            throw new BusinessRuleException("origin_mismatch", "A source activity is given only for projects sourced from the exchange module.");
        }

        if (delegationId is { } d && !await db.Delegations.AnyAsync(x => x.Id == d, ct))
        {
            throw new BusinessRuleException("origin_unknown", "The source delegation does not exist in this municipality.");
        }

        if (activityId is { } a && !await db.ExchangeActivities.AnyAsync(x => x.Id == a, ct))
        {
            throw new BusinessRuleException("origin_unknown", "The source exchange activity does not exist in this municipality.");
        }
    }

    private static ExchangeRate? RateFor(Currency currency, string? rate, DateOnly? on)
    {
        if (currency == Currency.KRW)
        {
            return null;
        }

        if (string.IsNullOrWhiteSpace(rate) || on is null)
        {
            throw new BusinessRuleException("exchange_rate_required", "A USD amount needs the won-per-dollar rate used and its date.");
        }

        return ExchangeRate.Parse(rate, on.Value);
    }

    private static string? Blank(string? text) => string.IsNullOrWhiteSpace(text) ? null : text.Trim();
}
