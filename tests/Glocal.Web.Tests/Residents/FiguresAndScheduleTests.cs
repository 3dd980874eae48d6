using System.Net;
using Glocal.Core.Residents.Figures;
using Glocal.Core.Residents.Privacy;
using Glocal.Web.Infrastructure;
using Glocal.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using Microsoft.Extensions.Time.Testing;
using static Glocal.Web.Tests.Residents.ResidentsTestData;

namespace Glocal.Web.Tests.Residents;

[Collection(AppCollection.Name)]
public class FiguresAndScheduleTests(GlocalAppFactory app)
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task Figures_PerThousandMatchesThePolicyKpi_AndCoverageFollowsInterpreters()
    {
        var counsellor = await app.ApiClientAsync("ansan.counsellor");
        var today = DateOnly.FromDateTime(TimeProvider.System.GetUtcNow().UtcDateTime.AddHours(9));
        var from = today.AddDays(-90).ToString("yyyy-MM-dd");
        var to = today.ToString("yyyy-MM-dd");
        var figures = await (await counsellor.GetAsync($"/api/v1/residents/figures?from={from}&to={to}", Ct)).ShouldBeOkAsync<ResidentsFigures>();

        figures.ForeignResidents.ShouldBe(108_033, "Ansan's MOIS figure of 1 Nov 2023, the same denominator as the policy KPIs");
        figures.CasesPer1000.ShouldBe(Math.Round(figures.Cases * 1000.0 / 108_033, 4));
        figures.ByMonth.Sum(m => m.Count).ShouldBe(figures.Cases);
        figures.ByCategory.Sum(c => c.Count).ShouldBe(figures.Cases);
        // The built-in MOJ 2024 shares, or the same table's national figures once a benchmark test in this shared database imported it.
        figures.Coverage.Source.ShouldBeOneOf(CoverageSource.BuiltInMoj2024, CoverageSource.MojNationalShares);
        figures.Coverage.Residents.ShouldBe(108_033, 0.5);

        // Burmese: 53,914 of MOJ's 2,650,783 staying foreigners.
        var burmese = figures.Coverage.Languages.Single(l => l.Language == "my");
        burmese.Residents.ShouldBe(Math.Round(108_033.0 * 53_914 / 2_650_783, 1));
        figures.Coverage.Languages.Single(l => l.Language == "vi").Served.ShouldBeTrue();
        figures.Coverage.Languages.Single(l => l.Language == "vi").Portal.ShouldBeTrue();

        // Other tests in this shared database add interpreters too: take a language nobody serves yet and serve it.
        var unserved = figures.Coverage.Languages.Where(l => !l.Served && l.Residents > 0).OrderByDescending(l => l.Residents).First();
        await InterpreterAsync(counsellor, $"Interpreter {unserved.Language}", unserved.Language);
        var after = await (await counsellor.GetAsync($"/api/v1/residents/figures?from={from}&to={to}", Ct)).ShouldBeOkAsync<ResidentsFigures>();
        var served = after.Coverage.Languages.Single(l => l.Language == unserved.Language);
        served.ShouldSatisfyAllConditions(l => l.Interpreters.ShouldBeTrue(), l => l.Served.ShouldBeTrue());
        after.Coverage.ResidentsUnserved.ShouldBe(Math.Round(figures.Coverage.ResidentsUnserved - unserved.Residents, 1), 0.2);

        var headline = await (await counsellor.GetAsync("/api/v1/residents/headline", Ct)).ShouldBeOkAsync<ResidentsHeadline>();
        headline.OpenCases.ShouldBeGreaterThan(0);
        headline.GapShare.ShouldNotBeNull();
    }

    [Fact]
    public async Task Headline_IsRemembered_ButFollowsEveryWrite_AndNotTheAccessLogOfARead()
    {
        var counsellor = await app.ApiClientAsync("ansan.counsellor");
        async Task<ResidentsHeadline> HeadlineAsync() => await (await counsellor.GetAsync("/api/v1/residents/headline", Ct)).ShouldBeOkAsync<ResidentsHeadline>();
        var before = await HeadlineAsync();

        var client = await ClientAsync(counsellor, "Headline Person");
        var opened = await CaseAsync(counsellor, client.Id);
        var after = await HeadlineAsync();
        (after.OpenCases, after.NewCases).ShouldBe((before.OpenCases + 1, before.NewCases + 1), "a new case shows at once, not after the cache's lifetime");

        using var scope = app.Services.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<Glocal.Core.Data.GlocalDbContext>();
        var generation = app.Services.GetRequiredService<Glocal.Core.Data.DataGeneration>();
        var ansan = await db.Municipalities.Where(m => m.Code == "41270").Select(m => m.Id).SingleAsync(Ct);
        var logged = await db.PersonalDataAccesses.IgnoreQueryFilters().CountAsync(Ct);
        var stamp = generation.Of(ansan);

        (await GetCaseAsync(counsellor, opened.Id)).ClientName.ShouldBe("Headline Person");
        (await db.PersonalDataAccesses.IgnoreQueryFilters().CountAsync(Ct)).ShouldBeGreaterThan(logged, "reading a client's case is logged");
        generation.Of(ansan).ShouldBe(stamp, "an access-log row changes no figure, so a read does not throw the figures away");
    }

    [Fact]
    public void UntilNext_IsTheNextKoreanHour()
    {
        // 17:30 UTC = 02:30 KST: half an hour to 03:00. 18:00 UTC = 03:00 KST: a full day.
        ResidentsRetentionSchedule.UntilNext(new DateTimeOffset(2026, 12, 1, 17, 30, 0, TimeSpan.Zero), 3).ShouldBe(TimeSpan.FromMinutes(30));
        ResidentsRetentionSchedule.UntilNext(new DateTimeOffset(2026, 12, 1, 18, 0, 0, TimeSpan.Zero), 3).ShouldBe(TimeSpan.FromDays(1));
        ResidentsRetentionSchedule.UntilNext(new DateTimeOffset(2026, 12, 1, 19, 0, 0, TimeSpan.Zero), 3).ShouldBe(TimeSpan.FromHours(23));
    }

    [Fact]
    public async Task Schedule_RunsOnceWhenTheHourComes_NotBefore()
    {
        var clock = new FakeTimeProvider(new DateTimeOffset(2026, 12, 1, 17, 0, 0, TimeSpan.Zero)); // 02:00 KST
        using var schedule = new ResidentsRetentionSchedule(app.Services.GetRequiredService<IServiceScopeFactory>(),
            Options.Create(new ResidentsOptions { RetentionHourKst = 3 }), clock, NullLogger<ResidentsRetentionSchedule>.Instance);
        await schedule.StartAsync(Ct);

        // A background service starts its loop on the thread pool: advance the clock only once it is waiting.
        for (var i = 0; i < 300 && schedule.NextRunAt is null; i++)
        {
            await Task.Delay(100, Ct);
        }

        schedule.NextRunAt.ShouldBe(new DateTimeOffset(2026, 12, 1, 18, 0, 0, TimeSpan.Zero));
        clock.Advance(TimeSpan.FromMinutes(59));
        await Task.Delay(200, Ct);
        schedule.Runs.ShouldBe(0);

        clock.Advance(TimeSpan.FromMinutes(1));
        // The run itself sweeps every municipality of the shared test database: give it time on a loaded machine.
        for (var i = 0; i < 300 && schedule.Runs == 0; i++)
        {
            await Task.Delay(100, Ct);
        }

        schedule.Runs.ShouldBe(1);
        await schedule.StopAsync(Ct);
    }
}
