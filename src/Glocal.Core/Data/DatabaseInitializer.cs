using Microsoft.EntityFrameworkCore;

namespace Glocal.Core.Data;

/// <summary>Applies the migrations of the configured engine; the app and the CLI call this at start.</summary>
public sealed class DatabaseInitializer(GlocalDbContext db)
{
    public async Task MigrateAsync(CancellationToken ct)
    {
        if (db.Database.IsSqlite())
        {
            // WAL lets readers proceed while a write commits; foreign keys are per-connection in SQLite.
            await db.Database.MigrateAsync(ct);
            await db.Database.ExecuteSqlRawAsync("PRAGMA journal_mode=WAL;", ct);
            await PlannerStatistics.RefreshAtStartAsync(db, ct);
            return;
        }

        await db.Database.MigrateAsync(ct);
    }
}
