using Glocal.Core.Data;
using Microsoft.EntityFrameworkCore;

namespace Glocal.Core.Policies.ComputedKpis;

/// <summary>Consultation cases opened in the period.</summary>
public sealed class ResidentsConsultationsKpi(GlocalDbContext db) : IComputedKpiProvider
{
    public string Code => "residents.consultations";

    public string Module => "Residents";

    public string Unit => "건";

    public string Description => "Consultation cases opened in the period";

    public async Task<double?> ComputeAsync(DateOnly from, DateOnly to, CancellationToken ct)
    {
        var start = from.ToDateTime(TimeOnly.MinValue, DateTimeKind.Utc);
        var end = to.AddDays(1).ToDateTime(TimeOnly.MinValue, DateTimeKind.Utc);
        return await db.ConsultationCases.AsNoTracking().CountAsync(c => c.OpenedAt >= start && c.OpenedAt < end, ct);
    }
}

/// <summary>Consultation cases opened in the period per 1,000 foreign residents (MOIS, latest figure on or before the period's end).</summary>
public sealed class ResidentsConsultationsPer1000Kpi(ForeignResidents residents, ResidentsConsultationsKpi consultations) : IComputedKpiProvider
{
    public string Code => "residents.consultations_per_1000";

    public string Module => "Residents";

    public string Unit => "per 1,000";

    public string Description => "Consultations per 1,000 foreign residents (MOIS 외국인주민)";

    public async Task<double?> ComputeAsync(DateOnly from, DateOnly to, CancellationToken ct) =>
        await residents.Per1000Async(to, await consultations.ComputeAsync(from, to, ct) ?? 0, ct);
}
