using Glocal.Core.Tenancy;

namespace Glocal.Core.Investments;

/// <summary>Jobs that exist at a project for a period, and how the number was checked.</summary>
public sealed class JobsReport : ITenantOwned
{
    public Guid Id { get; set; }

    public int MunicipalityId { get; set; }

    public Guid ProjectId { get; set; }

    public DateOnly PeriodStart { get; set; }

    public DateOnly PeriodEnd { get; set; }

    public int DirectKorean { get; set; }

    public List<ForeignJobCount> ForeignByStayStatus { get; set; } = [];

    public JobsVerification Verification { get; set; }

    public int DirectForeign => ForeignByStayStatus.Sum(f => f.Count);

    public int DirectTotal => DirectKorean + DirectForeign;

    public bool IsVerified => Verification != JobsVerification.SelfReported;
}

/// <summary>Foreign employees under one stay status (E-7, E-9, D-8…).</summary>
public sealed class ForeignJobCount
{
    public required string StayStatus { get; set; }

    public int Count { get; set; }
}
