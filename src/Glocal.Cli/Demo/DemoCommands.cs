using System.CommandLine;
using Glocal.Cli.Platform;
using Glocal.Core.Data;
using Glocal.Core.Demo;
using Glocal.Core.Demo.National;
using Microsoft.Extensions.DependencyInjection;

namespace Glocal.Cli.Demo;

/// <summary><c>glocal demo generate</c>: a synthetic national data set for scale and load tests.</summary>
public static class DemoCommands
{
    public static Command Create()
    {
        var scale = new Option<string>("--scale") { Description = "national (243 municipalities, 10 years, 1,000,000 clients and cases, 100,000 activities, 20,000 projects) or small (a hundredth)", DefaultValueFactory = _ => "national" };
        var seed = new Option<int>("--seed") { Description = "Random seed: the same seed gives the same data set", DefaultValueFactory = _ => 2026 };
        var generate = new Command("generate", "Migrate, load the Ansan demo (accounts included) and add a synthetic national data set to every municipality") { scale, seed };
        generate.Options.Add(GlobalOptions.Provider);
        generate.Options.Add(GlobalOptions.Connection);
        generate.SetAction((result, ct) => PlatformCommands.RunAsync(result, async services =>
        {
            var output = PlatformCommands.Out(result);
            await services.GetRequiredService<DatabaseInitializer>().MigrateAsync(ct);
            await services.GetRequiredService<DemoSeeder>().SeedIfEmptyAsync(ct);
            var chosen = NationalScale.Parse(result.GetRequiredValue(scale));
            var progress = new Progress<string>(line => output.WriteLine(line));
            var report = await services.GetRequiredService<NationalDataGenerator>().GenerateAsync(chosen, result.GetRequiredValue(seed), progress, ct);
            output.WriteLine($"Generated {report.Scale} data (seed {report.Seed}) for {report.Municipalities} municipalities in {report.Elapsed.TotalSeconds:N0} s: " +
                $"{report.Clients:N0} clients, {report.Cases:N0} cases ({report.StatusChanges:N0} status changes), {report.Partners:N0} partners, " +
                $"{report.Activities:N0} activities, {report.Companies:N0} companies, {report.Projects:N0} projects, {report.Programmes:N0} programmes, {report.KpiValues:N0} KPI values.");
            output.WriteLine($"Sign in as any of: {string.Join(", ", DemoSeeder.Accounts.Select(a => a.UserName))} (password {DemoSeeder.DemoPassword}).");
        }));
        return new Command("demo", "Demo and synthetic data sets") { generate };
    }
}
