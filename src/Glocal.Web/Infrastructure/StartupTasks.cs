using Glocal.Core.Data;
using Glocal.Core.Demo;

namespace Glocal.Web.Infrastructure;

public static class StartupTasks
{
    /// <summary>
    /// Migrates the database and, when <c>Demo:SeedOnStart</c> is true (the default) and there are no
    /// accounts yet, loads the registry and the demo; then prints where to go and how to sign in.
    /// </summary>
    public static async Task InitializeDatabaseAsync(this IServiceProvider services, IConfiguration configuration, ILogger logger)
    {
        await using var scope = services.CreateAsyncScope();
        await scope.ServiceProvider.GetRequiredService<DatabaseInitializer>().MigrateAsync(CancellationToken.None);
        if (configuration.GetValue("Demo:SeedOnStart", true))
        {
            if (await scope.ServiceProvider.GetRequiredService<DemoSeeder>().SeedIfEmptyAsync(CancellationToken.None))
            {
                logger.LogInformation("Demo data loaded for Ansan and its peer cities");
            }

            PrintDemoSignIns(configuration);
        }
        else
        {
            await scope.ServiceProvider.GetRequiredService<Glocal.Core.Access.RoleSetup>().EnsureRolesAsync();
            await scope.ServiceProvider.GetRequiredService<Glocal.Core.Tenancy.RegistryLoader>().LoadIfEmptyAsync(CancellationToken.None);
        }
    }

    private static void PrintDemoSignIns(IConfiguration configuration)
    {
        var urls = configuration["urls"] ?? configuration["ASPNETCORE_URLS"] ?? "http://localhost:5080";
        Console.WriteLine();
        Console.WriteLine($"Glocal is starting at {urls.Split(';')[0]}");
        Console.WriteLine($"Demo sign-ins (password for all: {DemoSeeder.DemoPassword}):");
        foreach (var account in DemoSeeder.Accounts)
        {
            Console.WriteLine($"  {account.UserName,-22} {account.Role,-20} {account.MunicipalityCode}");
        }

        Console.WriteLine("Admin accounts set up an authenticator app (TOTP) at their first sign-in.");
        Console.WriteLine();
    }
}
