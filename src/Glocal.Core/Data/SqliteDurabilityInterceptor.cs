using System.Data.Common;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace Glocal.Core.Data;

/// <summary>
/// Sets SQLite's <c>synchronous</c> pragma on every connection EF opens: the pragma is per connection and is not
/// stored in the file, so it has to be said each time (pooled connections keep it, and saying it again is cheap).
/// </summary>
public sealed class SqliteDurabilityInterceptor : DbConnectionInterceptor
{
    private static readonly SqliteDurabilityInterceptor NormalCommits = new("PRAGMA synchronous=NORMAL;");
    private static readonly SqliteDurabilityInterceptor FullCommits = new("PRAGMA synchronous=FULL;");

    private readonly string pragma;

    private SqliteDurabilityInterceptor(string pragma) => this.pragma = pragma;

    public static SqliteDurabilityInterceptor For(SqliteCommitDurability durability) =>
        durability == SqliteCommitDurability.Full ? FullCommits : NormalCommits;

    public override void ConnectionOpened(DbConnection connection, ConnectionEndEventData eventData)
    {
        using var command = connection.CreateCommand();
        command.CommandText = pragma;
        command.ExecuteNonQuery();
    }

    public override async Task ConnectionOpenedAsync(DbConnection connection, ConnectionEndEventData eventData, CancellationToken cancellationToken = default)
    {
        await using var command = connection.CreateCommand();
        command.CommandText = pragma;
        await command.ExecuteNonQueryAsync(cancellationToken);
    }
}
