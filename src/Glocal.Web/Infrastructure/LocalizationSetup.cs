using System.Globalization;
using Microsoft.AspNetCore.Localization;

namespace Glocal.Web.Infrastructure;

/// <summary>Korean first (dates like 2026. 11. 25., won amounts), English on request, remembered in a cookie.</summary>
public static class LocalizationSetup
{
    public static readonly CultureInfo Korean = CultureInfo.GetCultureInfo("ko-KR");
    public static readonly CultureInfo English = CultureInfo.GetCultureInfo("en-US");

    public static IServiceCollection AddGlocalLocalization(this IServiceCollection services)
    {
        services.AddLocalization(options => options.ResourcesPath = "Resources");
        services.Configure<RequestLocalizationOptions>(options =>
        {
            options.DefaultRequestCulture = new RequestCulture(Korean);
            options.SupportedCultures = [Korean, English];
            options.SupportedUICultures = [Korean, English];
            options.RequestCultureProviders = [new CookieRequestCultureProvider(), new QueryStringRequestCultureProvider()];
        });
        return services;
    }

    /// <summary>POST /Culture switches the staff UI language and returns to the page the user was on.</summary>
    public static void MapCultureSwitch(this IEndpointRouteBuilder routes) =>
        routes.MapPost("/Culture", ([Microsoft.AspNetCore.Mvc.FromForm] string culture, [Microsoft.AspNetCore.Mvc.FromForm] string? returnUrl, HttpContext context) =>
        {
            var chosen = culture == "en" ? English : Korean;
            context.Response.Cookies.Append(
                CookieRequestCultureProvider.DefaultCookieName,
                CookieRequestCultureProvider.MakeCookieValue(new RequestCulture(chosen)),
                new CookieOptions { Expires = DateTimeOffset.UtcNow.AddYears(1), IsEssential = true, SameSite = SameSiteMode.Lax, HttpOnly = true });
            var target = !string.IsNullOrEmpty(returnUrl) && returnUrl.StartsWith('/') && !returnUrl.StartsWith("//", StringComparison.Ordinal) ? returnUrl : "/";
            return TypedResults.LocalRedirect(target);
        }).AllowAnonymous().WithTags("UI").ExcludeFromDescription();
}
