using System.Globalization;
using System.Security.Claims;
using Glocal.Core.Access;
using Glocal.Core.Residents;
using Microsoft.Extensions.Localization;

namespace Glocal.Web.Pages.Residents;

/// <summary>How the residents pages say enums, languages, dates and money in the current UI language.</summary>
public static class ResidentsText
{
    public static string Label<TEnum>(this IStringLocalizer localizer, TEnum value) where TEnum : struct, Enum =>
        localizer[$"Residents.{typeof(TEnum).Name}.{value}"];

    /// <summary>A language's name from its BCP 47 tag (by primary subtag), or the tag itself when we have no name for it.</summary>
    public static string Language(this IStringLocalizer localizer, string tag)
    {
        var name = localizer["Residents.Lang." + Glocal.Core.Residents.Figures.ResidentsMath.Base(tag)];
        return name.ResourceNotFound ? tag : name.Value;
    }

    public static string Languages(this IStringLocalizer localizer, string tags) =>
        string.Join(", ", tags.Split(' ', StringSplitOptions.RemoveEmptyEntries).Select(localizer.Language));

    public static string Date(DateOnly? date) => date?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) ?? "–";

    /// <summary>A UTC timestamp as Korean local time, "2026-12-01 14:05".</summary>
    public static string Time(DateTime? utc) => utc is { } t ? t.AddHours(KoreaTime.OffsetHours).ToString("yyyy-MM-dd HH:mm", CultureInfo.InvariantCulture) : "–";

    public static string Iso(DateTime? utc) => utc?.ToString("yyyy-MM-ddTHH:mm:ssZ", CultureInfo.InvariantCulture) ?? "";

    public static string Won(long? won) => won is { } w ? "₩" + w.ToString("N0", CultureInfo.InvariantCulture) : "–";

    public static string Percent(double? share) => share is { } s ? (s * 100).ToString("0.#", CultureInfo.InvariantCulture) + "%" : "–";

    public static string Hours(double? hours) => hours is { } h ? h.ToString("0.#", CultureInfo.InvariantCulture) : "–";

    public static string Number(double value) => value.ToString("N0", CultureInfo.CurrentCulture);

    public static bool Can(ClaimsPrincipal user, string permission) => user.HasClaim(GlocalClaims.Permission, permission);

    public static string StatusClass(CaseStatus status) => "res-status res-status-" + status.ToString().ToLowerInvariant();

    /// <summary>The Korean wall-clock value of a datetime-local input, as UTC.</summary>
    public static DateTime FromKorea(DateTime local) => DateTime.SpecifyKind(local.AddHours(-KoreaTime.OffsetHours), DateTimeKind.Utc);
}
