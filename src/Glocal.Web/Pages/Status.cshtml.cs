using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Localization;

namespace Glocal.Web.Pages;

/// <summary>Friendly page for 403, 404 and other status codes of UI requests; re-executed for any method.</summary>
[IgnoreAntiforgeryToken]
public sealed class StatusModel(IStringLocalizer<SharedResource> localizer) : PageModel
{
    public string Title { get; private set; } = "";

    public string Message { get; private set; } = "";

    // No handler parameters: binding would read the form of a re-executed POST whose anti-forgery check failed.
    public void OnPost() => OnGet();

    public void OnGet()
    {
        var status = int.TryParse(Request.Query["code"], out var code) ? code : Request.Query.ContainsKey("ReturnUrl") ? 403 : 404;
        (Title, Message) = status switch
        {
            403 => (localizer["Status.403.Title"], localizer["Status.403.Message"]),
            404 => (localizer["Status.404.Title"], localizer["Status.404.Message"]),
            400 => (localizer["Status.400.Title"], localizer["Status.400.Message"]),
            _ => (localizer["Status.Other.Title"], localizer["Status.Other.Message"]),
        };
    }
}
