using Glocal.Core.Data;
using Microsoft.EntityFrameworkCore;

namespace Glocal.Core.Policies.ComputedKpis;

/// <summary>Clients newly registered with the residents' service in the period.</summary>
public sealed class ResidentsClientsRegisteredKpi(GlocalDbContext db) : IComputedKpiProvider
{
    public string Code => "residents.clients_registered";

    public string Module => "Residents";

    public string Unit => "명";

    public string Description => "Foreign residents newly registered as clients in the period";

    public async Task<double?> ComputeAsync(DateOnly from, DateOnly to, CancellationToken ct)
    {
        var start = from.ToDateTime(TimeOnly.MinValue, DateTimeKind.Utc);
        var end = to.AddDays(1).ToDateTime(TimeOnly.MinValue, DateTimeKind.Utc);
        return await db.Clients.CountAsync(c => c.CreatedAt >= start && c.CreatedAt < end, ct);
    }
}

/// <summary>
/// Clients newly registered in the period per 1,000 foreign residents (MOIS definition, latest figure on or
/// before the period's end). Null without a foreign-resident figure.
/// </summary>
public sealed class ResidentsClientsPer1000Kpi(ForeignResidents residents, ResidentsClientsRegisteredKpi registered) : IComputedKpiProvider
{
    public string Code => "residents.clients_per_1000";

    public string Module => "Residents";

    public string Unit => "per 1,000";

    public string Description => "New clients per 1,000 foreign residents (MOIS 외국인주민)";

    public async Task<double?> ComputeAsync(DateOnly from, DateOnly to, CancellationToken ct) =>
        await residents.Per1000Async(to, await registered.ComputeAsync(from, to, ct) ?? 0, ct);
}
