using Glocal.Core.Data;
using Glocal.Core.Exchanges;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace Glocal.Core.Policies.ComputedKpis;

/// <summary>Partner cities dormant on the period's last day (no substantive activity within the exchange module's dormancy window).</summary>
public sealed class ExchangesDormantPartnersKpi(GlocalDbContext db, IOptions<ExchangeOptions> options) : IComputedKpiProvider
{
    public string Code => "exchanges.dormant_partners";

    public string Module => "Exchanges";

    public string Unit => "곳";

    public string Description => "Partner cities dormant at the end of the period";

    public async Task<double?> ComputeAsync(DateOnly from, DateOnly to, CancellationToken ct)
    {
        var lasts = await db.PartnerCities.AsNoTracking()
            .Select(p => p.Activities.Where(a => a.Substantive && a.OccurredOn <= to).Max(a => (DateOnly?)a.OccurredOn))
            .ToListAsync(ct);
        return lasts.Count(l => RelationshipRules.StatusOf(l, to, options.Value.DormancyMonths) == RelationshipStatus.Dormant);
    }
}

/// <summary>Substantive exchange activities in the period (ceremonial ones do not count).</summary>
public sealed class ExchangesSubstantiveActivitiesKpi(GlocalDbContext db) : IComputedKpiProvider
{
    public string Code => "exchanges.substantive_activities";

    public string Module => "Exchanges";

    public string Unit => "건";

    public string Description => "Substantive exchange activities in the period";

    public async Task<double?> ComputeAsync(DateOnly from, DateOnly to, CancellationToken ct) =>
        await db.ExchangeActivities.AsNoTracking().CountAsync(a => a.Substantive && a.OccurredOn >= from && a.OccurredOn <= to, ct);
}

/// <summary>Investment leads that exchange activities produced in the period (the first link of the cross-pillar chain).</summary>
public sealed class ExchangesInvestmentLeadsKpi(GlocalDbContext db) : IComputedKpiProvider
{
    public string Code => "exchanges.investment_leads";

    public string Module => "Exchanges";

    public string Unit => "건";

    public string Description => "Investment leads recorded as outputs of exchange activities in the period";

    public async Task<double?> ComputeAsync(DateOnly from, DateOnly to, CancellationToken ct) =>
        await db.ExchangeActivities.AsNoTracking().Where(a => a.OccurredOn >= from && a.OccurredOn <= to).SumAsync(a => a.OutputInvestmentLeads, ct);
}
