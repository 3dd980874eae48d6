using Microsoft.EntityFrameworkCore;

namespace Glocal.Core.Data;

/// <summary>
/// Keeps the engine's table statistics current, so its planner picks the selective index. Without statistics,
/// SQLite reads a case's status history through the municipality index — every status change of the city, 82,000
/// rows on the national data set, 17 ms — instead of through the case's own two rows (ADR 0074).
/// </summary>
public static class PlannerStatistics
{
    /// <summary>
    /// After a bulk load: SQLite's <c>PRAGMA optimize</c> re-analyses the tables whose size changed markedly, with a
    /// bounded sample. PostgreSQL's autovacuum analyses a table after a large change on its own.
    /// </summary>
    public static async Task RefreshAfterLoadAsync(GlocalDbContext db, CancellationToken ct)
    {
        if (db.Database.IsSqlite())
        {
            await db.Database.ExecuteSqlRawAsync("PRAGMA optimize;", ct);
        }
    }

    /// <summary>At start: SQLite analyses the tables that have never been (0x10002: all tables, not only those queried).</summary>
    public static async Task RefreshAtStartAsync(GlocalDbContext db, CancellationToken ct)
    {
        if (db.Database.IsSqlite())
        {
            await db.Database.ExecuteSqlRawAsync("PRAGMA optimize=0x10002;", ct);
        }
    }

    /// <summary>After generating a whole data set: full statistics on either engine, before anyone measures it.</summary>
    public static async Task AnalyseAllAsync(GlocalDbContext db, CancellationToken ct) =>
        await db.Database.ExecuteSqlRawAsync("ANALYZE;", ct);
}
