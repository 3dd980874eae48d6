using System.ComponentModel.DataAnnotations;

namespace Glocal.Core.Exchanges;

public sealed record CreatePartnerRequest(
    [property: Required, StringLength(100, MinimumLength = 1)] string NameKo,
    [property: Required, StringLength(100, MinimumLength = 1)] string NameEn,
    [property: Required, RegularExpression("^[A-Z]{2}$", ErrorMessage = "Country must be an ISO 3166-1 alpha-2 code such as CN.")] string CountryCode,
    PartnerLevel Level = PartnerLevel.City,
    [property: StringLength(100)] string? NameLocal = null,
    [property: StringLength(100)] string? Region = null,
    [property: Range(0, 2_000_000_000)] long? Population = null,
    [property: Range(-90.0, 90.0)] double? Latitude = null,
    [property: Range(-180.0, 180.0)] double? Longitude = null,
    int? GeoNameId = null,
    [property: StringLength(2000)] string? Notes = null);

/// <summary>Every field optional: only those given change.</summary>
public sealed record UpdatePartnerRequest(
    [property: StringLength(100, MinimumLength = 1)] string? NameKo = null,
    [property: StringLength(100, MinimumLength = 1)] string? NameEn = null,
    [property: StringLength(100)] string? NameLocal = null,
    [property: StringLength(100)] string? Region = null,
    PartnerLevel? Level = null,
    [property: Range(0, 2_000_000_000)] long? Population = null,
    [property: StringLength(2000)] string? Notes = null);

public sealed record CreateAgreementRequest(
    Guid PartnerCityId,
    AgreementType Type,
    DateOnly SignedOn,
    ExchangeFields Fields,
    DateOnly? CouncilApprovedOn = null,
    [property: StringLength(50)] string? CouncilResolutionNumber = null,
    [property: StringLength(2000)] string? Motive = null);

public sealed record ChangeAgreementStatusRequest(
    AgreementStatus Status,
    [property: StringLength(500)] string? Reason = null,
    DateOnly? On = null);

public sealed record BudgetLine(
    [property: Range(1990, 2100)] int Year,
    FundingSource Source,
    [property: Range(0, long.MaxValue)] long PlannedWon,
    [property: Range(0, long.MaxValue)] long? ExecutedWon = null);

public sealed record CreateProgrammeRequest(
    Guid PartnerCityId,
    [property: Required, StringLength(200, MinimumLength = 1)] string Name,
    ExchangeFields Field,
    ExchangeDirection Direction,
    ProgrammeFormat Format,
    ProgrammeRecurrence Recurrence,
    [property: Range(1990, 2100)] int StartYear,
    [property: Range(1990, 2100)] int? EndYear = null,
    Guid? AgreementId = null,
    IReadOnlyList<BudgetLine>? Budgets = null);

public sealed record FollowUpLine(
    [property: Required, StringLength(500, MinimumLength = 1)] string Description,
    DateOnly DueOn);

public sealed record CreateDelegationRequest(
    Guid PartnerCityId,
    ExchangeDirection Direction,
    DelegationHead Head,
    [property: Required, StringLength(500, MinimumLength = 1)] string Purpose,
    DateOnly StartsOn,
    DateOnly EndsOn,
    [property: Range(0, long.MaxValue)] long CostWon = 0,
    [property: Range(0, 10_000)] int MembersOfficials = 0,
    [property: Range(0, 10_000)] int MembersCouncil = 0,
    [property: Range(0, 10_000)] int MembersBusiness = 0,
    [property: Range(0, 10_000)] int MembersCitizens = 0,
    [property: Range(0, 10_000)] int MembersStudents = 0,
    DateOnly? ApprovedOn = null,
    DateOnly? ReportedOn = null,
    [property: StringLength(4000)] string? ReportSummary = null,
    Guid? ProgrammeId = null,
    IReadOnlyList<FollowUpLine>? FollowUps = null);

public sealed record CompleteFollowUpRequest(DateOnly? DoneOn = null);

public sealed record LogActivityRequest(
    Guid PartnerCityId,
    DateOnly OccurredOn,
    ActivityKind Kind,
    bool Substantive,
    [property: Required, StringLength(300, MinimumLength = 1)] string Title,
    ExchangeDirection Direction = ExchangeDirection.Bilateral,
    [property: Range(0, 1_000_000)] int Participants = 0,
    [property: Range(0, long.MaxValue)] long CostWon = 0,
    [property: Range(0, 1000)] int OutputAgreements = 0,
    [property: Range(0, 1000)] int OutputInvestmentLeads = 0,
    [property: Range(0, 100_000)] int OutputStudentsExchanged = 0,
    [property: Range(0, 1000)] int OutputContracts = 0,
    Guid? AgreementId = null,
    Guid? ProgrammeId = null,
    Guid? DelegationId = null);

/// <summary>Corrects an agreement; every field optional, only those given change; the agreement rules are checked again.</summary>
public sealed record UpdateAgreementRequest(
    AgreementType? Type = null,
    DateOnly? SignedOn = null,
    ExchangeFields? Fields = null,
    DateOnly? CouncilApprovedOn = null,
    [property: StringLength(50)] string? CouncilResolutionNumber = null,
    [property: StringLength(2000)] string? Motive = null);

/// <summary>Edits a programme; every field optional. Budgets, when given, replace all the budget lines.</summary>
public sealed record UpdateProgrammeRequest(
    [property: StringLength(200, MinimumLength = 1)] string? Name = null,
    ExchangeFields? Field = null,
    ExchangeDirection? Direction = null,
    ProgrammeFormat? Format = null,
    ProgrammeRecurrence? Recurrence = null,
    [property: Range(1990, 2100)] int? StartYear = null,
    [property: Range(1990, 2100)] int? EndYear = null,
    bool ClearEndYear = false,
    Guid? AgreementId = null,
    bool ClearAgreement = false,
    IReadOnlyList<BudgetLine>? Budgets = null);

/// <summary>Edits a delegation, typically to record the pre-trip approval and the post-trip report; every field optional.</summary>
public sealed record UpdateDelegationRequest(
    ExchangeDirection? Direction = null,
    DelegationHead? Head = null,
    [property: StringLength(500, MinimumLength = 1)] string? Purpose = null,
    DateOnly? StartsOn = null,
    DateOnly? EndsOn = null,
    [property: Range(0, long.MaxValue)] long? CostWon = null,
    [property: Range(0, 10_000)] int? MembersOfficials = null,
    [property: Range(0, 10_000)] int? MembersCouncil = null,
    [property: Range(0, 10_000)] int? MembersBusiness = null,
    [property: Range(0, 10_000)] int? MembersCitizens = null,
    [property: Range(0, 10_000)] int? MembersStudents = null,
    DateOnly? ApprovedOn = null,
    DateOnly? ReportedOn = null,
    [property: StringLength(4000)] string? ReportSummary = null);
