using Glocal.Core.Data;
using Glocal.Core.Tenancy;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace Glocal.Web.Pages;

public sealed record HeadlineStatistic(double Value, DateOnly ReferenceDate, string Definition);

public sealed record StatisticRank(int Rank, int Of);

public sealed record DashboardSummary(string MunicipalityName, HeadlineStatistic? ForeignResidents, StatisticRank? ForeignResidentRank, int ClientCount);

/// <summary>Each pillar's headline figures for the signed-in municipality; empty states until a module lands.</summary>
public sealed class IndexModel(GlocalDbContext db, TenantContext tenant) : PageModel
{
    public DashboardSummary Dashboard { get; private set; } = new("", null, null, 0);

    public async Task OnGetAsync(CancellationToken ct)
    {
        var municipality = await db.Municipalities.AsNoTracking().Where(m => m.Id == tenant.MunicipalityId)
            .Select(m => new { m.NameKo, m.NameEn }).SingleAsync(ct);
        var latest = await db.PublicStatistics.AsNoTracking()
            .Where(s => s.MunicipalityId == tenant.MunicipalityId && s.Indicator == "foreign_residents" && s.Definition == "MOIS")
            .OrderByDescending(s => s.ReferenceDate)
            .Select(s => new HeadlineStatistic(s.Value, s.ReferenceDate, s.Definition))
            .FirstOrDefaultAsync(ct);

        StatisticRank? rank = null;
        if (latest is not null)
        {
            var peers = db.PublicStatistics.AsNoTracking()
                .Where(s => s.Indicator == "foreign_residents" && s.Definition == "MOIS" && s.ReferenceDate == latest.ReferenceDate);
            rank = new StatisticRank(await peers.CountAsync(s => s.Value > latest.Value, ct) + 1, await peers.CountAsync(ct));
        }

        var name = System.Globalization.CultureInfo.CurrentUICulture.TwoLetterISOLanguageName == "en" ? municipality.NameEn : municipality.NameKo;
        Dashboard = new DashboardSummary(name, latest, rank, await db.Clients.CountAsync(ct));
    }
}
