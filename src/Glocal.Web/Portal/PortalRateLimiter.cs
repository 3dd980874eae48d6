using System.ComponentModel.DataAnnotations;
using System.Text.Encodings.Web;
using System.Text.Unicode;
using System.Threading.RateLimiting;
using Microsoft.Extensions.Options;
using Microsoft.Extensions.WebEncoders;

namespace Glocal.Web.Portal;

public sealed class PortalOptions
{
    public const string Section = "Residents:Portal";

    /// <summary>Request-form posts allowed per client address and portal in one window.</summary>
    [Range(1, 1000)]
    public int RequestsPerWindow { get; set; } = 5;

    [Range(1, 1440)]
    public int WindowMinutes { get; set; } = 15;
}

/// <summary>
/// Fixed-window limit on request-form posts per client address and municipality, so one sender cannot flood a
/// counselling centre's queue. Every post counts, valid or not.
/// </summary>
public sealed class PortalRateLimiter(IOptions<PortalOptions> options) : IDisposable
{
    private readonly PartitionedRateLimiter<string> limiter = PartitionedRateLimiter.Create<string, string>(key =>
        RateLimitPartition.GetFixedWindowLimiter(key, _ => new FixedWindowRateLimiterOptions
        {
            PermitLimit = options.Value.RequestsPerWindow,
            Window = TimeSpan.FromMinutes(options.Value.WindowMinutes),
            QueueLimit = 0,
            AutoReplenishment = true,
        }));

    public bool TryAcquire(HttpContext context, string municipalityCode)
    {
        using var lease = limiter.AttemptAcquire($"{context.Connection.RemoteIpAddress}|{municipalityCode}");
        return lease.IsAcquired;
    }

    public void Dispose() => limiter.Dispose();
}

public static class PortalServiceCollectionExtensions
{
    public static IServiceCollection AddResidentsPortal(this IServiceCollection services)
    {
        services.AddOptions<PortalOptions>().BindConfiguration(PortalOptions.Section).ValidateDataAnnotations().ValidateOnStart();
        services.AddSingleton<PortalRateLimiter>();
        services.AddSingleton<PortalMunicipalities>();
        // Razor's default encoder writes every non-Latin letter as an entity (&#xC548;): pages in Khmer or Thai
        // would triple in size and be unreadable in source. Allow all letters; markup characters stay encoded.
        services.Configure<WebEncoderOptions>(options => options.TextEncoderSettings = new TextEncoderSettings(UnicodeRanges.All));
        return services;
    }
}
