using Glocal.Core.Tenancy;
using Glocal.Web.Portal;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.Filters;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Glocal.Web.Pages.Portal;

/// <summary>
/// Base of every public portal page: no sign-in; the municipality comes from the route and becomes the
/// tenant of the request (read-only system actor "portal"), so the tenant filter scopes every query to it.
/// </summary>
[AllowAnonymous]
public abstract class PortalPageModel : PageModel
{
    public const string Route = "/portal/{municipalityCode:regex(^[0-9]{{5}}$)}";

    [FromRoute]
    public string MunicipalityCode { get; set; } = "";

    public string MunicipalityName { get; private set; } = "";

    public string Language { get; private set; } = "ko";

    public string BasePath => $"/portal/{MunicipalityCode}";

    public override async Task OnPageHandlerExecutionAsync(PageHandlerExecutingContext context, PageHandlerExecutionDelegate next)
    {
        var services = HttpContext.RequestServices;
        var municipality = await services.GetRequiredService<PortalMunicipalities>().FindAsync(MunicipalityCode, HttpContext.RequestAborted);
        if (municipality is null)
        {
            context.Result = NotFound();
            return;
        }

        Language = PortalCulture.Current(HttpContext);
        MunicipalityName = Language == "ko" ? municipality.NameKo : municipality.NameEn;
        services.GetRequiredService<TenantContext>().ActAsSystem("portal", municipality.Id);
        await next();
    }
}
