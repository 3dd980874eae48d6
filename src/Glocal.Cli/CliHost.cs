using Glocal.Core;
using Glocal.Core.Tenancy;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace Glocal.Cli;

/// <summary>
/// The services a command runs with: configuration from appsettings.json in the working directory,
/// then GLOCAL-independent environment variables (Database__ConnectionString, …), then --provider/--connection.
/// Commands act as the system user "cli", recorded as such in the audit trail.
/// </summary>
public static class CliHost
{
    public static CliSession Start(string? provider, string? connection)
    {
        var overrides = new Dictionary<string, string?>();
        if (provider is not null)
        {
            overrides["Database:Provider"] = provider;
        }

        if (connection is not null)
        {
            overrides["Database:ConnectionString"] = connection;
        }

        var configuration = new ConfigurationBuilder()
            .AddJsonFile(Path.Combine(Directory.GetCurrentDirectory(), "appsettings.json"), optional: true)
            .AddEnvironmentVariables()
            .AddInMemoryCollection(overrides)
            .Build();

        var services = new ServiceCollection();
        services.AddSingleton<IConfiguration>(configuration);
        services.AddGlocalCore();
        services.AddGlocalIdentityCore();
        services.AddLogging();
        var root = services.BuildServiceProvider(new ServiceProviderOptions { ValidateScopes = true });
        var scope = root.CreateAsyncScope();
        scope.ServiceProvider.GetRequiredService<TenantContext>().ActAsSystem($"cli:{Environment.UserName}");
        return new CliSession(root, scope);
    }
}

/// <summary>A command's services; disposing it closes the database connection.</summary>
public sealed class CliSession(ServiceProvider root, AsyncServiceScope scope) : IAsyncDisposable
{
    public IServiceProvider Services => scope.ServiceProvider;

    public async ValueTask DisposeAsync()
    {
        await scope.DisposeAsync();
        await root.DisposeAsync();
    }
}
