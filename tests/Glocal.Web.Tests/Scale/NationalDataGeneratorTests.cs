using Glocal.Core.Data;
using Glocal.Core.Demo.National;
using Glocal.Core.Exchanges;
using Glocal.Core.Residents;
using Glocal.Core.Tenancy;
using Glocal.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Glocal.Web.Tests.Scale;

/// <summary>The national generator at a small scale, on the engine under test: shape, totals, determinism.</summary>
public class NationalDataGeneratorTests
{
    private static readonly NationalScale Tiny = new("tiny", 3, 2_000, 400, 60);

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task Generate_FillsEverySelfGoverningMunicipality_WithExactTotalsAndRealisticShape()
    {
        await using var database = await TestDatabase.CreateAsync();
        await using var services = await CoreServices.StartAsync(database, Ct);
        await using var scope = services.Scope();
        var report = await scope.ServiceProvider.GetRequiredService<NationalDataGenerator>().GenerateAsync(Tiny, 11, null, Ct);

        report.Municipalities.ShouldBe(243);
        (report.Clients, report.Cases, report.Activities, report.Projects).ShouldBe((2_000L, 2_000L, 400L, 60L));
        var db = scope.ServiceProvider.GetRequiredService<GlocalDbContext>();
        (await db.ConsultationCases.IgnoreQueryFilters().CountAsync(Ct)).ShouldBe(2_000);
        (await db.Clients.IgnoreQueryFilters().CountAsync(Ct)).ShouldBe(2_000);
        (await db.ExchangeActivities.IgnoreQueryFilters().CountAsync(Ct)).ShouldBe(400);
        (await db.InvestmentProjects.IgnoreQueryFilters().CountAsync(Ct)).ShouldBe(60);
        (await db.Programmes.IgnoreQueryFilters().Select(p => p.MunicipalityId).Distinct().CountAsync(Ct)).ShouldBe(243);

        // Nationalities follow the MOJ mix: Chinese (incl. ethnic Korean Chinese) the largest group, Vietnamese next.
        var nationalities = await db.Clients.IgnoreQueryFilters().GroupBy(c => c.Nationality).Select(g => new { g.Key, Count = g.Count() }).ToListAsync(Ct);
        nationalities.MaxBy(n => n.Count)!.Key.ShouldBe("CN");
        nationalities.Single(n => n.Key == "VN").Count.ShouldBeGreaterThan(nationalities.Single(n => n.Key == "JP").Count);

        // Closed cases carry their history; every case is labelled synthetic; names are sealed, not stored in clear.
        var closed = await db.ConsultationCases.IgnoreQueryFilters().Include(c => c.StatusChanges).Where(c => c.Status == CaseStatus.Closed).Take(50).ToListAsync(Ct);
        closed.ShouldNotBeEmpty();
        closed.ShouldAllBe(c => c.StatusChanges.Count == 2 && c.ClosedAt > c.OpenedAt && c.FirstResponseAt != null);
        (await db.ConsultationCases.IgnoreQueryFilters().AllAsync(c => c.Subject == NationalDataGenerator.SyntheticMarker, Ct)).ShouldBeTrue();
        (await db.Clients.IgnoreQueryFilters().AnyAsync(c => c.NameSealed.Contains("Demo"), Ct)).ShouldBeFalse();

        // The planner has statistics, so a case's history is read through its own rows, not its municipality's.
        var sample = closed[0];
        await db.Database.OpenConnectionAsync(Ct);
        await using (var command = db.Database.GetDbConnection().CreateCommand())
        {
            if (db.Database.IsSqlite())
            {
                command.CommandText = $"""
                    EXPLAIN QUERY PLAN SELECT c."Id", s."To" FROM "ConsultationCases" c
                    LEFT JOIN (SELECT * FROM "CaseStatusChanges" WHERE "MunicipalityId" = {sample.MunicipalityId}) s ON c."Id" = s."CaseId"
                    WHERE c."MunicipalityId" = {sample.MunicipalityId} AND c."Id" = '{sample.Id.ToString().ToUpperInvariant()}'
                    """;
                var plan = new List<string>();
                await using var reader = await command.ExecuteReaderAsync(Ct);
                while (await reader.ReadAsync(Ct))
                {
                    plan.Add(reader.GetString(3));
                }

                plan.ShouldContain(step => step.Contains("IX_CaseStatusChanges_CaseId"), string.Join(" / ", plan));
            }
            else
            {
                command.CommandText = "SELECT last_analyze IS NOT NULL FROM pg_stat_user_tables WHERE relname = 'CaseStatusChanges'";
                ((bool)(await command.ExecuteScalarAsync(Ct))!).ShouldBeTrue("the generator analyses what it loaded");
            }
        }

        // Some partners fall silent, so dormancy has something to find.
        var today = KoreaTime.Today(TimeProvider.System);
        var lastSubstantive = await db.ExchangeActivities.IgnoreQueryFilters().Where(a => a.Substantive)
            .GroupBy(a => a.PartnerCityId).Select(g => g.Max(a => a.OccurredOn)).ToListAsync(Ct);
        lastSubstantive.ShouldContain(d => d < today.AddMonths(-12));
        lastSubstantive.ShouldContain(d => d >= today.AddMonths(-12));
    }

    [Fact]
    public async Task Generate_TwiceWithOneSeed_GivesTheSameRecords_AnotherSeedDiffers()
    {
        var first = await CasesAsync(5);
        var again = await CasesAsync(5);
        var other = await CasesAsync(6);
        again.ShouldBe(first);
        other.ShouldNotBe(first);
    }

    private static async Task<List<string>> CasesAsync(int seed)
    {
        await using var database = await TestDatabase.CreateAsync();
        await using var services = await CoreServices.StartAsync(database, Ct);
        await using var scope = services.Scope();
        await scope.ServiceProvider.GetRequiredService<NationalDataGenerator>().GenerateAsync(new NationalScale("seeded", 2, 300, 50, 10), seed, null, Ct);
        var db = scope.ServiceProvider.GetRequiredService<GlocalDbContext>();
        var cases = await db.ConsultationCases.IgnoreQueryFilters().OrderBy(c => c.ReferenceNumber)
            .Select(c => new { c.Id, c.ReferenceNumber, c.MunicipalityId, c.OpenedAt, c.Category, c.Language, c.Status, c.ClosedAt, c.ClientId }).ToListAsync(Ct);
        var activities = await db.ExchangeActivities.IgnoreQueryFilters().OrderBy(a => a.Id).Select(a => new { a.Id, a.OccurredOn, a.CostWon, a.Substantive }).ToListAsync(Ct);
        var projects = await db.InvestmentProjects.IgnoreQueryFilters().OrderBy(p => p.Id).Select(p => new { p.Id, p.Stage, p.StageSince }).ToListAsync(Ct);
        return [.. cases.Select(c => c.ToString()!), .. activities.Select(a => a.ToString()!), .. projects.Select(p => p.ToString()!)];
    }
}
