using Glocal.Core.Shared.Tabular;
using Microsoft.AspNetCore.Http.Features;

namespace Glocal.Web.Infrastructure;

/// <summary>
/// One ceiling for every request body: room for the largest import file the readers accept (plus form
/// overhead), and no more, so an oversized upload is refused before it is held in memory.
/// </summary>
public static class RequestLimits
{
    public const long MaxBodyBytes = TableReader.MaxBytes + 10L * 1024 * 1024;

    public static WebApplicationBuilder AddRequestLimits(this WebApplicationBuilder builder)
    {
        builder.WebHost.ConfigureKestrel(kestrel => kestrel.Limits.MaxRequestBodySize = MaxBodyBytes);
        builder.Services.Configure<FormOptions>(form => form.MultipartBodyLengthLimit = MaxBodyBytes);
        return builder;
    }
}
