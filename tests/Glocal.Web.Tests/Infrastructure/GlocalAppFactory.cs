using System.Net.Http.Headers;
using System.Security.Cryptography;
using System.Text.RegularExpressions;
using Glocal.Core.Access;
using Glocal.Core.Tenancy;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace Glocal.Web.Tests.Infrastructure;

/// <summary>
/// The real app over HTTP on a fresh database of the engine under test, seeded with the demo (Ansan and
/// Siheung staff of every role). Admin demo accounts get two-factor enabled, except platform.admin, which
/// stays un-enrolled so the enrolment gate can be tested.
/// </summary>
public partial class GlocalAppFactory : WebApplicationFactory<Program>, IAsyncLifetime
{
    public const string Password = "glocal-demo-2026";
    private TestDatabase? database;
    private readonly Dictionary<string, string> tokens = new(StringComparer.Ordinal);

    public LogCapture Logs { get; } = new();

    public TestDatabase Database => database ?? throw new InvalidOperationException("Not initialised.");

    public async ValueTask InitializeAsync()
    {
        database = await TestDatabase.CreateAsync();
        using var scope = Services.CreateScope();
        var users = scope.ServiceProvider.GetRequiredService<UserManager<GlocalUser>>();
        foreach (var name in new[] { "ansan.admin", "siheung.admin" })
        {
            var user = await users.FindByNameAsync(name) ?? throw new InvalidOperationException(name);
            await users.ResetAuthenticatorKeyAsync(user);
            await users.SetTwoFactorEnabledAsync(user, true);
            authenticatorKeys[name] = await users.GetAuthenticatorKeyAsync(user) ?? throw new InvalidOperationException(name);
        }
    }

    private readonly Dictionary<string, string> authenticatorKeys = new(StringComparer.Ordinal);

    /// <summary>Signs in through the password and authenticator-code pages, as an enrolled admin would.</summary>
    public async Task<HttpClient> SignedInWithSecondFactorAsync(string userName)
    {
        var client = CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false, HandleCookies = true });
        var password = await PostFormAsync(client, "/Account/Login", new() { ["Input.UserName"] = userName, ["Input.Password"] = Password });
        password.Headers.Location?.OriginalString.ShouldStartWith("/Account/LoginWith2fa");
        var code = await PostFormAsync(client, "/Account/LoginWith2fa", new() { ["Code"] = Totp.Compute(authenticatorKeys[userName], DateTimeOffset.UtcNow) });
        code.StatusCode.ShouldBe(System.Net.HttpStatusCode.Redirect);
        return client;
    }

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseEnvironment("Testing");
        builder.UseSetting("Database:Provider", Database.Provider);
        builder.UseSetting("Database:ConnectionString", ConnectionStringFor(Database));
        builder.UseSetting("Demo:SeedOnStart", "true");
        builder.UseSetting("PersonalData:ActiveKeyId", "test1");
        builder.UseSetting("PersonalData:Keys:0:Id", "test1");
        builder.UseSetting("PersonalData:Keys:0:Key", Convert.ToBase64String(RandomNumberGenerator.GetBytes(32)));
        builder.UseSetting("PersonalData:LookupKey", Convert.ToBase64String(RandomNumberGenerator.GetBytes(32)));
        builder.ConfigureLogging(logging =>
        {
            logging.AddProvider(Logs);
            // Everything, from every category: configuration's quieter levels must not hide a leak.
            logging.Services.PostConfigure<LoggerFilterOptions>(options =>
            {
                options.Rules.Clear();
                options.MinLevel = LogLevel.Trace;
            });
        });
    }

    /// <summary>How the app reaches the test database; a fault test routes it through something it can cut.</summary>
    protected virtual string ConnectionStringFor(TestDatabase testDatabase) => testDatabase.ConnectionString;

    /// <summary>An API client authenticated as the user by a personal access token carrying all their permissions.</summary>
    public async Task<HttpClient> ApiClientAsync(string userName)
    {
        if (!tokens.TryGetValue(userName, out var secret))
        {
            secret = await IssueTokenAsync(userName, null);
            tokens[userName] = secret;
        }

        var client = CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false });
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", secret);
        return client;
    }

    /// <summary>Issues a token directly through the service (scopes default to everything the user holds).</summary>
    public async Task<string> IssueTokenAsync(string userName, IReadOnlyList<string>? scopes, int days = 30)
    {
        using var scope = Services.CreateScope();
        scope.ServiceProvider.GetRequiredService<TenantContext>().ActAsSystem("test");
        var users = scope.ServiceProvider.GetRequiredService<UserManager<GlocalUser>>();
        var user = await users.FindByNameAsync(userName) ?? throw new InvalidOperationException(userName);
        scopes ??= [.. RoleTemplates.EffectivePermissions(await users.GetRolesAsync(user)).Select(p => p.Name)];
        var created = await scope.ServiceProvider.GetRequiredService<AccessTokenService>()
            .CreateAsync(user, new CreateTokenRequest("test", scopes, days), CancellationToken.None);
        return created.Secret;
    }

    public HttpClient AnonymousClient() => CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false });

    /// <summary>A browser-like client signed in through the real sign-in form (cookie + anti-forgery).</summary>
    public async Task<HttpClient> SignedInClientAsync(string userName, string password = Password)
    {
        var client = CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false, HandleCookies = true });
        var response = await PostFormAsync(client, "/Account/Login", new() { ["Input.UserName"] = userName, ["Input.Password"] = password });
        if (response.StatusCode != System.Net.HttpStatusCode.Redirect)
        {
            throw new InvalidOperationException($"Sign-in of {userName} failed: {(int)response.StatusCode}");
        }

        return client;
    }

    /// <summary>Loads the page, takes its anti-forgery token, and posts the form as a browser would.</summary>
    public static async Task<HttpResponseMessage> PostFormAsync(HttpClient client, string path, Dictionary<string, string> fields, string? formPage = null)
    {
        var page = await client.GetStringAsync(formPage ?? path);
        var token = AntiforgeryField().Match(page);
        if (!token.Success)
        {
            throw new InvalidOperationException($"No anti-forgery token on {formPage ?? path}.");
        }

        fields["__RequestVerificationToken"] = token.Groups[1].Value;
        return await client.PostAsync(path, new FormUrlEncodedContent(fields));
    }

    [GeneratedRegex("name=\"__RequestVerificationToken\" type=\"hidden\" value=\"([^\"]+)\"")]
    private static partial Regex AntiforgeryField();

    public override async ValueTask DisposeAsync()
    {
        await base.DisposeAsync();
        if (database is not null)
        {
            await database.DisposeAsync();
        }

        GC.SuppressFinalize(this);
    }
}

[CollectionDefinition(Name)]
public sealed class AppCollection : ICollectionFixture<GlocalAppFactory>
{
    public const string Name = "app";
}
