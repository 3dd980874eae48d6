using System.Net;
using System.Security.Cryptography;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Playwright;

[assembly: AssemblyFixture(typeof(Glocal.E2E.Infrastructure.BrowserApp))]

namespace Glocal.E2E.Infrastructure;

/// <summary>
/// The real app on Kestrel (a loopback port, a fresh SQLite file seeded with the demo) and the system
/// Chromium driven by Playwright. Playwright's own browser download is never used: the browser comes
/// from <c>GLOCAL_CHROMIUM</c> or the Debian package.
/// </summary>
public sealed class BrowserApp : WebApplicationFactory<Program>, IAsyncLifetime
{
    public const string Password = "glocal-demo-2026";

    private readonly DirectoryInfo directory = Directory.CreateTempSubdirectory("glocal-e2e-");
    private IPlaywright? playwright;
    private IBrowser? browser;

    public Uri BaseAddress { get; private set; } = new("http://127.0.0.1/");

    public static string ArtifactsDirectory => Path.Combine(Path.GetTempPath(), "glocal-e2e-artifacts");

    public async ValueTask InitializeAsync()
    {
        UseKestrel(options => options.Listen(IPAddress.Loopback, 0));
        StartServer();
        var address = Services.GetRequiredService<IServer>().Features.GetRequiredFeature<IServerAddressesFeature>().Addresses.First();
        BaseAddress = new Uri(address);

        // Auto-waiting expectations, with room for a busy two-core CI machine.
        Assertions.SetDefaultExpectTimeout(15_000);
        playwright = await Playwright.CreateAsync();
        browser = await playwright.Chromium.LaunchAsync(new()
        {
            ExecutablePath = Environment.GetEnvironmentVariable("GLOCAL_CHROMIUM") ?? "/usr/bin/chromium",
            Headless = true,
            Args = ["--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking", "--disable-component-update", "--disable-sync"],
        });
    }

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseEnvironment("Testing");
        builder.UseSetting("Database:Provider", "Sqlite");
        builder.UseSetting("Database:ConnectionString", $"Data Source={Path.Combine(directory.FullName, "glocal.db")}");
        builder.UseSetting("Demo:SeedOnStart", "true");
        builder.UseSetting("PersonalData:ActiveKeyId", "e2e");
        builder.UseSetting("PersonalData:Keys:0:Id", "e2e");
        builder.UseSetting("PersonalData:Keys:0:Key", Convert.ToBase64String(RandomNumberGenerator.GetBytes(32)));
        builder.UseSetting("PersonalData:LookupKey", Convert.ToBase64String(RandomNumberGenerator.GetBytes(32)));
        builder.ConfigureLogging(logging => logging.SetMinimumLevel(LogLevel.Warning));
    }

    /// <summary>A fresh browser session (no cookies) whose relative URLs resolve against the app.</summary>
    public async Task<IBrowserContext> NewSessionAsync()
    {
        var browserInstance = browser ?? throw new InvalidOperationException("The browser is not started.");
        var context = await browserInstance.NewContextAsync(new() { BaseURL = BaseAddress.ToString(), Locale = "ko-KR" });
        context.SetDefaultTimeout(30_000);
        return context;
    }

    public override async ValueTask DisposeAsync()
    {
        if (browser is not null)
        {
            await browser.DisposeAsync();
        }

        playwright?.Dispose();
        await base.DisposeAsync();
        SqliteConnection.ClearAllPools();
        directory.Delete(recursive: true);
    }
}
