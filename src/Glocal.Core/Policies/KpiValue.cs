using Glocal.Core.Tenancy;

namespace Glocal.Core.Policies;

/// <summary>A KPI's value for one period, with how well it is evidenced.</summary>
public sealed class KpiValue : ITenantOwned
{
    public Guid Id { get; set; }

    public int MunicipalityId { get; set; }

    public Guid KpiId { get; set; }

    public DateOnly PeriodStart { get; set; }

    public DateOnly PeriodEnd { get; set; }

    public double Value { get; set; }

    public EvidenceGrade Evidence { get; set; }

    public string? EvidenceNote { get; set; }

    public DateTime RecordedAt { get; set; }
}
