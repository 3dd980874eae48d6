using Npgsql;

namespace Glocal.Web.Tests.Infrastructure;

/// <summary>
/// A fresh database for one test application: a SQLite file in a temp folder, or, when GLOCAL_TEST_DB is
/// "postgres", a new database on the server that test.sh started (GLOCAL_TEST_PG is its admin connection).
/// </summary>
public sealed class TestDatabase : IAsyncDisposable
{
    private readonly string? sqliteDirectory;
    private readonly string? postgresName;
    private readonly string? postgresAdmin;

    private TestDatabase(string provider, string connectionString, string? sqliteDirectory, string? postgresName, string? postgresAdmin)
    {
        Provider = provider;
        ConnectionString = connectionString;
        this.sqliteDirectory = sqliteDirectory;
        this.postgresName = postgresName;
        this.postgresAdmin = postgresAdmin;
    }

    public string Provider { get; }

    public string ConnectionString { get; }

    /// <summary>The folder holding the SQLite file (null on PostgreSQL).</summary>
    public string? SqliteDirectory => sqliteDirectory;

    public static string Engine => Environment.GetEnvironmentVariable("GLOCAL_TEST_DB")?.ToLowerInvariant() ?? "sqlite";

    public static async Task<TestDatabase> CreateAsync()
    {
        if (Engine == "postgres")
        {
            var admin = Environment.GetEnvironmentVariable("GLOCAL_TEST_PG")
                ?? throw new InvalidOperationException("GLOCAL_TEST_DB=postgres needs GLOCAL_TEST_PG, the admin connection string (test.sh sets both).");
            var name = $"glocal_test_{Guid.NewGuid():N}";
            await using (var connection = new NpgsqlConnection(admin))
            {
                await connection.OpenAsync();
                await using var create = new NpgsqlCommand($"CREATE DATABASE \"{name}\"", connection);
                await create.ExecuteNonQueryAsync();
            }

            var builder = new NpgsqlConnectionStringBuilder(admin) { Database = name };
            return new TestDatabase("Postgres", builder.ConnectionString, null, name, admin);
        }

        var directory = Directory.CreateTempSubdirectory("glocal-test-").FullName;
        return new TestDatabase("Sqlite", $"Data Source={Path.Combine(directory, "glocal.db")}", directory, null, null);
    }

    public async ValueTask DisposeAsync()
    {
        if (postgresName is not null)
        {
            NpgsqlConnection.ClearAllPools();
            await using var connection = new NpgsqlConnection(postgresAdmin);
            await connection.OpenAsync();
            await using var drop = new NpgsqlCommand($"DROP DATABASE IF EXISTS \"{postgresName}\" WITH (FORCE)", connection);
            await drop.ExecuteNonQueryAsync();
        }

        if (sqliteDirectory is not null)
        {
            Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
            try
            {
                Directory.Delete(sqliteDirectory, recursive: true);
            }
            catch (IOException)
            {
                // A file still held open is cleaned by the OS temp policy; not worth failing a test over.
            }
        }
    }
}
