using System.Globalization;
using Glocal.Core.Shared;
using Microsoft.Net.Http.Headers;

namespace Glocal.Web.Infrastructure;

/// <summary>
/// A record's row version on the wire (ADR 0070, ADR 0023): GET and PATCH answer with it as a strong <c>ETag</c>
/// (<c>"7"</c>), and a PATCH that sends it back in <c>If-Match</c> is refused with 412 <c>version_mismatch</c> when the
/// record has changed since. A request without If-Match (or with <c>*</c>) is unconditional.
/// </summary>
public static class ETags
{
    public static string Format(long version) => "\"" + version.ToString(CultureInfo.InvariantCulture) + "\"";

    public static void Set(HttpContext http, long version) => http.Response.Headers.ETag = Format(version);

    /// <summary>The version the client expects, or null when it set no precondition.</summary>
    public static long? IfMatch(HttpRequest request)
    {
        var header = request.Headers.IfMatch.ToString().Trim();
        if (header.Length == 0 || header == "*")
        {
            return null;
        }

        if (EntityTagHeaderValue.TryParse(header, out var tag) && !tag.IsWeak
            && long.TryParse(tag.Tag.AsSpan().Trim('"'), NumberStyles.None, CultureInfo.InvariantCulture, out var version))
        {
            return version;
        }

        throw new BusinessRuleException("if_match_invalid", "If-Match must be one ETag this API returned, such as \"3\".", StatusCodes.Status400BadRequest);
    }
}
