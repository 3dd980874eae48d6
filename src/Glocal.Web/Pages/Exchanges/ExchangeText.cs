using System.Globalization;
using Glocal.Core.Exchanges;
using Microsoft.Extensions.Localization;

namespace Glocal.Web.Pages.Exchanges;

/// <summary>How the exchange pages say names, enums and money in the current language.</summary>
public static class ExchangeText
{
    public static bool English => CultureInfo.CurrentUICulture.TwoLetterISOLanguageName == "en";

    public static string Name(string nameKo, string nameEn) => English ? nameEn : nameKo;

    public static string Label<TEnum>(this IStringLocalizer localizer, TEnum value) where TEnum : struct, Enum =>
        localizer[$"Exchanges.{typeof(TEnum).Name}.{value}"];

    /// <summary>A flags value as its localised parts, comma-separated.</summary>
    public static string Fields(this IStringLocalizer localizer, ExchangeFields fields) =>
        string.Join(", ", Enum.GetValues<ExchangeFields>().Where(f => f != ExchangeFields.None && fields.HasFlag(f)).Select(f => localizer.Label(f)));

    public static string Won(long won) => won.ToString("N0", CultureInfo.CurrentCulture);

    public static string Date(DateOnly? date) => date?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) ?? "—";

    public static string StatusClass(RelationshipStatus status) => status switch
    {
        RelationshipStatus.Active => "exch-status exch-active",
        RelationshipStatus.Dormant => "exch-status exch-dormant",
        RelationshipStatus.NeverActive => "exch-status exch-never",
        _ => "exch-status",
    };

    public static string StatusColour(RelationshipStatus status) => status switch
    {
        RelationshipStatus.Active => "#1a7f37",
        RelationshipStatus.Dormant => "#b54708",
        RelationshipStatus.NeverActive => "#6b7280",
        _ => "#6b7280",
    };
}
