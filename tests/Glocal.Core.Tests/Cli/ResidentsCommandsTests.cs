using System.CommandLine;
using Glocal.Cli;
using Glocal.Core.Data;
using Glocal.Core.Residents;
using Glocal.Core.Tenancy;
using Microsoft.EntityFrameworkCore;

namespace Glocal.Core.Tests.Cli;

/// <summary><c>glocal residents retention</c> against a real SQLite file.</summary>
public sealed class ResidentsCommandsTests : IDisposable
{
    private readonly string directory = Directory.CreateTempSubdirectory("glocal-cli-res-").FullName;

    private string Connection => $"Data Source={Path.Combine(directory, "cli.db")}";

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    private async Task<(int Exit, string Output, string Error)> RunAsync(params string[] args)
    {
        var output = new StringWriter();
        var error = new StringWriter();
        var exit = await GlocalCli.CreateRoot().Parse([.. args, "--connection", Connection])
            .InvokeAsync(new InvocationConfiguration { Output = output, Error = error }, Ct);
        return (exit, output.ToString(), error.ToString());
    }

    private GlocalDbContext Database()
    {
        var options = new DbContextOptionsBuilder<GlocalDbContext>();
        DataServiceCollectionExtensions.Configure(options, new DatabaseOptions { ConnectionString = Connection });
        var tenant = new TenantContext();
        tenant.ActAsSystem("test");
        return new GlocalDbContext(options.Options, tenant);
    }

    [Fact]
    public async Task Retention_DryRunCounts_RunAnonymises_BadArgumentsExitNonZero()
    {
        (await RunAsync("migrate")).Exit.ShouldBe(0);
        Guid oldCase, newCase;
        await using (var db = Database())
        {
            var ansan = await db.Municipalities.Where(m => m.Code == "41270").Select(m => m.Id).SingleAsync(Ct);
            ConsultationCase Closed(int yearsAgo)
            {
                var at = TimeProvider.System.GetUtcNow().UtcDateTime.AddYears(-yearsAgo);
                var c = new ConsultationCase
                {
                    Id = Guid.CreateVersion7(), MunicipalityId = ansan, ReferenceNumber = CaseService.NewReference(), Language = "vi",
                    Category = CaseCategory.Housing, OpenedAt = at.AddDays(-10), RequesterNameSealed = "v1.sealed-name", Subject = "subject",
                };
                c.MoveTo(CaseStatus.Closed, at, "test");
                db.ConsultationCases.Add(c);
                return c;
            }

            oldCase = Closed(6).Id;
            newCase = Closed(1).Id;
            await db.SaveChangesAsync(Ct);
        }

        var dry = await RunAsync("residents", "retention", "--dry-run");
        dry.Exit.ShouldBe(0, dry.Error);
        dry.Output.ShouldContain("Dry run: 1 cases, 0 clients.");
        var shorter = await RunAsync("residents", "retention", "--dry-run", "--years", "1", "--municipality", "41270");
        shorter.Output.ShouldContain("Dry run: 2 cases");

        var run = await RunAsync("residents", "retention");
        run.Exit.ShouldBe(0, run.Error);
        run.Output.ShouldContain("Retention: 1 cases, 0 clients.");
        await using (var db = Database())
        {
            var old = await db.ConsultationCases.IgnoreQueryFilters().SingleAsync(c => c.Id == oldCase, Ct);
            old.AnonymisedAt.ShouldNotBeNull();
            old.RequesterNameSealed.ShouldBeNull();
            (await db.ConsultationCases.IgnoreQueryFilters().SingleAsync(c => c.Id == newCase, Ct)).AnonymisedAt.ShouldBeNull();
            (await db.AuditEvents.CountAsync(e => e.EntityType == "RetentionRun" && e.UserName.StartsWith("cli:"), Ct)).ShouldBe(1);
        }

        (await RunAsync("residents", "retention")).Output.ShouldContain("Retention: 0 cases", Case.Sensitive, "a second run finds nothing more");
        var years = await RunAsync("residents", "retention", "--years", "0");
        (years.Exit, years.Error.Contains("retention_years", StringComparison.Ordinal)).ShouldBe((1, true));
        (await RunAsync("residents", "retention", "--municipality", "99999")).Error.ShouldContain("not_found");
    }

    public void Dispose()
    {
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        Directory.Delete(directory, recursive: true);
    }
}
