using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Localization;

namespace Glocal.Web.Pages;

/// <summary>Friendly page for 403, 404 and other status codes of UI requests.</summary>
public sealed class StatusModel(IStringLocalizer<SharedResource> localizer) : PageModel
{
    public string Title { get; private set; } = "";

    public string Message { get; private set; } = "";

    public void OnGet(int? code)
    {
        var status = code ?? (Request.Query.ContainsKey("ReturnUrl") ? 403 : 404);
        (Title, Message) = status switch
        {
            403 => (localizer["Status.403.Title"], localizer["Status.403.Message"]),
            404 => (localizer["Status.404.Title"], localizer["Status.404.Message"]),
            _ => (localizer["Status.Other.Title"], localizer["Status.Other.Message"]),
        };
    }
}
