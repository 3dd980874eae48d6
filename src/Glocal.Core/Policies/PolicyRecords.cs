using System.ComponentModel.DataAnnotations;
using Glocal.Core.Shared;

namespace Glocal.Core.Policies;

public sealed record CreatePolicyRequest(
    [property: Required, StringLength(200, MinimumLength = 1)] string Title,
    [property: Range(2000, 2100)] int StartYear,
    [property: Range(2000, 2100)] int? EndYear = null,
    [property: StringLength(2000)] string? Summary = null);

public sealed record PolicySummary(Guid Id, string Title, string? Summary, int StartYear, int? EndYear, int ProgrammeCount);

public sealed record SaveProgrammeRequest(
    Guid PolicyId,
    [property: Required, StringLength(200, MinimumLength = 1)] string Name,
    Pillars Pillars,
    Orientation Orientation,
    ProgrammeMode Mode,
    [property: Required, StringLength(100, MinimumLength = 1)] string LeadDepartment,
    DateOnly StartDate,
    DateOnly? EndDate = null,
    [property: Range(0, 10_000_000)] int? Participants = null,
    [property: StringLength(2000)] string? Description = null);

public sealed record ProgrammeListRequest(
    string? Q = null,
    Pillars? Pillar = null,
    Orientation? Orientation = null,
    ProgrammeMode? Mode = null,
    Guid? PolicyId = null,
    bool? Flagged = null,
    [property: Range(2000, 2100)] int? Year = null,
    string? Sort = null,
    string? Format = null);

public sealed record ProgrammeSummary(
    Guid Id,
    Guid PolicyId,
    string PolicyTitle,
    string Name,
    Pillars Pillars,
    Orientation Orientation,
    ProgrammeMode Mode,
    string LeadDepartment,
    DateOnly StartDate,
    DateOnly? EndDate,
    long PlannedKrw,
    long ExecutedKrw,
    double Fte,
    int KpiCount,
    int ShowcaseScore,
    bool Flagged,
    IReadOnlyList<string> ShowcaseReasons);

public sealed record BudgetLineRecord(Guid Id, int Year, FundingSource Source, long PlannedKrw, long? ExecutedKrw);

public sealed record StaffRecord(Guid Id, int Year, double Fte);

public sealed record PartnerRecord(Guid Id, string Name, PartnerKind Kind, string? Role);

public sealed record KpiValueRecord(DateOnly PeriodStart, DateOnly PeriodEnd, double Value, EvidenceGrade Evidence, string? EvidenceNote, bool Computed);

public sealed record KpiDetails(
    Guid Id,
    Guid ProgrammeId,
    string Name,
    string? Definition,
    string Unit,
    KpiKind Kind,
    double? Baseline,
    double? Target,
    KpiFrequency Frequency,
    string? Source,
    string? Owner,
    string? ComputedCode,
    IReadOnlyList<KpiValueRecord> Values);

public sealed record ProgrammeDetails(
    Guid Id,
    Guid PolicyId,
    string PolicyTitle,
    string Name,
    string? Description,
    Pillars Pillars,
    Orientation Orientation,
    ProgrammeMode Mode,
    string LeadDepartment,
    DateOnly StartDate,
    DateOnly? EndDate,
    int? Participants,
    long? CostPerParticipantKrw,
    IReadOnlyList<BudgetLineRecord> Budget,
    IReadOnlyList<StaffRecord> Staff,
    IReadOnlyList<PartnerRecord> Partners,
    IReadOnlyList<KpiDetails> Kpis,
    IReadOnlyList<LinkRecord> Links,
    ShowcaseScore Showcase);

public sealed record SetBudgetLineRequest(
    [property: Range(2000, 2100)] int Year,
    FundingSource Source,
    [property: Range(0, long.MaxValue)] long PlannedKrw,
    [property: Range(0, long.MaxValue)] long? ExecutedKrw = null);

public sealed record SetStaffRequest([property: Range(2000, 2100)] int Year, [property: Range(0.0, 1000.0)] double Fte);

public sealed record AddPartnerRequest(
    [property: Required, StringLength(200, MinimumLength = 1)] string Name,
    PartnerKind Kind,
    [property: StringLength(200)] string? Role = null);

public sealed record AddKpiRequest(
    [property: Required, StringLength(200, MinimumLength = 1)] string Name,
    [property: Required, StringLength(40, MinimumLength = 1)] string Unit,
    KpiKind Kind,
    KpiFrequency Frequency,
    double? Baseline = null,
    double? Target = null,
    [property: StringLength(1000)] string? Definition = null,
    [property: StringLength(200)] string? Source = null,
    [property: StringLength(100)] string? Owner = null,
    [property: StringLength(80)] string? ComputedCode = null);

public sealed record AddKpiValueRequest(
    DateOnly PeriodStart,
    DateOnly PeriodEnd,
    double Value,
    EvidenceGrade Evidence,
    [property: StringLength(500)] string? EvidenceNote = null);

/// <summary>Money, staff and programmes summed over one slice of the portfolio (a pillar, a source, a mode…).</summary>
public sealed record PortfolioSlice(string Key, int Programmes, long PlannedKrw, long ExecutedKrw, double Fte);

public sealed record BalanceBand(double InwardShareMin, double InwardShareMax);

public sealed record PortfolioOverview(
    string MunicipalityCode,
    string MunicipalityNameKo,
    string MunicipalityNameEn,
    int Year,
    BalanceBand Band,
    BalanceMeasure Budget,
    BalanceMeasure Staff,
    BalanceMeasure Activity,
    ExecutionRate Execution,
    IReadOnlyList<PortfolioSlice> BySource,
    IReadOnlyList<PortfolioSlice> ByPillar,
    IReadOnlyList<PortfolioSlice> ByOrientation,
    IReadOnlyList<PortfolioSlice> ByMode,
    IReadOnlyList<ProgrammeSummary> Programmes);

/// <summary>Link a programme to exactly one record of another module of the same municipality.</summary>
public sealed record AddLinkRequest(
    Guid? ExchangeProgrammeId = null,
    Guid? DelegationId = null,
    Guid? InvestmentProjectId = null,
    Guid? ResidentServiceId = null,
    Guid? KoreanCourseId = null)
{
    /// <summary>The request naming one target of the given kind.</summary>
    public static AddLinkRequest For(LinkKind kind, Guid id) => kind switch
    {
        LinkKind.ExchangeProgramme => new(ExchangeProgrammeId: id),
        LinkKind.Delegation => new(DelegationId: id),
        LinkKind.InvestmentProject => new(InvestmentProjectId: id),
        LinkKind.ResidentService => new(ResidentServiceId: id),
        LinkKind.KoreanCourse => new(KoreanCourseId: id),
        _ => throw new BusinessRuleException("link_kind_unknown", $"Unknown link kind '{kind}'.", 400),
    };
}

/// <summary>A record that can be offered as a link target on the programme page.</summary>
public sealed record LinkTarget(Guid Id, string Title);

/// <summary>A link as shown: the module, the kind of record (a <see cref="LinkKind"/> name), the record and its name (a confidential project shows its code name).</summary>
public sealed record LinkRecord(Guid Id, string Module, string Kind, Guid TargetId, string Title);

public sealed record ComputedKpiCode(string Code, string Module, string Unit, string Description);
