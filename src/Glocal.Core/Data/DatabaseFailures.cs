using Microsoft.Data.Sqlite;
using Npgsql;

namespace Glocal.Core.Data;

/// <summary>
/// Tells "the database cannot be reached right now" apart from every other failure, so callers get a
/// 503 they can retry instead of a 500, and the app recovers by itself once the database is back.
/// </summary>
public static class DatabaseFailures
{
    // SQLITE_BUSY, SQLITE_LOCKED, SQLITE_IOERR, SQLITE_FULL, SQLITE_CANTOPEN: the file, not the request, is at fault.
    private static readonly HashSet<int> UnavailableSqliteCodes = [5, 6, 10, 13, 14];

    public static bool IsUnavailable(Exception exception)
    {
        for (var e = exception; e is not null; e = e.InnerException)
        {
            switch (e)
            {
                case NpgsqlException { IsTransient: true }:
                case SqliteException sqlite when UnavailableSqliteCodes.Contains(sqlite.SqliteErrorCode):
                case TimeoutException:
                    return true;
                case AggregateException aggregate when aggregate.InnerExceptions.Any(IsUnavailable):
                    return true;
            }
        }

        return false;
    }

    /// <summary>
    /// Drops pooled connections after an outage: they point at a server or file that went away, and
    /// each would otherwise fail one more request before the pool noticed.
    /// </summary>
    public static void ForgetPooledConnections()
    {
        NpgsqlConnection.ClearAllPools();
        SqliteConnection.ClearAllPools();
    }

    /// <summary>
    /// PostgreSQL connection strings without their own <c>Timeout</c> give up connecting after a second,
    /// so an unreachable server turns into a 503 quickly instead of holding requests for Npgsql's default 15 s.
    /// </summary>
    public static string WithPromptConnectTimeout(string connectionString)
    {
        var given = new System.Data.Common.DbConnectionStringBuilder { ConnectionString = connectionString };
        var builder = new NpgsqlConnectionStringBuilder(connectionString);
        if (!given.ContainsKey("Timeout") && !given.ContainsKey("Connect Timeout") && !given.ContainsKey("Connection Timeout"))
        {
            builder.Timeout = 1;
        }

        return builder.ConnectionString;
    }
}
