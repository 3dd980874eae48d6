using System.Globalization;
using System.Security.Claims;
using Glocal.Core.Access;
using Glocal.Core.Investments;
using Microsoft.Extensions.Localization;

namespace Glocal.Web.Pages.Investments;

/// <summary>How investment figures read on pages: won amounts in 억/조 in Korean and billions in English, enums by their label.</summary>
public static class InvestmentDisplay
{
    private static bool Korean => CultureInfo.CurrentUICulture.TwoLetterISOLanguageName != "en";

    /// <summary>The exact amount, "₩14,000,000,000".</summary>
    public static string Won(long won) => "₩" + won.ToString("N0", CultureInfo.InvariantCulture);

    /// <summary>A short amount for charts and cards: "140억 원" or "₩14.0 bn" (integer arithmetic, rounded half up).</summary>
    public static string WonShort(long won)
    {
        if (Korean)
        {
            var eok = (won + 50_000_000) / 100_000_000;
            return eok >= 10_000 ? $"{eok / 10_000:N0}조 {eok % 10_000:N0}억 원".Replace(" 0억", "", StringComparison.Ordinal) : $"{eok:N0}억 원";
        }

        var tenthsOfBillion = (won + 50_000_000) / 100_000_000;
        return $"₩{tenthsOfBillion / 10:N0}.{tenthsOfBillion % 10} bn";
    }

    public static string Date(DateOnly? date) => date?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) ?? "–";

    public static string Label<T>(IStringLocalizer localizer, T value) where T : struct, Enum =>
        localizer[$"Investments.{typeof(T).Name}.{value}"];

    public static bool CanSeeConfidential(ClaimsPrincipal user) => user.HasClaim(GlocalClaims.Permission, Permissions.InvestmentsReadConfidential);

    public static bool Can(ClaimsPrincipal user, string permission) => user.HasClaim(GlocalClaims.Permission, permission);
}
