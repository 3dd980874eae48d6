using System.Net;
using Glocal.Web.Tests.Infrastructure;

namespace Glocal.Web.Tests.Reliability;

/// <summary>The database goes away under a running app and comes back; nobody restarts anything.</summary>
[Collection(OwnServerCollection.Name)]
public class DatabaseOutageTests
{
    [Fact]
    public async Task DatabaseOutage_ReadyAndApiAnswer503_ThenRecoverWithoutRestart()
    {
        await using var app = new OutageAppFactory();
        await app.InitializeAsync();
        var counsellor = await app.ApiClientAsync("ansan.counsellor");
        var anonymous = app.AnonymousClient();
        var ct = TestContext.Current.CancellationToken;

        (await anonymous.GetAsync("/health/ready", ct)).StatusCode.ShouldBe(HttpStatusCode.OK);
        (await counsellor.GetAsync("/api/v1/residents/clients", ct)).StatusCode.ShouldBe(HttpStatusCode.OK);

        app.TakeDatabaseAway();

        (await anonymous.GetAsync("/health/ready", ct)).StatusCode.ShouldBe(HttpStatusCode.ServiceUnavailable);
        (await anonymous.GetAsync("/health/live", ct)).StatusCode.ShouldBe(HttpStatusCode.OK);
        var failed = await counsellor.GetAsync("/api/v1/residents/clients", ct);
        await failed.ShouldBeProblemAsync(HttpStatusCode.ServiceUnavailable, "database_unavailable");
        failed.Headers.RetryAfter.ShouldNotBeNull();

        app.BringDatabaseBack();

        var recovered = HttpStatusCode.ServiceUnavailable;
        for (var attempt = 0; attempt < 40 && recovered != HttpStatusCode.OK; attempt++)
        {
            await Task.Delay(250, ct);
            recovered = (await anonymous.GetAsync("/health/ready", ct)).StatusCode;
        }

        recovered.ShouldBe(HttpStatusCode.OK);
        (await counsellor.GetAsync("/api/v1/residents/clients", ct)).StatusCode.ShouldBe(HttpStatusCode.OK);
    }
}
