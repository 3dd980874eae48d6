using Glocal.Core.Benchmark;
using Glocal.Core.Data;
using Glocal.Core.Tenancy;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace Glocal.Web.Pages;

public sealed record HeadlineStatistic(double Value, DateOnly ReferenceDate, string Definition);

public sealed record StatisticRank(int Rank, int Of);

public sealed record DashboardSummary(string MunicipalityName, HeadlineStatistic? ForeignResidents, StatisticRank? ForeignResidentRank, int ClientCount);

internal sealed record DashboardFacts(string NameKo, string NameEn, HeadlineStatistic? ForeignResidents, StatisticRank? ForeignResidentRank, int ClientCount);

/// <summary>Each pillar's headline figures for the signed-in municipality; empty states until a module lands.</summary>
public sealed class IndexModel(GlocalDbContext db, TenantContext tenant, BenchmarkHeadlines headlines, HeadlineCache remembered) : PageModel
{
    public DashboardSummary Dashboard { get; private set; } = new("", null, null, 0);

    public async Task OnGetAsync(CancellationToken ct)
    {
        var facts = await remembered.GetAsync("dashboard", tenant.MunicipalityId!.Value, FactsAsync, ct);
        var english = System.Globalization.CultureInfo.CurrentUICulture.TwoLetterISOLanguageName == "en";
        Dashboard = new DashboardSummary(english ? facts.NameEn : facts.NameKo, facts.ForeignResidents, facts.ForeignResidentRank, facts.ClientCount);
    }

    private async Task<DashboardFacts> FactsAsync(CancellationToken ct)
    {
        var municipality = await db.Municipalities.AsNoTracking().Where(m => m.Id == tenant.MunicipalityId)
            .Select(m => new { m.NameKo, m.NameEn }).SingleAsync(ct);
        var figure = await headlines.ForeignResidentsAsync(tenant.MunicipalityId!.Value, ct);
        var latest = figure is null ? null : new HeadlineStatistic(figure.Value, figure.ReferenceDate, figure.Definition);
        var peerRank = figure is null ? null : await headlines.ForeignResidentRankAsync(tenant.MunicipalityId!.Value, figure, ct);
        var rank = peerRank is null ? null : new StatisticRank(peerRank.Rank, peerRank.Of);

        return new DashboardFacts(municipality.NameKo, municipality.NameEn, latest, rank, await db.Clients.CountAsync(ct));
    }
}
