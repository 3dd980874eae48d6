using System.Collections.Concurrent;
using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text;
using Glocal.Core.Residents;
using Glocal.Web.Tests.Infrastructure;
using Microsoft.Data.Sqlite;
using Npgsql;

namespace Glocal.Web.Tests.Reliability;

/// <summary>
/// kill -9 of the server in the middle of concurrent writes: after a restart every write the server
/// acknowledged is there, and the engine's own integrity check finds nothing wrong.
/// </summary>
[Collection(OwnServerCollection.Name)]
public class CrashTests
{
    [Fact]
    public async Task KillDuringConcurrentWrites_AcknowledgedWritesSurviveAndTheDatabaseChecksClean()
    {
        var ct = TestContext.Current.CancellationToken;
        await using var database = await TestDatabase.CreateAsync();
        await using var server = new ServerProcess(database);
        await server.StartAsync(ct);
        var printed = await server.CliAsync(ct, "tokens", "create", "--user", "ansan.counsellor", "--name", "crash test",
            "--scope", "residents.create", "--scope", "residents.read_personal", "--days", "1");
        var secret = printed.Split('\n', StringSplitOptions.TrimEntries).Single(l => l.StartsWith("glc_", StringComparison.Ordinal));

        using var http = new HttpClient { BaseAddress = server.Address, Timeout = TimeSpan.FromMinutes(3) };
        http.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", secret);
        var acknowledged = new ConcurrentBag<Guid>();
        using var writing = new CancellationTokenSource();
        var writers = Enumerable.Range(0, 8).Select(writer => Task.Run(async () =>
        {
            for (var n = 0; !writing.IsCancellationRequested; n++)
            {
                try
                {
                    var response = await http.PostAsJsonAsync("api/v1/residents/clients",
                        new RegisterClientRequest($"Crash Probe {writer}-{n}", "VN", "vi"), CancellationToken.None);
                    if (response.StatusCode == HttpStatusCode.Created)
                    {
                        acknowledged.Add((await response.Content.ReadFromJsonAsync<ClientDetails>(CancellationToken.None))!.Id);
                    }
                }
                catch (Exception e) when (e is HttpRequestException or TaskCanceledException)
                {
                    return; // the server is gone: whatever was not acknowledged may or may not be there
                }
            }
        }, CancellationToken.None)).ToList();

        while (acknowledged.Count < 40)
        {
            await Task.Delay(50, ct);
        }

        await server.KillAsync();
        await writing.CancelAsync();
        await Task.WhenAll(writers);

        (await IntegrityProblemsAsync(database, ct)).ShouldBeEmpty();

        await server.StartAsync(ct);
        var missing = new List<Guid>();
        foreach (var id in acknowledged)
        {
            if ((await http.GetAsync($"api/v1/residents/clients/{id}", ct)).StatusCode != HttpStatusCode.OK)
            {
                missing.Add(id);
            }
        }

        missing.ShouldBeEmpty($"{missing.Count} of {acknowledged.Count} acknowledged writes are lost");
    }

    [Fact]
    public async Task KillDuringBulkImport_LeavesNothingOfTheImportAndTheDatabaseChecksClean()
    {
        var ct = TestContext.Current.CancellationToken;
        await using var database = await TestDatabase.CreateAsync();
        await using var server = new ServerProcess(database);
        await server.StartAsync(ct);
        var printed = await server.CliAsync(ct, "tokens", "create", "--user", "ansan.counsellor", "--name", "crash test",
            "--scope", "residents.create", "--scope", "residents.read", "--days", "1");
        var secret = printed.Split('\n', StringSplitOptions.TrimEntries).Single(l => l.StartsWith("glc_", StringComparison.Ordinal));
        var before = await CountAsync(database, "SELECT COUNT(*) FROM \"ConsultationCases\"", ct);

        // The body is produced while it is sent: a load far longer than the test waits, killed mid-stream
        // once many batches have gone into the open transaction.
        var sent = new RowCounter();
        using var http = new HttpClient { BaseAddress = server.Address, Timeout = TimeSpan.FromMinutes(3) };
        http.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", secret);
        var upload = Task.Run(async () =>
        {
            try
            {
                using var body = new EndlessCases(sent);
                await http.PostAsync("api/v1/residents/cases/bulk-import", body, CancellationToken.None);
            }
            catch (Exception e) when (e is HttpRequestException or TaskCanceledException or IOException)
            {
                // the server is gone mid-upload, as intended
            }
        }, CancellationToken.None);

        while (sent.Rows < 60_000)
        {
            await Task.Delay(50, ct);
        }

        await server.KillAsync();
        await upload;

        (await IntegrityProblemsAsync(database, ct)).ShouldBeEmpty();
        (await CountAsync(database, "SELECT COUNT(*) FROM \"ConsultationCases\" WHERE \"ReferenceNumber\" LIKE 'CRASH-%'", ct)).ShouldBe(0);
        (await CountAsync(database, "SELECT COUNT(*) FROM \"ConsultationCases\"", ct)).ShouldBe(before);

        // The server comes back and a load runs to the end on the same database.
        await server.StartAsync(ct);
        using var small = new StringContent("reference,opened_on,channel,category,language,status\nAFTER-1,2025-01-01,phone,housing,vi,new\n");
        small.Headers.ContentType = new MediaTypeHeaderValue("text/csv");
        (await http.PostAsync("api/v1/residents/cases/bulk-import", small, ct)).StatusCode.ShouldBe(HttpStatusCode.OK);
        (await CountAsync(database, "SELECT COUNT(*) FROM \"ConsultationCases\"", ct)).ShouldBe(before + 1);
    }

    private static async Task<long> CountAsync(TestDatabase database, string sql, CancellationToken ct)
    {
        if (database.Provider == "Sqlite")
        {
            await using var sqlite = new SqliteConnection(database.ConnectionString);
            await sqlite.OpenAsync(ct);
            await using var count = new SqliteCommand(sql, sqlite);
            var result = Convert.ToInt64(await count.ExecuteScalarAsync(ct), System.Globalization.CultureInfo.InvariantCulture);
            SqliteConnection.ClearAllPools();
            return result;
        }

        await using var postgres = new NpgsqlConnection(database.ConnectionString);
        await postgres.OpenAsync(ct);
        await using var command = new NpgsqlCommand(sql, postgres);
        return Convert.ToInt64(await command.ExecuteScalarAsync(ct), System.Globalization.CultureInfo.InvariantCulture);
    }

    private sealed class RowCounter
    {
        private long rows;

        public long Rows => Interlocked.Read(ref rows);

        public void Add(long n) => Interlocked.Add(ref rows, n);
    }

    /// <summary>A case history of ten million rows, written as it is sent, never held whole.</summary>
    private sealed class EndlessCases : HttpContent
    {
        private readonly RowCounter sent;

        public EndlessCases(RowCounter sent)
        {
            this.sent = sent;
            Headers.ContentType = new MediaTypeHeaderValue("text/csv");
        }

        protected override async Task SerializeToStreamAsync(Stream stream, System.Net.TransportContext? context)
        {
            var header = "reference,opened_on,channel,category,language,status,closed_on\n"u8.ToArray();
            await stream.WriteAsync(header);
            var block = new StringBuilder();
            for (var row = 0; row < 10_000_000; row++)
            {
                block.Append(System.Globalization.CultureInfo.InvariantCulture, $"CRASH-{row},2024-05-01,phone,WageArrears,vi,closed,2024-05-20\n");
                if (row % 1_000 == 999)
                {
                    await stream.WriteAsync(Encoding.UTF8.GetBytes(block.ToString()));
                    block.Clear();
                    sent.Add(1_000);
                }
            }
        }

        protected override bool TryComputeLength(out long length)
        {
            length = 0;
            return false;
        }
    }

    /// <summary>SQLite's integrity_check; on PostgreSQL, amcheck over every B-tree index of the app's tables.</summary>
    private static async Task<List<string>> IntegrityProblemsAsync(TestDatabase database, CancellationToken ct)
    {
        var problems = new List<string>();
        if (database.Provider == "Sqlite")
        {
            await using var sqlite = new SqliteConnection(database.ConnectionString);
            await sqlite.OpenAsync(ct);
            await using var check = new SqliteCommand("PRAGMA integrity_check;", sqlite);
            await using var rows = await check.ExecuteReaderAsync(ct);
            while (await rows.ReadAsync(ct))
            {
                if (rows.GetString(0) != "ok")
                {
                    problems.Add(rows.GetString(0));
                }
            }

            SqliteConnection.ClearAllPools();
            return problems;
        }

        await using var postgres = new NpgsqlConnection(database.ConnectionString);
        await postgres.OpenAsync(ct);
        await using (var extension = new NpgsqlCommand("CREATE EXTENSION IF NOT EXISTS amcheck;", postgres))
        {
            await extension.ExecuteNonQueryAsync(ct);
        }

        const string indexes = """
            SELECT c.relname FROM pg_index i
            JOIN pg_class c ON c.oid = i.indexrelid JOIN pg_am a ON a.oid = c.relam JOIN pg_namespace n ON n.oid = c.relnamespace
            WHERE a.amname = 'btree' AND n.nspname = 'public'
            """;
        var names = new List<string>();
        await using (var list = new NpgsqlCommand(indexes, postgres))
        await using (var rows = await list.ExecuteReaderAsync(ct))
        {
            while (await rows.ReadAsync(ct))
            {
                names.Add(rows.GetString(0));
            }
        }

        names.ShouldNotBeEmpty();
        foreach (var name in names)
        {
            try
            {
                await using var check = new NpgsqlCommand("SELECT bt_index_check(@index::regclass, true);", postgres);
                check.Parameters.AddWithValue("index", $"\"{name}\"");
                await check.ExecuteNonQueryAsync(ct);
            }
            catch (PostgresException e)
            {
                problems.Add($"{name}: {e.MessageText}");
            }
        }

        return problems;
    }
}
