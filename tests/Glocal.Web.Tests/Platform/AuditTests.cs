using System.Net;
using System.Text.Json;
using Glocal.Core.Audit;
using Glocal.Core.Data;
using Glocal.Core.Residents;
using Glocal.Core.Shared;
using Glocal.Core.Tenancy;
using Glocal.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Glocal.Web.Tests.Platform;

[Collection(AppCollection.Name)]
public class AuditTests(GlocalAppFactory app)
{
    [Fact]
    public async Task Create_WritesAuditEventWithFieldNamesButNoValues()
    {
        var counsellor = await app.ApiClientAsync("ansan.counsellor");
        var created = await (await counsellor.PostJsonAsync("/api/v1/residents/clients", new RegisterClientRequest("Audit Probe Person", "NP", "ne", "920303-6123456")))
            .ShouldBeOkAsync<ClientDetails>(HttpStatusCode.Created);

        var admin = await app.ApiClientAsync("ansan.admin");
        var events = await (await admin.GetAsync($"/api/v1/admin/audit-events?entityType=Client&entityId={created.Id}")).ShouldBeOkAsync<Page<AuditEventRow>>();
        var audit = events.Items.ShouldHaveSingleItem();
        audit.Action.ShouldBe("Create");
        audit.UserName.ShouldBe("ansan.counsellor");
        audit.ChangedFields.Split(',').ShouldContain("NameSealed");
        var raw = JsonSerializer.Serialize(events);
        raw.ShouldNotContain("Audit Probe Person");
        raw.ShouldNotContain("920303");
    }

    [Fact]
    public async Task ReadOfPersonalData_WritesAccessLog()
    {
        var counsellor = await app.ApiClientAsync("ansan.counsellor");
        var created = await (await counsellor.PostJsonAsync("/api/v1/residents/clients", new RegisterClientRequest("Access Probe", "TH", "th")))
            .ShouldBeOkAsync<ClientDetails>(HttpStatusCode.Created);
        (await counsellor.GetAsync($"/api/v1/residents/clients/{created.Id}")).StatusCode.ShouldBe(HttpStatusCode.OK);
        (await counsellor.PostJsonAsync("/api/v1/residents/clients/search", new { name = "access probe" })).StatusCode.ShouldBe(HttpStatusCode.OK);

        var admin = await app.ApiClientAsync("ansan.admin");
        var log = await (await admin.GetAsync($"/api/v1/admin/access-log?entityType=Client&entityId={created.Id}")).ShouldBeOkAsync<Page<AccessLogRow>>();
        log.Items.Select(r => r.Purpose).ShouldBe(["search", "view", "view"], ignoreOrder: true);
        log.Items.ShouldAllBe(r => r.UserName == "ansan.counsellor");
    }

    [Fact]
    public async Task Export_IsCsvForAuditExporters()
    {
        var admin = await app.ApiClientAsync("ansan.admin");
        var response = await admin.GetAsync("/api/v1/admin/audit-events.csv");
        response.StatusCode.ShouldBe(HttpStatusCode.OK);
        response.Content.Headers.ContentType!.MediaType.ShouldBe("text/csv");
        (await response.Content.ReadAsStringAsync()).ShouldContain("EntityType");
    }

    [Fact]
    public async Task AuditLog_CannotBeModified()
    {
        using var scope = app.Services.CreateScope();
        scope.ServiceProvider.GetRequiredService<TenantContext>().ActAsSystem("test");
        var db = scope.ServiceProvider.GetRequiredService<GlocalDbContext>();
        var first = await db.AuditEvents.OrderBy(e => e.Id).FirstAsync(TestContext.Current.CancellationToken);
        first.ChangedFields = "tampered";
        (await Should.ThrowAsync<BusinessRuleException>(() => db.SaveChangesAsync(TestContext.Current.CancellationToken))).Code.ShouldBe("audit_append_only");
    }

    [Fact]
    public async Task RoleGrantAndRevoke_AreRecordedAndTakeEffect()
    {
        var admin = await app.ApiClientAsync("ansan.admin");
        var users = await (await admin.GetAsync("/api/v1/admin/users")).ShouldBeOkAsync<List<Glocal.Core.Access.UserSummary>>();
        var viewer = users.Single(u => u.UserName == "ansan.viewer");

        var granted = await (await admin.PostJsonAsync($"/api/v1/admin/users/{viewer.Id}/roles", new { role = "exchange_officer" })).ShouldBeOkAsync<Glocal.Core.Access.UserSummary>();
        granted.Roles.ShouldContain("exchange_officer");
        await (await admin.PostJsonAsync($"/api/v1/admin/users/{viewer.Id}/roles", new { role = "exchange_officer" })).ShouldBeProblemAsync(HttpStatusCode.Conflict, "role_already_granted");
        await (await admin.PostJsonAsync($"/api/v1/admin/users/{viewer.Id}/roles", new { role = "platform_admin" })).ShouldBeProblemAsync(HttpStatusCode.Forbidden, "role_reserved");
        var revoked = await (await admin.DeleteAsync($"/api/v1/admin/users/{viewer.Id}/roles/exchange_officer")).ShouldBeOkAsync<Glocal.Core.Access.UserSummary>();
        revoked.Roles.ShouldNotContain("exchange_officer");

        var grants = await (await admin.GetAsync("/api/v1/admin/role-grants")).ShouldBeOkAsync<Page<RoleGrantRow>>();
        grants.Items.Where(g => g.UserName == "ansan.viewer" && g.Role == "exchange_officer").Select(g => g.Granted).ShouldBe([false, true]);
        grants.Items.ShouldContain(g => g.ByUserName == "ansan.admin");
    }
}
