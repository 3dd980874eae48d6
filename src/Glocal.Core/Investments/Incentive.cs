using Glocal.Core.Tenancy;

namespace Glocal.Core.Investments;

/// <summary>Support the municipality grants a project, with the conditions attached and whether they were kept.</summary>
public sealed class Incentive : ITenantOwned
{
    public Guid Id { get; set; }

    public int MunicipalityId { get; set; }

    public Guid ProjectId { get; set; }

    public IncentiveType Type { get; set; }

    public long AmountKrw { get; set; }

    /// <summary>e.g. "외국인투자촉진법 제14조의2; 안산시 기업유치 조례 제9조".</summary>
    public required string LegalBasis { get; set; }

    public DateOnly GrantedOn { get; set; }

    public ClawbackStatus Clawback { get; set; }

    public List<IncentiveCondition> Conditions { get; set; } = [];
}

/// <summary>A condition of an incentive (hire 50 by a date, invest the amount), and the latest compliance check.</summary>
public sealed class IncentiveCondition
{
    public Guid Id { get; set; }

    public required string Description { get; set; }

    public DateOnly DueOn { get; set; }

    public ComplianceStatus Status { get; set; }

    public DateOnly? CheckedOn { get; set; }
}
