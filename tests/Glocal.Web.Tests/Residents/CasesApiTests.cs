using System.Net;
using Glocal.Core.Data;
using Glocal.Core.Residents;
using Glocal.Core.Shared;
using Glocal.Core.Tenancy;
using Glocal.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using static Glocal.Web.Tests.Residents.ResidentsTestData;

namespace Glocal.Web.Tests.Residents;

[Collection(AppCollection.Name)]
public class CasesApiTests(GlocalAppFactory app)
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task Workflow_MovesForwardClosesAndReopens_RefusesSkips()
    {
        var counsellor = await app.ApiClientAsync("ansan.counsellor");
        var opened = await CaseAsync(counsellor);
        opened.Status.ShouldBe(CaseStatus.New);
        opened.ReferenceNumber.ShouldMatch("^R-[A-Z2-9]{8}$");
        opened.FirstResponseAt.ShouldBeNull();

        (await counsellor.PostJsonAsync($"/api/v1/residents/cases/{opened.Id}/status", new { status = "Assessment" })).StatusCode.ShouldBe(HttpStatusCode.NoContent);
        await (await counsellor.PostJsonAsync($"/api/v1/residents/cases/{opened.Id}/status", new { status = "New" }))
            .ShouldBeProblemAsync(HttpStatusCode.UnprocessableEntity, "case_transition_not_allowed");
        (await counsellor.PostJsonAsync($"/api/v1/residents/cases/{opened.Id}/status", new { status = "InProgress" })).StatusCode.ShouldBe(HttpStatusCode.NoContent);
        await (await counsellor.PostAsync($"/api/v1/residents/cases/{opened.Id}/reopen", null, Ct))
            .ShouldBeProblemAsync(HttpStatusCode.UnprocessableEntity, "case_not_closed");
        (await counsellor.PostJsonAsync($"/api/v1/residents/cases/{opened.Id}/status", new { status = "Closed" })).StatusCode.ShouldBe(HttpStatusCode.NoContent);
        (await GetCaseAsync(counsellor, opened.Id)).ClosedAt.ShouldNotBeNull();
        (await counsellor.PostAsync($"/api/v1/residents/cases/{opened.Id}/reopen", null, Ct)).StatusCode.ShouldBe(HttpStatusCode.NoContent);

        var reopened = await GetCaseAsync(counsellor, opened.Id);
        reopened.Status.ShouldBe(CaseStatus.InProgress);
        reopened.ClosedAt.ShouldBeNull();
        reopened.FirstResponseAt.ShouldNotBeNull();
        reopened.History.Select(h => h.To).ShouldBe([CaseStatus.Assessment, CaseStatus.InProgress, CaseStatus.Closed, CaseStatus.InProgress]);
        reopened.History.ShouldAllBe(h => h.By == "ansan.counsellor");
    }

    [Fact]
    public async Task NotesOutcomesFollowUps_AreRecordedAndNotesStoredSealed()
    {
        var counsellor = await app.ApiClientAsync("ansan.counsellor");
        var opened = await CaseAsync(counsellor);
        (await counsellor.PostJsonAsync($"/api/v1/residents/cases/{opened.Id}/notes", new { text = "Employer owes three months' wages: Sealed Note Marker" }))
            .StatusCode.ShouldBe(HttpStatusCode.Created);
        (await counsellor.PostJsonAsync($"/api/v1/residents/cases/{opened.Id}/outcomes", new { kind = "WagesRecovered", amountWon = 4_200_000L }))
            .StatusCode.ShouldBe(HttpStatusCode.Created);
        var followUp = await (await counsellor.PostJsonAsync($"/api/v1/residents/cases/{opened.Id}/follow-ups", new { dueOn = "2026-12-15", action = "Call the labour office" }))
            .ShouldBeOkAsync<Glocal.Web.Api.Residents.IdResponse>(HttpStatusCode.Created);
        (await counsellor.PostAsync($"/api/v1/residents/cases/{opened.Id}/follow-ups/{followUp.Id}/done", null, Ct)).StatusCode.ShouldBe(HttpStatusCode.NoContent);
        await (await counsellor.PostJsonAsync($"/api/v1/residents/cases/{opened.Id}/notes", new { text = "" }))
            .ShouldBeProblemAsync(HttpStatusCode.BadRequest, "validation_failed");

        var details = await GetCaseAsync(counsellor, opened.Id);
        details.Notes.ShouldHaveSingleItem().Text.ShouldContain("Sealed Note Marker");
        details.Outcomes.ShouldHaveSingleItem().AmountWon.ShouldBe(4_200_000L);
        details.FollowUps.ShouldHaveSingleItem().DoneAt.ShouldNotBeNull();
        details.FirstResponseAt.ShouldNotBeNull("a note is a response");

        using var scope = app.Services.CreateScope();
        scope.ServiceProvider.GetRequiredService<TenantContext>().ActAsSystem("test");
        var stored = await scope.ServiceProvider.GetRequiredService<GlocalDbContext>().CaseNotes.IgnoreQueryFilters().SingleAsync(n => n.CaseId == opened.Id, Ct);
        stored.TextSealed.ShouldNotContain("Marker");
        stored.TextSealed.ShouldStartWith("v1.");
    }

    [Fact]
    public async Task Referral_WithoutConsent_IsRefused()
    {
        var counsellor = await app.ApiClientAsync("ansan.counsellor");
        var client = await ClientAsync(counsellor, "Consent Less");
        var opened = await CaseAsync(counsellor, client.Id);

        await (await counsellor.PostJsonAsync($"/api/v1/residents/cases/{opened.Id}/referrals", new { agency = "LabourOffice" }))
            .ShouldBeProblemAsync(HttpStatusCode.UnprocessableEntity, "consent_required");
        (await GetCaseAsync(counsellor, opened.Id)).Referrals.ShouldBeEmpty();
    }

    [Fact]
    public async Task Referral_WithConsentForThatAgency_IsAccepted_ButNotForAnotherOrAfterWithdrawal()
    {
        var counsellor = await app.ApiClientAsync("ansan.counsellor");
        var client = await ClientAsync(counsellor, "Consent Giver");
        var opened = await CaseAsync(counsellor, client.Id);
        var consent = await (await counsellor.PostJsonAsync($"/api/v1/residents/clients/{client.Id}/consents",
            new { purpose = "Referral", scope = "LabourOffice LegalAid", givenOn = "2026-01-05" })).ShouldBeOkAsync<ConsentView>(HttpStatusCode.Created);

        await (await counsellor.PostJsonAsync($"/api/v1/residents/cases/{opened.Id}/referrals", new { agency = "Police" }))
            .ShouldBeProblemAsync(HttpStatusCode.UnprocessableEntity, "consent_required");
        var referral = await (await counsellor.PostJsonAsync($"/api/v1/residents/cases/{opened.Id}/referrals", new { agency = "LabourOffice" }))
            .ShouldBeOkAsync<Glocal.Web.Api.Residents.IdResponse>(HttpStatusCode.Created);
        (await counsellor.PostJsonAsync($"/api/v1/residents/cases/{opened.Id}/referrals/{referral.Id}/status", new { status = "Completed" }))
            .StatusCode.ShouldBe(HttpStatusCode.NoContent);

        var details = await GetCaseAsync(counsellor, opened.Id);
        details.Status.ShouldBe(CaseStatus.Referred);
        var made = details.Referrals.ShouldHaveSingleItem();
        made.ConsentOverridden.ShouldBeFalse();
        made.Status.ShouldBe(ReferralStatus.Completed);

        (await counsellor.PostJsonAsync($"/api/v1/residents/clients/{client.Id}/consents/{consent.Id}/withdraw", new { withdrawnOn = "2026-02-01" }))
            .StatusCode.ShouldBe(HttpStatusCode.OK);
        await (await counsellor.PostJsonAsync($"/api/v1/residents/cases/{opened.Id}/referrals", new { agency = "LegalAid" }))
            .ShouldBeProblemAsync(HttpStatusCode.UnprocessableEntity, "consent_required");
        await (await counsellor.PostJsonAsync($"/api/v1/residents/clients/{client.Id}/consents", new { purpose = "Referral", scope = "Nowhere", givenOn = "2026-01-05" }))
            .ShouldBeProblemAsync(HttpStatusCode.BadRequest, "consent_scope_unknown_agency");
    }

    [Fact]
    public async Task ConsentOverride_NeedsItsOwnPermissionAndAReason_AndIsAudited()
    {
        var counsellor = await app.ApiClientAsync("ansan.counsellor");
        var lead = await app.ApiClientAsync("ansan.lead");
        var opened = await CaseAsync(counsellor, sensitive: true, category: "FamilyViolence");
        const string reason = "Immediate danger to the resident's safety; shelter placement tonight.";

        await (await counsellor.PostJsonAsync($"/api/v1/residents/cases/{opened.Id}/referrals", new { agency = "Shelter", overrideReason = reason }))
            .ShouldBeProblemAsync(HttpStatusCode.Forbidden, "consent_override_forbidden");
        await (await lead.PostJsonAsync($"/api/v1/residents/cases/{opened.Id}/referrals", new { agency = "Shelter" }))
            .ShouldBeProblemAsync(HttpStatusCode.UnprocessableEntity, "consent_required");
        await (await lead.PostJsonAsync($"/api/v1/residents/cases/{opened.Id}/referrals", new { agency = "Shelter", overrideReason = "short" }))
            .ShouldBeProblemAsync(HttpStatusCode.BadRequest, "validation_failed");
        var referral = await (await lead.PostJsonAsync($"/api/v1/residents/cases/{opened.Id}/referrals", new { agency = "Shelter", overrideReason = reason }))
            .ShouldBeOkAsync<Glocal.Web.Api.Residents.IdResponse>(HttpStatusCode.Created);

        var made = (await GetCaseAsync(lead, opened.Id)).Referrals.ShouldHaveSingleItem();
        made.ConsentOverridden.ShouldBeTrue();
        made.OverrideReason.ShouldBe(reason);

        var admin = await app.ApiClientAsync("ansan.admin");
        var events = await (await admin.GetAsync($"/api/v1/admin/audit-events?entityType=ConsentOverride&entityId={referral.Id}"))
            .ShouldBeOkAsync<Page<Glocal.Core.Audit.AuditEventRow>>();
        var audit = events.Items.ShouldHaveSingleItem();
        audit.UserName.ShouldBe("ansan.lead");
        audit.ChangedFields.ShouldContain("Agency=Shelter");
    }

    [Fact]
    public async Task EveryRead_WritesTheAccessLog()
    {
        var counsellor = await app.ApiClientAsync("ansan.counsellor");
        var client = await ClientAsync(counsellor, "Logged Reader");
        var opened = await CaseAsync(counsellor, client.Id);
        await GetCaseAsync(counsellor, opened.Id);
        (await counsellor.GetAsync($"/api/v1/residents/cases?reference={opened.ReferenceNumber}")).StatusCode.ShouldBe(HttpStatusCode.OK);

        var admin = await app.ApiClientAsync("ansan.admin");
        var caseLog = await (await admin.GetAsync($"/api/v1/admin/access-log?entityType=ConsultationCase&entityId={opened.Id}"))
            .ShouldBeOkAsync<Page<Glocal.Core.Audit.AccessLogRow>>();
        // Opening returns the case (a read), then the explicit GET, then the list row that showed the name.
        caseLog.Items.Select(r => r.Purpose).ShouldBe(["view", "view", "list"], ignoreOrder: true);
        var clientLog = await (await admin.GetAsync($"/api/v1/admin/access-log?entityType=Client&entityId={client.Id}"))
            .ShouldBeOkAsync<Page<Glocal.Core.Audit.AccessLogRow>>();
        clientLog.Items.Count(r => r.Purpose == "view").ShouldBeGreaterThanOrEqualTo(3, "the client's name is read with each case read");
    }

    [Fact]
    public async Task SensitiveCase_NameHiddenInListsWithoutTheExtraPermission()
    {
        var counsellor = await app.ApiClientAsync("ansan.counsellor");
        var client = await ClientAsync(counsellor, "Hidden Name Person");
        var sensitive = await CaseAsync(counsellor, client.Id, sensitive: true, category: "FamilyViolence");
        var ordinary = await CaseAsync(counsellor, client.Id);

        async Task<List<CaseSummary>> ListAs(string user) =>
            [.. (await (await (await app.ApiClientAsync(user)).GetAsync("/api/v1/residents/cases?pageSize=200")).ShouldBeOkAsync<Page<CaseSummary>>()).Items];

        var asCounsellor = await ListAs("ansan.counsellor");
        asCounsellor.Single(c => c.Id == sensitive.Id).ShouldSatisfyAllConditions(c => c.Name.ShouldBeNull(), c => c.NameHidden.ShouldBeTrue());
        asCounsellor.Single(c => c.Id == ordinary.Id).Name.ShouldBe("Hidden Name Person");
        (await ListAs("ansan.lead")).Single(c => c.Id == sensitive.Id).Name.ShouldBe("Hidden Name Person");
        (await ListAs("ansan.ngo")).Single(c => c.Id == ordinary.Id).Name.ShouldBeNull("no personal-data permission, no names");
    }

    [Fact]
    public async Task CaseList_FiltersSortsPagesAndExports()
    {
        var counsellor = await app.ApiClientAsync("ansan.counsellor");
        await CaseAsync(counsellor, category: "Housing", language: "km");
        await CaseAsync(counsellor, category: "Housing", language: "km");
        var page = await (await counsellor.GetAsync("/api/v1/residents/cases?language=km&category=Housing&pageSize=1&sort=opened")).ShouldBeOkAsync<Page<CaseSummary>>();
        page.Items.Count.ShouldBe(1);
        page.Total.ShouldBeGreaterThanOrEqualTo(2);
        page.Items.ShouldAllBe(c => c.Language == "km" && c.Category == CaseCategory.Housing);
        await (await counsellor.GetAsync("/api/v1/residents/cases?sort=name")).ShouldBeProblemAsync(HttpStatusCode.BadRequest, "validation_failed");

        var export = await counsellor.GetAsync("/api/v1/residents/cases/export?format=xlsx&language=km", Ct);
        export.StatusCode.ShouldBe(HttpStatusCode.OK);
        export.Content.Headers.ContentType!.MediaType.ShouldBe("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
        var csv = await (await counsellor.GetAsync("/api/v1/residents/cases/export?language=km", Ct)).Content.ReadAsStringAsync(Ct);
        csv.ShouldContain("ReferenceNumber");
    }
}
