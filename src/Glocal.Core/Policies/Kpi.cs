using Glocal.Core.Tenancy;

namespace Glocal.Core.Policies;

/// <summary>
/// A key performance indicator of a programme. When <see cref="ComputedCode"/> names a provider
/// (e.g. <c>residents.clients_per_1000</c>), its values come from the module's records, not from typing.
/// </summary>
public sealed class Kpi : ITenantOwned
{
    public Guid Id { get; set; }

    public int MunicipalityId { get; set; }

    public Guid ProgrammeId { get; set; }

    public required string Name { get; set; }

    public string? Definition { get; set; }

    public required string Unit { get; set; }

    public KpiKind Kind { get; set; }

    public double? Baseline { get; set; }

    public double? Target { get; set; }

    public KpiFrequency Frequency { get; set; }

    public string? Source { get; set; }

    public string? Owner { get; set; }

    public string? ComputedCode { get; set; }

    public List<KpiValue> Values { get; } = [];
}
