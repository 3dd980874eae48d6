using System.ComponentModel.DataAnnotations;

namespace Glocal.Core.Exchanges;

/// <summary>Filters of the partner list; bound from the query string.</summary>
public sealed record PartnerListRequest
{
    /// <summary>Searches the Korean, English and local names and the region.</summary>
    [StringLength(100)]
    public string? Q { get; init; }

    [RegularExpression("^[A-Za-z]{2}$")]
    public string? Country { get; init; }

    public AgreementType? Type { get; init; }

    public RelationshipStatus? Status { get; init; }

    public ExchangeFields? Field { get; init; }

    /// <summary>name (default), nameKo, country, signed, last, activities, cost; prefix with - for descending.</summary>
    [RegularExpression("^-?(name|nameKo|country|signed|last|activities|cost)$")]
    public string? Sort { get; init; }
}

/// <summary>A partner in lists and exports, with its computed status.</summary>
public sealed record PartnerSummary(
    Guid Id,
    string NameKo,
    string NameEn,
    string? NameLocal,
    string CountryCode,
    string? Region,
    PartnerLevel Level,
    double? Latitude,
    double? Longitude,
    RelationshipStatus Status,
    DateOnly? LastSubstantiveOn,
    AgreementType? MainAgreement,
    DateOnly? FirstSignedOn,
    ExchangeFields Fields,
    int Activities,
    long CostWon);

public sealed record AgreementDetails(
    Guid Id, AgreementType Type, DateOnly SignedOn, ExchangeFields Fields, DateOnly? CouncilApprovedOn, string? CouncilResolutionNumber,
    AgreementStatus Status, string? StatusReason, string? Motive, IReadOnlyList<AgreementStatusEntry> History, Guid PartnerCityId, long Version);

public sealed record AgreementStatusEntry(AgreementStatus Status, string? Reason, DateOnly ChangedOn);

public sealed record ProgrammeDetails(
    Guid Id, Guid? AgreementId, string Name, ExchangeFields Field, ExchangeDirection Direction, ProgrammeFormat Format,
    ProgrammeRecurrence Recurrence, int StartYear, int? EndYear, IReadOnlyList<BudgetLine> Budgets, Guid PartnerCityId, long Version)
{
    public long PlannedWon => Budgets.Sum(b => b.PlannedWon);

    public long ExecutedWon => Budgets.Sum(b => b.ExecutedWon ?? 0);
}

public sealed record FollowUpDetails(Guid Id, Guid DelegationId, string Description, DateOnly DueOn, DateOnly? DoneOn, bool Overdue);

public sealed record DelegationDetails(
    Guid Id, Guid PartnerCityId, string PartnerNameKo, string PartnerNameEn, Guid? ProgrammeId, ExchangeDirection Direction, DelegationHead Head,
    int MembersOfficials, int MembersCouncil, int MembersBusiness, int MembersCitizens, int MembersStudents,
    string Purpose, DateOnly StartsOn, DateOnly EndsOn, long CostWon, DateOnly? ApprovedOn, DateOnly? ReportedOn, string? ReportSummary,
    IReadOnlyList<FollowUpDetails> FollowUps, long Version = 0)
{
    public int Members => MembersOfficials + MembersCouncil + MembersBusiness + MembersCitizens + MembersStudents;

    public int OverdueFollowUps => FollowUps.Count(f => f.Overdue);
}

public sealed record ActivityDetails(
    Guid Id, Guid PartnerCityId, string PartnerNameKo, string PartnerNameEn, string CountryCode, DateOnly OccurredOn, ActivityKind Kind,
    bool Substantive, ExchangeDirection Direction, string Title, int Participants, long CostWon,
    int OutputAgreements, int OutputInvestmentLeads, int OutputStudentsExchanged, int OutputContracts,
    Guid? AgreementId, Guid? ProgrammeId, Guid? DelegationId);

public enum TimelineKind
{
    Agreement,
    AgreementStatus,
    Delegation,
    Activity,
}

/// <summary>One dated event in a partner's history, newest first on the partner page.</summary>
public sealed record TimelineEntry(DateOnly On, TimelineKind Kind, string Title, bool? Substantive, Guid Id);

public sealed record PartnerDetails(
    Guid Id, string NameKo, string NameEn, string? NameLocal, string CountryCode, string? Region, PartnerLevel Level,
    long? Population, double? Latitude, double? Longitude, int? GeoNameId, string? Notes,
    RelationshipFigures Figures, DateOnly? DormantFrom, int DormancyMonths,
    IReadOnlyList<AgreementDetails> Agreements, IReadOnlyList<ProgrammeDetails> Programmes,
    IReadOnlyList<DelegationDetails> Delegations, IReadOnlyList<ActivityDetails> Activities, IReadOnlyList<TimelineEntry> Timeline, long Version = 0)
{
    public int OverdueFollowUps => Delegations.Sum(d => d.OverdueFollowUps);
}

public sealed record ActivityListRequest
{
    public Guid? PartnerCityId { get; init; }

    public bool? Substantive { get; init; }

    public ActivityKind? Kind { get; init; }

    [Range(1990, 2100)]
    public int? Year { get; init; }

    [StringLength(100)]
    public string? Q { get; init; }

    /// <summary>date (default, newest first), cost, participants; prefix with - for descending.</summary>
    [RegularExpression("^-?(date|cost|participants)$")]
    public string? Sort { get; init; }
}

public sealed record DelegationListRequest
{
    public Guid? PartnerCityId { get; init; }

    public ExchangeDirection? Direction { get; init; }

    [Range(1990, 2100)]
    public int? Year { get; init; }

    /// <summary>Only delegations with an overdue follow-up.</summary>
    public bool? Overdue { get; init; }

    [StringLength(100)]
    public string? Q { get; init; }
}

public sealed record MapPoint(Guid Id, string NameKo, string NameEn, string CountryCode, double Latitude, double Longitude, RelationshipStatus Status);

/// <summary>The exchange pillar's headline on the home dashboard.</summary>
public sealed record ExchangeHeadline(int Partners, int Active, int Dormant, int NeverActive, int OverdueFollowUps, int DormancyMonths);
