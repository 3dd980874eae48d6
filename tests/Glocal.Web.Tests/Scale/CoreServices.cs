using System.Security.Cryptography;
using Glocal.Core;
using Glocal.Core.Data;
using Glocal.Core.Tenancy;
using Glocal.Web.Tests.Infrastructure;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace Glocal.Web.Tests.Scale;

/// <summary>The platform's services without the web host, on a fresh test database: what the CLI runs with.</summary>
public sealed class CoreServices : IAsyncDisposable
{
    private readonly ServiceProvider root;

    private CoreServices(ServiceProvider root) => this.root = root;

    public static async Task<CoreServices> StartAsync(TestDatabase database, CancellationToken ct)
    {
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["Database:Provider"] = database.Provider,
            ["Database:ConnectionString"] = database.ConnectionString,
            ["PersonalData:ActiveKeyId"] = "scale1",
            ["PersonalData:Keys:0:Id"] = "scale1",
            ["PersonalData:Keys:0:Key"] = Convert.ToBase64String(RandomNumberGenerator.GetBytes(32)),
            ["PersonalData:LookupKey"] = Convert.ToBase64String(RandomNumberGenerator.GetBytes(32)),
        }).Build();
        var services = new ServiceCollection();
        services.AddSingleton<IConfiguration>(configuration);
        services.AddGlocalCore();
        services.AddGlocalIdentityCore();
        services.AddLogging();
        var provider = services.BuildServiceProvider(new ServiceProviderOptions { ValidateScopes = true });
        await using var scope = provider.CreateAsyncScope();
        await scope.ServiceProvider.GetRequiredService<DatabaseInitializer>().MigrateAsync(ct);
        await scope.ServiceProvider.GetRequiredService<RegistryLoader>().LoadIfEmptyAsync(ct);
        return new CoreServices(provider);
    }

    public AsyncServiceScope Scope() => root.CreateAsyncScope();

    public ValueTask DisposeAsync() => root.DisposeAsync();
}
