using Glocal.Core.Residents;
using Glocal.Core.Residents.Privacy;
using Glocal.Core.Tenancy;
using Microsoft.Extensions.Options;

namespace Glocal.Web.Infrastructure;

/// <summary>
/// Runs the residents' retention policy once a day at <see cref="ResidentsOptions.RetentionHourKst"/> (Korean time),
/// as the system user <c>scheduler:retention</c>. A failed run is logged (counts only, never personal data) and
/// retried the next day; the CLI runs the same service on demand.
/// </summary>
public sealed partial class ResidentsRetentionSchedule(
    IServiceScopeFactory scopes, IOptions<ResidentsOptions> options, TimeProvider clock, ILogger<ResidentsRetentionSchedule> logger) : BackgroundService
{
    public const string Actor = "scheduler:retention";

    /// <summary>Completed runs since start (read by tests and health pages).</summary>
    public int Runs { get; private set; }

    /// <summary>When the next run is due, once the schedule is waiting for it (null before it starts).</summary>
    public DateTimeOffset? NextRunAt { get; private set; }

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        if (!options.Value.RetentionScheduleEnabled)
        {
            return;
        }

        while (!stoppingToken.IsCancellationRequested)
        {
            try
            {
                var wait = UntilNext(clock.GetUtcNow(), options.Value.RetentionHourKst);
                NextRunAt = clock.GetUtcNow() + wait;
                await Task.Delay(wait, clock, stoppingToken);
            }
            catch (OperationCanceledException)
            {
                return;
            }

            await RunOnceAsync(stoppingToken);
        }
    }

    public async Task RunOnceAsync(CancellationToken ct)
    {
        try
        {
            await using var scope = scopes.CreateAsyncScope();
            scope.ServiceProvider.GetRequiredService<TenantContext>().ActAsSystem(Actor);
            var results = await scope.ServiceProvider.GetRequiredService<RetentionService>().RunAsync(null, dryRun: false, ct);
            int cases = 0, clients = 0;
            foreach (var r in results)
            {
                cases += r.CasesAnonymised;
                clients += r.ClientsErased;
            }

            LogRun(logger, cases, clients, results.Count);
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            LogFailed(logger, e.GetType().Name);
        }

        Runs++;
    }

    /// <summary>Time from <paramref name="now"/> to the next <paramref name="hourKst"/>:00 in Korea (never zero: a run at the hour waits a day).</summary>
    public static TimeSpan UntilNext(DateTimeOffset now, int hourKst)
    {
        var korea = now.ToOffset(TimeSpan.FromHours(KoreaTime.OffsetHours));
        var next = new DateTimeOffset(korea.Year, korea.Month, korea.Day, hourKst, 0, 0, korea.Offset);
        if (next <= korea)
        {
            next = next.AddDays(1);
        }

        return next - korea;
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Retention run: {Cases} cases anonymised, {Clients} clients erased in {Municipalities} municipalities")]
    private static partial void LogRun(ILogger logger, int cases, int clients, int municipalities);

    [LoggerMessage(Level = LogLevel.Error, Message = "Retention run failed ({Error}); it runs again tomorrow")]
    private static partial void LogFailed(ILogger logger, string error);
}
