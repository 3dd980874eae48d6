namespace Glocal.Core.Investments;

/// <summary>A project in lists and on the board. Confidential projects reach only users allowed to see them.</summary>
public sealed record ProjectSummary(
    Guid Id,
    string Title,
    string? CodeName,
    Guid CompanyId,
    string CompanyName,
    string CountryCode,
    ProjectStage Stage,
    DateOnly StageSince,
    ProjectSource Source,
    InvestmentType Type,
    string ResponsibleOfficer,
    int ProbabilityPercent,
    DateOnly? ExpectedDecisionOn,
    long PledgedKrw,
    long ArrivedKrw);

/// <summary>A page of projects; <see cref="ConfidentialHidden"/> counts the code-named projects the caller may not see.</summary>
public sealed record ProjectPage(IReadOnlyList<ProjectSummary> Items, int PageNumber, int PageSize, int Total, int ConfidentialHidden)
{
    public int PageCount => Total == 0 ? 0 : (Total + PageSize - 1) / PageSize;
}

public sealed record CompanySummary(Guid Id, string NameKo, string NameEn, string? NameOriginal, string CountryCode, string? KsicCode, CompanySize Size, string? ParentGroup, int Projects);

public sealed record CompanyDetails(
    Guid Id, string NameKo, string NameEn, string? NameOriginal, string CountryCode, string? KsicCode, CompanySize Size,
    string? ParentGroup, IReadOnlyList<ContactInput> Contacts, IReadOnlyList<ProjectSummary> Projects, long Version = 0);

public sealed record StageChangeView(ProjectStage? From, ProjectStage To, DateOnly On, string ChangedBy, DateTime RecordedAt, string? Reason);

public sealed record MilestoneView(Guid Id, string Title, DateOnly DueOn, DateOnly? CompletedOn, bool Overdue);

public sealed record MouView(
    DateOnly SignedOn, string Signatories, long PledgedMinor, Currency Currency, string Pledged, string? ExchangeRate, DateOnly? RateOn,
    long PledgedKrw, int PledgedJobs, bool NonBinding, IReadOnlyList<MilestoneView> Milestones);

public sealed record TrancheView(Guid Id, DateOnly On, long AmountMinor, Currency Currency, string Amount, string? ExchangeRate, DateOnly? RateOn, long AmountKrw, EvidenceGrade Grade, string EvidenceSource);

public sealed record ConditionView(Guid Id, string Description, DateOnly DueOn, ComplianceStatus Status, DateOnly? CheckedOn);

public sealed record IncentiveView(Guid Id, IncentiveType Type, long AmountKrw, string LegalBasis, DateOnly GrantedOn, ClawbackStatus Clawback, IReadOnlyList<ConditionView> Conditions, long Version = 0);

public sealed record JobsReportView(Guid Id, DateOnly PeriodStart, DateOnly PeriodEnd, int DirectKorean, int DirectForeign, IReadOnlyList<ForeignJobsInput> Foreign, JobsVerification Verification);

public sealed record GrievanceView(Guid Id, GrievanceCategory Category, string Summary, string? ReferredTo, GrievanceStatus Status, DateOnly OpenedOn, DateOnly? ResolvedOn, long Version = 0);

/// <summary>Where a project came from in the exchange module, resolved to names for display.</summary>
public sealed record ProjectOrigin(Guid? DelegationId, string? Delegation, Guid? ActivityId, string? Activity);

/// <summary>Everything about one project, with its computed figures and the stages it may move to next.</summary>
public sealed record ProjectDetails(
    Guid Id,
    string Title,
    string? CodeName,
    CompanySummary Company,
    ProjectSource Source,
    ProjectOrigin Origin,
    InvestmentType Type,
    SiteType SiteType,
    string? SiteName,
    string ResponsibleOfficer,
    int ProbabilityPercent,
    DateOnly? ExpectedDecisionOn,
    ProjectStage Stage,
    DateOnly StageSince,
    ProjectStage? DelayedFrom,
    string? LostReason,
    IReadOnlyList<ProjectStage> NextStages,
    IReadOnlyList<StageChangeView> History,
    MouView? Mou,
    IReadOnlyList<TrancheView> Tranches,
    IReadOnlyList<IncentiveView> Incentives,
    IReadOnlyList<JobsReportView> JobsReports,
    IReadOnlyList<GrievanceView> Grievances,
    PipelineFigures Figures,
    long Version = 0);

/// <summary>A row of the projects export: one line per project, figures in won.</summary>
public sealed record ProjectExportRow(
    string Title, string? CodeName, string Company, string Country, string Stage, string StageSince, string Source, string Type,
    string SiteType, string? SiteName, string ResponsibleOfficer, int ProbabilityPercent, string? ExpectedDecisionOn,
    string? MouSignedOn, long PledgedKrw, int PledgedJobs, long NotifiedKrw, long ArrivedKrw, long VerifiedKrw, int? JobsVerified);

/// <summary>The pipeline board: projects grouped by stage, plus how many confidential ones are hidden in each column.</summary>
public sealed record BoardColumn(ProjectStage Stage, IReadOnlyList<ProjectSummary> Projects, int ConfidentialHidden);

/// <summary>The investment pillar on the home dashboard.</summary>
public sealed record InvestmentHeadline(
    int Projects, int Active, MoneyTotals Money, Ratio VerifiedRealisation, Ratio Realisation, int JobsVerified, int JobsPledged, int MousSigned, int MousWithNothingArrived);
