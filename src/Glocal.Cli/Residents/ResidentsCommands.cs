using System.CommandLine;
using Glocal.Cli.Platform;
using Glocal.Core.Data;
using Glocal.Core.Residents.Bulk;
using Glocal.Core.Residents.Privacy;
using Glocal.Core.Shared;
using Glocal.Core.Tenancy;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Glocal.Cli.Residents;

/// <summary><c>glocal residents …</c>: the residents module's administration from a shell.</summary>
public static class ResidentsCommands
{
    public static Command Create()
    {
        var command = new Command("residents", "Foreign-resident support: bulk loads and housekeeping") { ImportCases(), Retention() };
        return command;
    }

    private static Command ImportCases()
    {
        var file = new Option<FileInfo>("--file") { Description = "Case history CSV (UTF-8 or CP949), one consultation per row", Required = true };
        var municipality = new Option<string>("--municipality") { Description = "5-digit municipality code, e.g. 41270", Required = true };
        var command = new Command("import-cases", "Load a case history CSV in one transaction, streamed: all rows or none") { file, municipality };
        command.Options.Add(GlobalOptions.Provider);
        command.Options.Add(GlobalOptions.Connection);
        command.SetAction((result, ct) => PlatformCommands.RunAsync(result, async services =>
        {
            var code = result.GetRequiredValue(municipality);
            var db = services.GetRequiredService<GlocalDbContext>();
            var id = await db.Municipalities.Where(m => m.Code == code && m.ValidTo == null).Select(m => (int?)m.Id).FirstOrDefaultAsync(ct)
                ?? throw new NotFoundException("Municipality", code);
            services.GetRequiredService<TenantContext>().ActAsSystem($"cli:{Environment.UserName}", id);
            var path = result.GetRequiredValue(file);
            var watch = System.Diagnostics.Stopwatch.StartNew();
            await using var stream = path.OpenRead();
            var report = await services.GetRequiredService<CaseBulkImport>().ImportAsync(stream, path.Name, ct);
            PlatformCommands.Out(result).WriteLine($"Loaded {report.Created:N0} cases from {path.Name} in {watch.Elapsed.TotalSeconds:N1} s.");
        }));
        return command;
    }

    private static Command Retention()
    {
        var municipality = new Option<string?>("--municipality") { Description = "Only this municipality (5-digit code, e.g. 41270); default: all" };
        var years = new Option<int?>("--years") { Description = "Override Residents:RetentionYears for this run (1–30)" };
        var dryRun = new Option<bool>("--dry-run") { Description = "Count what would be anonymised and erased; change nothing" };
        var command = new Command("retention", "Anonymise cases closed longer than the retention period and erase clients left with nothing") { municipality, years, dryRun };
        command.Options.Add(GlobalOptions.Provider);
        command.Options.Add(GlobalOptions.Connection);
        command.SetAction((result, ct) => PlatformCommands.RunAsync(result, async services =>
        {
            var y = result.GetValue(years);
            if (y is < 1 or > 30)
            {
                throw new BusinessRuleException("retention_years", "--years must be between 1 and 30.", 400);
            }

            int? id = null;
            if (result.GetValue(municipality) is { } code)
            {
                id = await services.GetRequiredService<GlocalDbContext>().Municipalities.Where(m => m.Code == code).Select(m => (int?)m.Id).FirstOrDefaultAsync(ct)
                    ?? throw new NotFoundException("Municipality", code);
            }

            var dry = result.GetValue(dryRun);
            var results = await services.GetRequiredService<RetentionService>().RunAsync(id, dry, ct, y);
            var output = PlatformCommands.Out(result);
            foreach (var r in results)
            {
                await output.WriteLineAsync($"municipality {r.MunicipalityId}: {r.CasesAnonymised} cases {(dry ? "due for anonymising" : "anonymised")}, {r.ClientsErased} clients {(dry ? "due for erasure" : "erased")} (closed before {r.Cutoff:yyyy-MM-dd})");
            }

            await output.WriteLineAsync($"{(dry ? "Dry run" : "Retention")}: {results.Sum(r => r.CasesAnonymised)} cases, {results.Sum(r => r.ClientsErased)} clients.");
        }));
        return command;
    }
}
