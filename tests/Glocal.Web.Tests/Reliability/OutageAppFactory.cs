using Glocal.Web.Tests.Infrastructure;
using Microsoft.Data.Sqlite;
using Npgsql;

namespace Glocal.Web.Tests.Reliability;

/// <summary>
/// The app on a database that can be taken away and given back while it runs: PostgreSQL behind a TCP relay
/// that is cut (a failed network or stopped server), or the SQLite file's folder moved away (a lost volume).
/// </summary>
public sealed class OutageAppFactory : GlocalAppFactory
{
    private TcpRelay? relay;
    private string? sqliteFolder;

    protected override string ConnectionStringFor(TestDatabase testDatabase)
    {
        if (testDatabase.SqliteDirectory is { } folder)
        {
            sqliteFolder = folder;
            return testDatabase.ConnectionString;
        }

        var direct = new NpgsqlConnectionStringBuilder(testDatabase.ConnectionString);
        relay = new TcpRelay(direct.Host!, direct.Port);
        return new NpgsqlConnectionStringBuilder(testDatabase.ConnectionString) { Host = "127.0.0.1", Port = relay.Port }.ConnectionString;
    }

    public void TakeDatabaseAway()
    {
        if (relay is not null)
        {
            relay.Cut();
            return;
        }

        Directory.Move(sqliteFolder!, sqliteFolder + ".away");
        SqliteConnection.ClearAllPools(); // open handles would keep reading the moved file
    }

    public void BringDatabaseBack()
    {
        if (relay is not null)
        {
            relay.Restore();
            return;
        }

        Directory.Move(sqliteFolder + ".away", sqliteFolder!);
    }

    public override async ValueTask DisposeAsync()
    {
        relay?.Dispose();
        if (sqliteFolder is not null && Directory.Exists(sqliteFolder + ".away"))
        {
            Directory.Move(sqliteFolder + ".away", sqliteFolder);
        }

        await base.DisposeAsync();
    }
}
