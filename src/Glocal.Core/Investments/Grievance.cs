using Glocal.Core.Tenancy;

namespace Glocal.Core.Investments;

/// <summary>An aftercare grievance of an investor and the agency it was referred to.</summary>
public sealed class Grievance : ITenantOwned
{
    public Guid Id { get; set; }

    public int MunicipalityId { get; set; }

    public Guid ProjectId { get; set; }

    public GrievanceCategory Category { get; set; }

    public required string Summary { get; set; }

    /// <summary>e.g. 고용노동부 안산지청, 관세청 인천세관, KOTRA Invest Korea.</summary>
    public string? ReferredTo { get; set; }

    public GrievanceStatus Status { get; set; }

    public DateOnly OpenedOn { get; set; }

    public DateOnly? ResolvedOn { get; set; }
}
