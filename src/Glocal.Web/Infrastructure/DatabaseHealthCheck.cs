using Glocal.Core.Data;
using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace Glocal.Web.Infrastructure;

/// <summary>Ready means the database answers: a load balancer stops sending traffic when it does not.</summary>
public sealed class DatabaseHealthCheck(GlocalDbContext db) : IHealthCheck
{
    public async Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default)
    {
        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        timeout.CancelAfter(TimeSpan.FromSeconds(1));
        try
        {
            return await db.Database.CanConnectAsync(timeout.Token)
                ? HealthCheckResult.Healthy()
                : HealthCheckResult.Unhealthy("The database does not answer.");
        }
        catch (OperationCanceledException)
        {
            return HealthCheckResult.Unhealthy("The database did not answer within a second.");
        }
    }
}
