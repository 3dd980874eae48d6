using Glocal.Core.Tenancy;

namespace Glocal.Core.Exchanges;

/// <summary>A visit, going out or coming in: who, why, what it cost, whether it was approved and reported, and what was promised.</summary>
public sealed class Delegation : ITenantOwned
{
    public Guid Id { get; set; }

    public int MunicipalityId { get; set; }

    public Guid PartnerCityId { get; set; }

    public PartnerCity? PartnerCity { get; set; }

    public Guid? ProgrammeId { get; set; }

    public ExchangeDirection Direction { get; set; }

    public DelegationHead Head { get; set; }

    public int MembersOfficials { get; set; }

    public int MembersCouncil { get; set; }

    public int MembersBusiness { get; set; }

    public int MembersCitizens { get; set; }

    public int MembersStudents { get; set; }

    public required string Purpose { get; set; }

    public DateOnly StartsOn { get; set; }

    public DateOnly EndsOn { get; set; }

    public long CostWon { get; set; }

    /// <summary>사전 승인 (공무국외출장 심사).</summary>
    public DateOnly? ApprovedOn { get; set; }

    /// <summary>결과보고서 submitted.</summary>
    public DateOnly? ReportedOn { get; set; }

    public string? ReportSummary { get; set; }

    public List<DelegationFollowUp> FollowUps { get; set; } = [];

    public int MemberCount => MembersOfficials + MembersCouncil + MembersBusiness + MembersCitizens + MembersStudents;
}

/// <summary>Something promised during a visit, due by a date; overdue while undone after it.</summary>
public sealed class DelegationFollowUp : ITenantOwned
{
    public Guid Id { get; set; }

    public int MunicipalityId { get; set; }

    public Guid DelegationId { get; set; }

    public Delegation? Delegation { get; set; }

    public required string Description { get; set; }

    public DateOnly DueOn { get; set; }

    public DateOnly? DoneOn { get; set; }
}
