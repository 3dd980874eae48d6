using System.Net;
using Glocal.Web.Tests.Infrastructure;
using Microsoft.AspNetCore.Hosting;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;

namespace Glocal.Web.Tests.Account;

/// <summary>A session ends after 30 minutes without activity, and activity keeps it alive.</summary>
public sealed class IdleSignOutTests : IAsyncLifetime
{
    private readonly ClockedAppFactory app = new();

    public ValueTask InitializeAsync() => app.InitializeAsync();

    public ValueTask DisposeAsync() => app.DisposeAsync();

    [Fact]
    public async Task Session_IdleFor31Minutes_IsSignedOut()
    {
        var client = await app.SignedInClientAsync("ansan.viewer");
        (await client.GetAsync("/")).StatusCode.ShouldBe(HttpStatusCode.OK);

        app.Clock.Advance(TimeSpan.FromMinutes(31));
        var after = await client.GetAsync("/");
        after.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        after.Headers.Location!.AbsolutePath.ShouldBe("/Account/Login");
    }

    [Fact]
    public async Task Session_ActiveEvery20Minutes_StaysSignedIn()
    {
        var client = await app.SignedInClientAsync("siheung.viewer");
        for (var i = 0; i < 4; i++)
        {
            app.Clock.Advance(TimeSpan.FromMinutes(20));
            (await client.GetAsync("/")).StatusCode.ShouldBe(HttpStatusCode.OK, $"after {(i + 1) * 20} minutes of steady use");
        }
    }

    private sealed class ClockedAppFactory : GlocalAppFactory
    {
        public FakeTimeProvider Clock { get; } = new(DateTimeOffset.UtcNow);

        protected override void ConfigureWebHost(IWebHostBuilder builder)
        {
            base.ConfigureWebHost(builder);
            builder.ConfigureServices(services => services.AddSingleton<TimeProvider>(Clock));
        }
    }
}
