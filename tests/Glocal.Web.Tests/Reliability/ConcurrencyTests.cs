using System.Net;
using Glocal.Core.Data;
using Glocal.Core.Residents;
using Glocal.Core.Tenancy;
using Glocal.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Glocal.Web.Tests.Reliability;

/// <summary>Two people editing one record: the second save is refused on SQLite and PostgreSQL alike.</summary>
[Collection(AppCollection.Name)]
public class ConcurrencyTests(GlocalAppFactory app)
{
    private async Task<Guid> NewClientAsync()
    {
        var counsellor = await app.ApiClientAsync("ansan.counsellor");
        var created = await (await counsellor.PostJsonAsync("/api/v1/residents/clients", new RegisterClientRequest("Concurrency Probe", "VN", "vi")))
            .ShouldBeOkAsync<ClientDetails>(HttpStatusCode.Created);
        return created.Id;
    }

    private (IServiceScope Scope, GlocalDbContext Db) Session()
    {
        var scope = app.Services.CreateScope();
        var ansan = scope.ServiceProvider.GetRequiredService<GlocalDbContext>().Municipalities.Single(m => m.Code == "41270").Id;
        scope.ServiceProvider.GetRequiredService<TenantContext>().ActAsSystem("test", ansan);
        return (scope, scope.ServiceProvider.GetRequiredService<GlocalDbContext>());
    }

    [Fact]
    public async Task SaveChanges_SecondEditFromSameVersion_IsRefused()
    {
        var id = await NewClientAsync();
        var ct = TestContext.Current.CancellationToken;
        var (firstScope, first) = Session();
        var (secondScope, second) = Session();
        using (firstScope)
        using (secondScope)
        {
            var mine = await first.Clients.SingleAsync(c => c.Id == id, ct);
            var theirs = await second.Clients.SingleAsync(c => c.Id == id, ct);
            RowVersions.Of(first, mine).ShouldBe(0);

            mine.District = "단원구";
            await first.SaveChangesAsync(ct);
            RowVersions.Of(first, mine).ShouldBe(1);

            theirs.District = "상록구";
            await Should.ThrowAsync<DbUpdateConcurrencyException>(() => second.SaveChangesAsync(ct));
        }

        var (checkScope, check) = Session();
        using (checkScope)
        {
            (await check.Clients.AsNoTracking().SingleAsync(c => c.Id == id, ct)).District.ShouldBe("단원구");
        }
    }

    [Fact]
    public async Task Expect_StaleVersionFromClient_IsRefused()
    {
        var id = await NewClientAsync();
        var ct = TestContext.Current.CancellationToken;
        var (scope, db) = Session();
        using (scope)
        {
            var client = await db.Clients.SingleAsync(c => c.Id == id, ct);
            client.District = "단원구";
            await db.SaveChangesAsync(ct);

            // A browser that read version 0 before that save sends it back with its edit.
            client.District = "상록구";
            RowVersions.Expect(db, client, 0);
            await Should.ThrowAsync<DbUpdateConcurrencyException>(() => db.SaveChangesAsync(ct));
        }
    }

    [Fact]
    public async Task RowVersion_IsNotReportedAsAChangedField()
    {
        var id = await NewClientAsync();
        var ct = TestContext.Current.CancellationToken;
        var (scope, db) = Session();
        using (scope)
        {
            var client = await db.Clients.SingleAsync(c => c.Id == id, ct);
            client.District = "단원구";
            await db.SaveChangesAsync(ct);
            var update = await db.AuditEvents.AsNoTracking()
                .Where(e => e.EntityType == nameof(Client) && e.EntityId == id.ToString() && e.Action == Glocal.Core.Audit.AuditAction.Update)
                .SingleAsync(ct);
            update.ChangedFields.ShouldBe("District");
        }
    }
}
