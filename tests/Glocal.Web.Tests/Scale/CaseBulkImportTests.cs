using System.Net;
using System.Text;
using System.Text.Json;
using Glocal.Core.Data;
using Glocal.Core.Residents;
using Glocal.Core.Residents.Bulk;
using Glocal.Core.Shared.Tabular;
using Glocal.Core.Tenancy;
using Glocal.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Glocal.Web.Tests.Scale;

/// <summary>POST /api/v1/residents/cases/bulk-import on the engine under test: rows stored, or none.</summary>
[Collection(AppCollection.Name)]
public class CaseBulkImportTests(GlocalAppFactory app)
{
    private const string Path = "/api/v1/residents/cases/bulk-import";
    private const string EnglishHeader = "reference,opened_on,channel,category,language,interpreter,status,closed_on,name,nationality,registration_number,stay_status";

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    private static string Unique() => Guid.NewGuid().ToString("N")[..8].ToUpperInvariant();

    private static ByteArrayContent Csv(string text, Encoding? encoding = null)
    {
        var content = new ByteArrayContent((encoding ?? Encoding.UTF8).GetBytes(text));
        content.Headers.ContentType = new("text/csv");
        return content;
    }

    private async Task<List<ConsultationCase>> StoredAsync(string prefix)
    {
        using var scope = app.Services.CreateScope();
        scope.ServiceProvider.GetRequiredService<TenantContext>().ActAsSystem("test");
        return await scope.ServiceProvider.GetRequiredService<GlocalDbContext>().ConsultationCases.IgnoreQueryFilters()
            .Include(c => c.StatusChanges).Where(c => c.ReferenceNumber.StartsWith(prefix)).OrderBy(c => c.ReferenceNumber).ToListAsync(Ct);
    }

    [Fact]
    public async Task KoreanHeadersInCp949_StoreCasesWithHistoryAndSealedClients()
    {
        var prefix = $"K{Unique()}";
        var text = $"""
            접수번호,접수일,상담경로,상담분야,언어,통역,상태,종결일,성명,국적,외국인등록번호,체류자격
            {prefix}-1,2024-03-15,방문,임금체불,vi,Y,종결,2024-04-02,응우옌 반 안,VN,900101-5123456,E-9
            {prefix}-2,2024-05-01 14:30,전화,체류/비자,uz,N,진행,,,,,
            {prefix}-3,2024-06-10,온라인,WageArrears,ne,예,의뢰,,,,,
            """;
        var counsellor = await app.ApiClientAsync("siheung.counsellor");
        var report = await (await counsellor.PostAsync($"{Path}?fileName=history.csv", Csv(text, Encoding.GetEncoding(949)), Ct)).ShouldBeOkAsync<ImportReport>();
        (report.Rows, report.Created, report.Issues.Count).ShouldBe((3, 3, 0));

        var stored = await StoredAsync(prefix);
        stored.Select(c => c.Status).ShouldBe([CaseStatus.Closed, CaseStatus.InProgress, CaseStatus.Referred]);
        var first = stored[0];
        (first.Channel, first.Category, first.Language, first.InterpreterUsed).ShouldBe((CaseChannel.WalkIn, CaseCategory.WageArrears, "vi", true));
        first.OpenedAt.ShouldBe(new DateTime(2024, 3, 14, 15, 0, 0, DateTimeKind.Utc)); // 00:00 KST
        first.ClosedAt.ShouldBe(new DateTime(2024, 4, 1, 15, 0, 0, DateTimeKind.Utc));
        first.StatusChanges.Select(s => s.To).ShouldBe([CaseStatus.Closed]);
        stored[1].Category.ShouldBe(CaseCategory.StayVisa);
        stored[1].OpenedAt.ShouldBe(new DateTime(2024, 5, 1, 5, 30, 0, DateTimeKind.Utc));
        stored.ShouldAllBe(c => c.MunicipalityId == stored[0].MunicipalityId);
        stored[1].ClientId.ShouldBeNull();

        using var scope = app.Services.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<GlocalDbContext>();
        var client = await db.Clients.IgnoreQueryFilters().SingleAsync(c => c.Id == first.ClientId, Ct);
        client.NameSealed.ShouldNotContain("응우옌");
        client.RegistrationNumberSealed!.ShouldNotContain("9001015123456");
        var cipher = scope.ServiceProvider.GetRequiredService<IPersonalDataCipher>();
        cipher.Decrypt(client.NameSealed).ShouldBe("응우옌 반 안");
        client.RegistrationNumberLookup.ShouldBe(cipher.LookupHash("9001015123456"));
        (client.Nationality, client.StayStatus).ShouldBe(("VN", "E-9"));
        var audit = await db.AuditEvents.Where(e => e.EntityType == CaseBulkImport.AuditEntityType && e.ChangedFields.Contains("history.csv"))
            .OrderByDescending(e => e.Id).FirstAsync(Ct);
        audit.UserName.ShouldBe("siheung.counsellor");
        JsonDocument.Parse(audit.ChangedFields).RootElement.GetProperty("cases").GetInt32().ShouldBe(3);
    }

    [Fact]
    public async Task ABadRowAfterSeveralWrittenBatches_RejectsTheFileAndLeavesNothing()
    {
        var prefix = $"B{Unique()}";
        var rows = CaseBulkImport.BatchSize * 2 + 500;
        var text = new StringBuilder(EnglishHeader).Append('\n');
        for (var i = 0; i < rows; i++)
        {
            var category = i == rows - 10 ? "Astrology" : "DailyLife";
            text.Append(Invariant($"{prefix}-{i},2025-01-02,phone,{category},vi,N,closed,2025-01-03,,,,\n"));
        }

        var counsellor = await app.ApiClientAsync("siheung.counsellor");
        var problem = await (await counsellor.PostAsync(Path, Csv(text.ToString()), Ct)).ShouldBeProblemAsync(HttpStatusCode.UnprocessableEntity, "import_rejected");
        problem.ToString().ShouldContain("invalid_code");
        problem.ToString().ShouldContain($"\"row\":{rows - 10 + 2}");
        (await StoredAsync(prefix)).ShouldBeEmpty();
    }

    [Fact]
    public async Task AReferenceAlreadyStored_RejectsTheSecondFileWhole()
    {
        var prefix = $"D{Unique()}";
        var counsellor = await app.ApiClientAsync("siheung.counsellor");
        var once = $"{EnglishHeader}\n{prefix}-1,2025-02-01,walk-in,housing,th,N,new,,,,,\n";
        (await counsellor.PostAsync(Path, Csv(once), Ct)).StatusCode.ShouldBe(HttpStatusCode.OK);
        var twice = $"{EnglishHeader}\n{prefix}-2,2025-02-01,walk-in,housing,th,N,new,,,,,\n{prefix}-1,2025-02-01,walk-in,housing,th,N,new,,,,,\n";
        await (await counsellor.PostAsync(Path, Csv(twice), Ct)).ShouldBeProblemAsync(HttpStatusCode.UnprocessableEntity, "import_rejected");
        (await StoredAsync(prefix)).Select(c => c.ReferenceNumber).ShouldBe([$"{prefix}-1"]);
    }

    [Theory]
    [InlineData("opened_on,channel\n2025-01-01,phone\n", "missing_column")]
    [InlineData(EnglishHeader + "\nX-1,2025-13-45,phone,housing,vi,N,new,,,,,\n", "invalid_date")]
    [InlineData(EnglishHeader + "\nX-1,2025-01-01,phone,housing,vi,N,closed,,,,,\n", "closed_date_required")]
    [InlineData(EnglishHeader + "\nX-1,2025-01-05,phone,housing,vi,N,closed,2025-01-01,,,,\n", "closed_before_opened")]
    [InlineData(EnglishHeader + "\nX-1,2025-01-01,phone,housing,<script>,N,new,,,,,\n", "invalid_code")]
    [InlineData(EnglishHeader + "\nX-1,2025-01-01,phone,housing,vi,N,new,,Tran,Vietnam,,\n", "invalid_code")]
    [InlineData(EnglishHeader + "\nX-1,2025-01-01,phone,housing,vi,N,new,,Tran,,,\n", "nationality_required")]
    [InlineData(EnglishHeader + "\nX-1,2025-01-01,phone,housing,vi,N,new,,Tran,VN,12345,\n", "invalid_code")]
    [InlineData(EnglishHeader + "\nX-1,2025-01-01,phone,housing,vi,maybe,new,,,,,\n", "invalid_flag")]
    [InlineData(EnglishHeader + "\nX-1-ABCDEFGHIJKLMNOPQRSTUVWXYZ,2025-01-01,phone,housing,vi,N,new,,,,,\n", "field_too_long")]
    public async Task BadRows_AreReportedWithACode(string text, string code)
    {
        var counsellor = await app.ApiClientAsync("siheung.counsellor");
        var problem = await (await counsellor.PostAsync(Path, Csv(text), Ct)).ShouldBeProblemAsync(HttpStatusCode.UnprocessableEntity, "import_rejected");
        problem.ToString().ShouldContain($"\"{code}\"");
    }

    [Fact]
    public async Task AnUnclosedQuote_IsStoppedAtTheCellLimit_NotReadIntoMemory()
    {
        var text = new StringBuilder(EnglishHeader).Append("\nX-1,2025-01-01,phone,\"housing,vi,N,new,,,,,\n");
        for (var i = 0; i < 2_000; i++)
        {
            text.Append("X-2,2025-01-01,phone,housing,vi,N,new,,,,,\n");
        }

        var counsellor = await app.ApiClientAsync("siheung.counsellor");
        var problem = await (await counsellor.PostAsync(Path, Csv(text.ToString()), Ct)).ShouldBeProblemAsync(HttpStatusCode.UnprocessableEntity, "import_rejected");
        problem.ToString().ShouldContain("cell_too_long");
    }

    [Fact]
    public async Task NotCsvOrNotText_IsRefusedWithACode()
    {
        var counsellor = await app.ApiClientAsync("siheung.counsellor");
        await (await counsellor.PostAsync(Path, new StringContent("{}", Encoding.UTF8, "application/json"), Ct))
            .ShouldBeProblemAsync(HttpStatusCode.UnsupportedMediaType, "csv_body_required");
        var utf16 = Csv(EnglishHeader + "\n", Encoding.Unicode);
        var withBom = new ByteArrayContent([0xFF, 0xFE, .. await utf16.ReadAsByteArrayAsync(Ct)]);
        withBom.Headers.ContentType = new("text/csv");
        (await (await counsellor.PostAsync(Path, withBom, Ct)).ShouldBeProblemAsync(HttpStatusCode.UnprocessableEntity, "import_rejected"))
            .ToString().ShouldContain("unsupported_encoding");
    }

    [Fact]
    public async Task AViewer_MayNotLoadCases()
    {
        var viewer = await app.ApiClientAsync("ansan.viewer");
        (await viewer.PostAsync(Path, Csv($"{EnglishHeader}\n"), Ct)).StatusCode.ShouldBe(HttpStatusCode.Forbidden);
    }

    private static string Invariant(FormattableString line) => FormattableString.Invariant(line);
}
