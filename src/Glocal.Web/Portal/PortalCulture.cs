using System.Globalization;
using Glocal.Core.Residents;

namespace Glocal.Web.Portal;

/// <summary>
/// Chooses the portal's language for each request under /portal: an explicit <c>?lang=</c> from the language
/// selector (then remembered in a cookie), else the cookie, else the browser's Accept-Language, else Korean.
/// Runs after the staff UI's request localization, which only knows Korean and English.
/// </summary>
public static class PortalCulture
{
    public const string CookieName = "glocal.portal.lang";
    public const string ItemKey = "portal.lang";

    public static string Resolve(HttpContext context)
    {
        var chosen = PortalLanguages.Match(context.Request.Query["lang"].ToString());
        if (chosen is not null)
        {
            context.Response.Cookies.Append(CookieName, chosen, new CookieOptions
            {
                Expires = DateTimeOffset.UtcNow.AddYears(1), IsEssential = true, SameSite = SameSiteMode.Lax, HttpOnly = true, Secure = context.Request.IsHttps,
            });
            return chosen;
        }

        return PortalLanguages.Match(context.Request.Cookies[CookieName])
            ?? PortalLanguages.FromAcceptLanguage(context.Request.Headers.AcceptLanguage.ToString())
            ?? PortalLanguages.Source;
    }

    public static string Current(HttpContext context) => context.Items[ItemKey] as string ?? PortalLanguages.Source;

    public static IApplicationBuilder UsePortalCulture(this IApplicationBuilder app) =>
        app.UseWhen(c => c.Request.Path.StartsWithSegments("/portal", StringComparison.OrdinalIgnoreCase), portal => portal.Use(async (context, next) =>
        {
            var language = Resolve(context);
            context.Items[ItemKey] = language;
            var culture = CultureInfo.GetCultureInfo(language);
            CultureInfo.CurrentCulture = culture;
            CultureInfo.CurrentUICulture = culture;
            context.Response.Headers.ContentLanguage = language;
            context.Response.Headers.Vary = "Accept-Language, Cookie";
            await next(context);
        }));

    /// <summary>Each language named in itself, for the selector.</summary>
    public static readonly IReadOnlyDictionary<string, string> Endonyms = new Dictionary<string, string>
    {
        ["ko"] = "한국어", ["en"] = "English", ["zh-Hans"] = "简体中文", ["vi"] = "Tiếng Việt", ["th"] = "ไทย", ["uz"] = "Oʻzbekcha",
        ["ru"] = "Русский", ["id"] = "Bahasa Indonesia", ["fil"] = "Filipino", ["ne"] = "नेपाली", ["km"] = "ខ្មែរ", ["mn"] = "Монгол",
    };
}
