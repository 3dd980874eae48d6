using System.Net;
using System.Text;
using Glocal.Web.Tests.Infrastructure;
using Microsoft.Data.Sqlite;
using Npgsql;
using static Glocal.Web.Tests.Residents.ResidentsTestData;

namespace Glocal.Web.Tests.Residents;

/// <summary>
/// Registration and passport numbers, names and case notes are not in the database in clear: read the raw
/// SQLite file (and its write-ahead log) byte by byte, or every row of the PostgreSQL tables as text.
/// </summary>
[Collection(AppCollection.Name)]
public class EncryptionAtRestTests(GlocalAppFactory app)
{
    private const string Number = "8707175432109";
    private const string Passport = "PZ7788990";
    private const string Name = "Clearly Unique Plaintextname";
    private const string Note = "Boss-Kept-Passport-Marker";

    [Fact]
    public async Task Database_HoldsNoRegistrationNumberNameOrNoteInClear()
    {
        var counsellor = await app.ApiClientAsync("ansan.counsellor");
        var created = await (await counsellor.PostJsonAsync("/api/v1/residents/clients",
            new Glocal.Core.Residents.RegisterClientRequest(Name, "UZ", "uz ru", Number, Passport))).ShouldBeOkAsync<Glocal.Core.Residents.ClientDetails>(HttpStatusCode.Created);
        var opened = await CaseAsync(counsellor, created.Id);
        (await counsellor.PostJsonAsync($"/api/v1/residents/cases/{opened.Id}/notes", new { text = Note })).StatusCode.ShouldBe(HttpStatusCode.Created);
        created.RegistrationNumber.ShouldBe(Number, "the API still reveals it to a counsellor");

        var stored = await DumpAsync();
        stored.Length.ShouldBeGreaterThan(10_000, "the dump must actually contain the database");
        stored.ShouldContain(opened.ReferenceNumber, Case.Sensitive, "non-personal values are in clear, so the dump is readable");
        stored.ShouldNotContain(Number);
        stored.ShouldNotContain("870717-5432109");
        stored.ShouldNotContain(Passport);
        stored.ShouldNotContain("Plaintextname");
        stored.ShouldNotContain(Note);
    }

    /// <summary>All the bytes the engine holds for the app's database, as text.</summary>
    private async Task<string> DumpAsync()
    {
        if (app.Database.Provider == "Sqlite")
        {
            var path = new SqliteConnectionStringBuilder(app.Database.ConnectionString).DataSource;
            var text = new StringBuilder();
            foreach (var file in new[] { path, path + "-wal", path + "-journal" }.Where(File.Exists))
            {
                await using var stream = new FileStream(file, FileMode.Open, FileAccess.Read, FileShare.ReadWrite | FileShare.Delete);
                using var memory = new MemoryStream();
                await stream.CopyToAsync(memory, TestContext.Current.CancellationToken);
                text.Append(Encoding.Latin1.GetString(memory.ToArray()));
            }

            return text.ToString();
        }

        var dump = new StringBuilder();
        await using var connection = new NpgsqlConnection(app.Database.ConnectionString);
        await connection.OpenAsync(TestContext.Current.CancellationToken);
        foreach (var table in new[] { "Clients", "ConsultationCases", "CaseNotes", "AuditEvents", "PersonalDataAccesses" })
        {
            await using var command = new NpgsqlCommand($"SELECT t::text FROM \"{table}\" t", connection);
            await using var reader = await command.ExecuteReaderAsync(TestContext.Current.CancellationToken);
            while (await reader.ReadAsync(TestContext.Current.CancellationToken))
            {
                dump.AppendLine(reader.GetString(0));
            }
        }

        return dump.ToString();
    }
}
