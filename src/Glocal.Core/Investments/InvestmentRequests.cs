using System.ComponentModel.DataAnnotations;

namespace Glocal.Core.Investments;

public sealed record ContactInput(
    [property: Required, StringLength(100, MinimumLength = 1)] string Person,
    [property: StringLength(100)] string? Role = null,
    [property: RegularExpression("^[a-z]{2,3}(-[A-Za-z0-9]{2,8})*$", ErrorMessage = "Language must be a BCP 47 tag such as ja or zh-Hans.")] string? Language = null);

public sealed record CreateCompanyRequest(
    [property: Required, StringLength(200, MinimumLength = 1)] string NameKo,
    [property: Required, StringLength(200, MinimumLength = 1)] string NameEn,
    [property: Required, RegularExpression("^[A-Z]{2}$", ErrorMessage = "Country must be an ISO 3166-1 alpha-2 code such as JP.")] string CountryCode,
    CompanySize Size = CompanySize.Small,
    [property: StringLength(200)] string? NameOriginal = null,
    [property: RegularExpression("^[A-Z]?[0-9]{0,5}$", ErrorMessage = "KSIC must be a section letter and/or up to five digits, such as C26 or 26120.")] string? KsicCode = null,
    [property: StringLength(200)] string? ParentGroup = null,
    IReadOnlyList<ContactInput>? Contacts = null);

public sealed record CreateProjectRequest(
    Guid CompanyId,
    [property: Required, StringLength(200, MinimumLength = 1)] string Title,
    [property: Required, StringLength(100, MinimumLength = 1)] string ResponsibleOfficer,
    ProjectSource Source = ProjectSource.Direct,
    InvestmentType Type = InvestmentType.Greenfield,
    SiteType SiteType = SiteType.IndustrialComplex,
    [property: StringLength(60, MinimumLength = 1)] string? CodeName = null,
    [property: StringLength(200)] string? SiteName = null,
    [property: Range(0, 100)] int ProbabilityPercent = 10,
    DateOnly? ExpectedDecisionOn = null,
    Guid? SourceDelegationId = null,
    Guid? SourceActivityId = null,
    ProjectStage Stage = ProjectStage.Lead,
    DateOnly? OpenedOn = null);

public sealed record MoveStageRequest(
    ProjectStage Stage,
    DateOnly? On = null,
    [property: StringLength(500)] string? Reason = null);

public sealed record MilestoneInput(
    [property: Required, StringLength(200, MinimumLength = 1)] string Title,
    DateOnly DueOn);

/// <summary>Amounts are decimal strings ("12500000", "8,400,000.50") so no client ever sends a binary float.</summary>
public sealed record RecordMouRequest(
    DateOnly SignedOn,
    [property: Required, StringLength(500, MinimumLength = 1)] string Signatories,
    [property: Required, StringLength(30, MinimumLength = 1)] string PledgedAmount,
    Currency Currency = Currency.KRW,
    [property: StringLength(20)] string? ExchangeRate = null,
    DateOnly? RateOn = null,
    [property: Range(0, 1_000_000)] int PledgedJobs = 0,
    bool NonBinding = true,
    IReadOnlyList<MilestoneInput>? Milestones = null);

public sealed record CompleteMilestoneRequest(DateOnly On);

public sealed record AddTrancheRequest(
    DateOnly On,
    [property: Required, StringLength(30, MinimumLength = 1)] string Amount,
    EvidenceGrade Grade,
    [property: Required, StringLength(300, MinimumLength = 1)] string EvidenceSource,
    Currency Currency = Currency.KRW,
    [property: StringLength(20)] string? ExchangeRate = null,
    DateOnly? RateOn = null);

public sealed record ConditionInput(
    [property: Required, StringLength(300, MinimumLength = 1)] string Description,
    DateOnly DueOn);

public sealed record AddIncentiveRequest(
    IncentiveType Type,
    [property: Range(0, long.MaxValue)] long AmountKrw,
    [property: Required, StringLength(300, MinimumLength = 1)] string LegalBasis,
    DateOnly GrantedOn,
    IReadOnlyList<ConditionInput>? Conditions = null);

public sealed record CheckConditionRequest(ComplianceStatus Status, DateOnly CheckedOn);

public sealed record SetClawbackRequest(ClawbackStatus Clawback);

public sealed record ForeignJobsInput(
    [property: Required, RegularExpression("^[A-Z][A-Z0-9]?-[0-9]{1,2}$", ErrorMessage = "Stay status must be a code such as E-7 or D-8.")] string StayStatus,
    [property: Range(0, 1_000_000)] int Count);

public sealed record AddJobsReportRequest(
    DateOnly PeriodStart,
    DateOnly PeriodEnd,
    [property: Range(0, 1_000_000)] int DirectKorean,
    JobsVerification Verification,
    IReadOnlyList<ForeignJobsInput>? Foreign = null);

public sealed record AddGrievanceRequest(
    GrievanceCategory Category,
    [property: Required, StringLength(1000, MinimumLength = 1)] string Summary,
    DateOnly OpenedOn,
    [property: StringLength(200)] string? ReferredTo = null,
    GrievanceStatus Status = GrievanceStatus.Open);

public sealed record ProjectSearch(
    [property: StringLength(100)] string? Q = null,
    ProjectStage? Stage = null,
    ProjectSource? Source = null,
    [property: RegularExpression("^(title|stage|company|decision|pledged|arrived|since)(_desc)?$", ErrorMessage = "Sort by title, stage, company, decision, pledged, arrived or since; add _desc to reverse.")] string? Sort = null);

public sealed record CompanySearch(
    [property: StringLength(100)] string? Q = null,
    [property: RegularExpression("^[A-Z]{2}$")] string? Country = null,
    [property: RegularExpression("^(name|country|size)(_desc)?$", ErrorMessage = "Sort by name, country or size; add _desc to reverse.")] string? Sort = null);

/// <summary>Edits a project's descriptive fields; every field optional, only those given change. The stage moves only through /stage.</summary>
public sealed record UpdateProjectRequest(
    [property: StringLength(200, MinimumLength = 1)] string? Title = null,
    [property: StringLength(100, MinimumLength = 1)] string? ResponsibleOfficer = null,
    InvestmentType? Type = null,
    SiteType? SiteType = null,
    [property: StringLength(200)] string? SiteName = null,
    [property: Range(0, 100)] int? ProbabilityPercent = null,
    DateOnly? ExpectedDecisionOn = null,
    bool ClearExpectedDecision = false);

/// <summary>Edits an investor; contacts, when given, replace the list.</summary>
public sealed record UpdateCompanyRequest(
    [property: StringLength(200, MinimumLength = 1)] string? NameKo = null,
    [property: StringLength(200, MinimumLength = 1)] string? NameEn = null,
    [property: StringLength(200)] string? NameOriginal = null,
    [property: RegularExpression("^[A-Z]{2}$", ErrorMessage = "Country must be an ISO 3166-1 alpha-2 code such as JP.")] string? CountryCode = null,
    CompanySize? Size = null,
    [property: RegularExpression("^[A-Z]?[0-9]{0,5}$", ErrorMessage = "KSIC must be a section letter and/or up to five digits, such as C26 or 26120.")] string? KsicCode = null,
    [property: StringLength(200)] string? ParentGroup = null,
    IReadOnlyList<ContactInput>? Contacts = null);

/// <summary>Follows a grievance up: the agency it went to and where it stands.</summary>
public sealed record UpdateGrievanceRequest(
    GrievanceStatus? Status = null,
    [property: StringLength(200)] string? ReferredTo = null,
    DateOnly? On = null);
