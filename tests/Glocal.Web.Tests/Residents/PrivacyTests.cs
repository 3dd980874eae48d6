using System.Net;
using System.Text.Json;
using Glocal.Core.Access;
using Glocal.Core.Audit;
using Glocal.Core.Data;
using Glocal.Core.Residents;
using Glocal.Core.Residents.Privacy;
using Glocal.Core.Shared;
using Glocal.Core.Tenancy;
using Glocal.Web.Tests.Infrastructure;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using Microsoft.Extensions.Time.Testing;
using static Glocal.Web.Tests.Residents.ResidentsTestData;

namespace Glocal.Web.Tests.Residents;

/// <summary>Retention, subject access and erasure, on the real engines.</summary>
[Collection(AppCollection.Name)]
public class PrivacyTests(GlocalAppFactory app)
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    /// <summary>A scope signed in as an Ansan counsellor whose services read <paramref name="clock"/>.</summary>
    private async Task<(AsyncServiceScope Scope, T Service)> AsCounsellorAsync<T>(TimeProvider clock) where T : class
    {
        var scope = app.Services.CreateAsyncScope();
        var tenant = scope.ServiceProvider.GetRequiredService<TenantContext>();
        tenant.ActAsSystem("lookup");
        var user = await scope.ServiceProvider.GetRequiredService<UserManager<GlocalUser>>().FindByNameAsync("ansan.counsellor") ?? throw new InvalidOperationException();
        tenant.SignIn(user.MunicipalityId, user.Id, user.UserName!);
        return (scope, ActivatorUtilities.CreateInstance<T>(scope.ServiceProvider, clock));
    }

    [Fact]
    public async Task Retention_AnonymisesCasesClosedLongerThanTheConfiguredYears_AndErasesClientsLeftWithNothing()
    {
        var now = DateTimeOffset.UtcNow;
        var then = new FakeTimeProvider(now.AddYears(-7));
        var recent = new FakeTimeProvider(now.AddYears(-3));
        Guid oldClient, oldCase, recentCase;
        var (scope, clients) = await AsCounsellorAsync<ClientService>(then);
        await using (scope)
        {
            oldClient = await clients.RegisterAsync(new RegisterClientRequest("Retention Old Person", "UZ", "uz ru", "900101-5123456"), Ct);
            var cases = ActivatorUtilities.CreateInstance<CaseService>(scope.ServiceProvider, then);
            oldCase = (await cases.OpenAsync(new OpenCaseRequest(CaseChannel.Phone, CaseCategory.WageArrears, "uz", oldClient, Subject: "Old subject"), Ct)).Id;
            await cases.AddNoteAsync(oldCase, new AddNoteRequest("Old note about the person"), Ct);
            await cases.ChangeStatusAsync(oldCase, CaseStatus.Closed, Ct);
        }

        var (scope2, cases2) = await AsCounsellorAsync<CaseService>(recent);
        await using (scope2)
        {
            recentCase = (await cases2.OpenAsync(new OpenCaseRequest(CaseChannel.Phone, CaseCategory.Housing, "vi", Subject: "Recent"), Ct)).Id;
            await cases2.ChangeStatusAsync(recentCase, CaseStatus.Closed, Ct);
        }

        await using var run = app.Services.CreateAsyncScope();
        run.ServiceProvider.GetRequiredService<TenantContext>().ActAsSystem("test-retention");
        var db = run.ServiceProvider.GetRequiredService<GlocalDbContext>();
        var ansan = await db.Municipalities.Where(m => m.Code == "41270").Select(m => m.Id).SingleAsync(Ct);
        RetentionService Retention(int years) => ActivatorUtilities.CreateInstance<RetentionService>(run.ServiceProvider,
            new FakeTimeProvider(now), Options.Create(new ResidentsOptions { RetentionYears = years }));

        var dry = await Retention(5).RunAsync(ansan, dryRun: true, Ct);
        dry.ShouldHaveSingleItem().CasesAnonymised.ShouldBeGreaterThanOrEqualTo(1);
        (await db.ConsultationCases.IgnoreQueryFilters().SingleAsync(c => c.Id == oldCase, Ct)).AnonymisedAt.ShouldBeNull("a dry run changes nothing");

        var result = (await Retention(5).RunAsync(ansan, dryRun: false, Ct)).ShouldHaveSingleItem();
        result.ClientsErased.ShouldBeGreaterThanOrEqualTo(1);
        db.ChangeTracker.Clear();
        var anonymised = await db.ConsultationCases.IgnoreQueryFilters().SingleAsync(c => c.Id == oldCase, Ct);
        anonymised.ShouldSatisfyAllConditions(c => c.AnonymisedAt.ShouldNotBeNull(), c => c.ClientId.ShouldBeNull(), c => c.Subject.ShouldBeNull(),
            c => c.Category.ShouldBe(CaseCategory.WageArrears), c => c.Language.ShouldBe("uz"));
        (await db.CaseNotes.IgnoreQueryFilters().AnyAsync(n => n.CaseId == oldCase, Ct)).ShouldBeFalse();
        (await db.Clients.IgnoreQueryFilters().AnyAsync(c => c.Id == oldClient, Ct)).ShouldBeFalse();
        (await db.ConsultationCases.IgnoreQueryFilters().SingleAsync(c => c.Id == recentCase, Ct)).AnonymisedAt.ShouldBeNull("closed three years ago: kept");
        (await db.AuditEvents.AnyAsync(e => e.EntityType == "RetentionRun" && e.MunicipalityId == ansan && e.UserName == "test-retention", Ct)).ShouldBeTrue();

        // With a shorter period the three-year-old case goes too: the number of years is configuration.
        (await Retention(2).RunAsync(ansan, dryRun: true, Ct)).ShouldHaveSingleItem().CasesAnonymised.ShouldBeGreaterThanOrEqualTo(1);

        var counsellor = await app.ApiClientAsync("ansan.counsellor");
        await (await counsellor.PostJsonAsync($"/api/v1/residents/cases/{oldCase}/notes", new { text = "more" }))
            .ShouldBeProblemAsync(HttpStatusCode.UnprocessableEntity, "case_anonymised");
        await (await counsellor.PostAsync($"/api/v1/residents/cases/{oldCase}/reopen", null, Ct)).ShouldBeProblemAsync(HttpStatusCode.UnprocessableEntity, "case_anonymised");
    }

    [Fact]
    public async Task SubjectAccess_ExportsEverythingHeld_AsJsonAndXlsx_Logged()
    {
        var counsellor = await app.ApiClientAsync("ansan.counsellor");
        var client = await ClientAsync(counsellor, "Access Request Person", "880202-6123456");
        var opened = await CaseAsync(counsellor, client.Id);
        (await counsellor.PostJsonAsync($"/api/v1/residents/cases/{opened.Id}/notes", new { text = "Note the person may read" })).StatusCode.ShouldBe(HttpStatusCode.Created);

        var response = await counsellor.GetAsync($"/api/v1/residents/clients/{client.Id}/export", Ct);
        response.StatusCode.ShouldBe(HttpStatusCode.OK);
        response.Content.Headers.ContentType!.MediaType.ShouldBe("application/json");
        using var json = JsonDocument.Parse(await response.Content.ReadAsStringAsync(Ct));
        json.RootElement.GetProperty("client").GetProperty("name").GetString().ShouldBe("Access Request Person");
        json.RootElement.GetProperty("client").GetProperty("registrationNumber").GetString().ShouldBe("8802026123456");
        json.RootElement.GetProperty("cases")[0].GetProperty("notes")[0].GetProperty("text").GetString().ShouldBe("Note the person may read");

        var xlsx = await counsellor.GetAsync($"/api/v1/residents/clients/{client.Id}/export?format=xlsx", Ct);
        xlsx.StatusCode.ShouldBe(HttpStatusCode.OK);
        (await xlsx.Content.ReadAsByteArrayAsync(Ct))[..2].ShouldBe("PK"u8.ToArray());
        await (await counsellor.GetAsync($"/api/v1/residents/clients/{client.Id}/export?format=pdf", Ct)).ShouldBeProblemAsync(HttpStatusCode.BadRequest, "export_format");
        await (await (await app.ApiClientAsync("siheung.counsellor")).GetAsync($"/api/v1/residents/clients/{client.Id}/export", Ct))
            .ShouldBeProblemAsync(HttpStatusCode.NotFound, "not_found");
        await (await (await app.ApiClientAsync("ansan.viewer")).GetAsync($"/api/v1/residents/clients/{client.Id}/export", Ct))
            .ShouldBeProblemAsync(HttpStatusCode.Forbidden, "forbidden");

        var admin = await app.ApiClientAsync("ansan.admin");
        var log = await (await admin.GetAsync($"/api/v1/admin/access-log?entityType=Client&entityId={client.Id}", Ct)).ShouldBeOkAsync<Page<AccessLogRow>>();
        log.Items.Count(r => r.Purpose == "subject_access_export").ShouldBe(2);
        var audit = await (await admin.GetAsync($"/api/v1/admin/audit-events?entityType=SubjectAccessExport&entityId={client.Id}", Ct)).ShouldBeOkAsync<Page<AuditEventRow>>();
        audit.Items.Count.ShouldBe(2);
    }

    [Fact]
    public async Task Erasure_RemovesThePerson_AnonymisesAndClosesTheirCases_Audited()
    {
        var counsellor = await app.ApiClientAsync("ansan.counsellor");
        var client = await ClientAsync(counsellor, "Erase Me Person", "770303-5123456");
        var open = await CaseAsync(counsellor, client.Id);
        (await counsellor.PostJsonAsync($"/api/v1/residents/clients/{client.Id}/consents", new { purpose = "Referral", scope = "*", givenOn = "2026-01-05" }))
            .StatusCode.ShouldBe(HttpStatusCode.Created);
        (await counsellor.PostJsonAsync($"/api/v1/residents/cases/{open.Id}/notes", new { text = "to be erased" })).StatusCode.ShouldBe(HttpStatusCode.Created);

        await (await (await app.ApiClientAsync("ansan.ngo")).PostJsonAsync($"/api/v1/residents/clients/{client.Id}/erase", new { ground = "SubjectRequest" }))
            .ShouldBeProblemAsync(HttpStatusCode.Forbidden, "forbidden");
        var erased = await (await counsellor.PostJsonAsync($"/api/v1/residents/clients/{client.Id}/erase", new { ground = "SubjectRequest" })).ShouldBeOkAsync<ErasureResult>();
        erased.ShouldSatisfyAllConditions(e => e.CasesAnonymised.ShouldBe(1), e => e.ConsentsDeleted.ShouldBe(1));

        await (await counsellor.GetAsync($"/api/v1/residents/clients/{client.Id}", Ct)).ShouldBeProblemAsync(HttpStatusCode.NotFound, "not_found");
        var after = await GetCaseAsync(counsellor, open.Id);
        after.ShouldSatisfyAllConditions(c => c.Status.ShouldBe(CaseStatus.Closed), c => c.AnonymisedAt.ShouldNotBeNull(), c => c.ClientId.ShouldBeNull(),
            c => c.ClientName.ShouldBeNull(), c => c.Notes.ShouldBeEmpty(), c => c.Consents.ShouldBeEmpty());
        var search = await counsellor.PostJsonAsync("/api/v1/residents/clients/search", new { registrationNumber = "770303-5123456" });
        (await search.ShouldBeOkAsync<List<ClientDetails>>()).ShouldBeEmpty();

        var admin = await app.ApiClientAsync("ansan.admin");
        var audit = await (await admin.GetAsync($"/api/v1/admin/audit-events?entityType=SubjectErasure&entityId={client.Id}", Ct)).ShouldBeOkAsync<Page<AuditEventRow>>();
        audit.Items.ShouldHaveSingleItem().ChangedFields.ShouldContain("Ground=SubjectRequest");
    }

    [Fact]
    public async Task CaseSearch_ByNameOrRegistrationNumber_FindsTheirCases()
    {
        var counsellor = await app.ApiClientAsync("ansan.counsellor");
        var client = await ClientAsync(counsellor, "Searchable Person", "660404-6123456");
        var opened = await CaseAsync(counsellor, client.Id, language: "mn");
        var byNumber = await (await counsellor.PostJsonAsync("/api/v1/residents/cases/search", new { registrationNumber = "6604046123456" })).ShouldBeOkAsync<Page<CaseSummary>>();
        byNumber.Items.ShouldHaveSingleItem().Id.ShouldBe(opened.Id);
        var byName = await (await counsellor.PostJsonAsync("/api/v1/residents/cases/search?language=mn", new { name = "searchable  person" })).ShouldBeOkAsync<Page<CaseSummary>>();
        byName.Items.ShouldContain(c => c.Id == opened.Id && c.Name == "Searchable Person");
        (await (await counsellor.PostJsonAsync("/api/v1/residents/cases/search?language=vi", new { name = "Searchable Person" })).ShouldBeOkAsync<Page<CaseSummary>>())
            .Items.ShouldBeEmpty();
        await (await counsellor.PostJsonAsync("/api/v1/residents/cases/search", new { })).ShouldBeProblemAsync(HttpStatusCode.BadRequest, "search_criteria_required");
    }
}
