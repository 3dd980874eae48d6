using Glocal.Core.Residents;
using Glocal.Web.Portal;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Localization;

namespace Glocal.Web.Pages.Portal;

/// <summary>
/// The consultation request form. Anti-forgery (Razor Pages default), a rate limit per address, a honeypot
/// field, server-side limits; the confirmation shows only the reference number, never what was sent.
/// </summary>
public sealed class RequestModel(PortalService portal, PortalRateLimiter limiter, IStringLocalizer<PortalResource> strings) : PortalPageModel
{
    [BindProperty]
    public RequestForm Input { get; set; } = new();

    public Dictionary<string, string> Errors { get; } = new(StringComparer.Ordinal);

    public bool TooMany { get; private set; }

    public void OnGet()
    {
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        if (!limiter.TryAcquire(HttpContext, MunicipalityCode))
        {
            TooMany = true;
            Input = new RequestForm { Category = Input.Category };
            Response.StatusCode = StatusCodes.Status429TooManyRequests;
            Response.Headers.RetryAfter = "900";
            return Page();
        }

        if (!string.IsNullOrEmpty(Input.Website))
        {
            // A bot filled the hidden field: answer as if accepted, create nothing.
            return Redirect($"{BasePath}/request/sent");
        }

        Check("name", Input.Name, PortalRequest.NameMax);
        Check("contact", Input.Contact, PortalRequest.ContactMax);
        Check("message", Input.Message, PortalRequest.MessageMax);
        if (!Input.Consent)
        {
            Errors["consent"] = strings["Portal.Request.ConsentRequired"];
        }

        if (Errors.Count > 0)
        {
            // Oversized values are not sent back to the browser.
            Input.Name = Input.Name?.Length > PortalRequest.NameMax ? null : Input.Name;
            Input.Contact = Input.Contact?.Length > PortalRequest.ContactMax ? null : Input.Contact;
            Input.Message = Input.Message?.Length > PortalRequest.MessageMax ? null : Input.Message;
            Response.StatusCode = StatusCodes.Status400BadRequest;
            return Page();
        }

        var reference = await portal.SubmitAsync(new PortalRequest(Input.Category, Language, Input.Name!, Input.Contact!, Input.Message!), ct);
        return Redirect($"{BasePath}/request/sent?ref={Uri.EscapeDataString(reference)}");
    }

    public string LabelOf(string field, IStringLocalizer<PortalResource> p) => field switch
    {
        "name" => p["Portal.Request.Name"],
        "contact" => p["Portal.Request.Contact"],
        "message" => p["Portal.Request.Message"],
        _ => p["Portal.Request.Consent"],
    };

    private void Check(string field, string? value, int max)
    {
        if (string.IsNullOrWhiteSpace(value))
        {
            Errors[field] = strings["Portal.Request.Required"];
        }
        else if (value.Length > max)
        {
            Errors[field] = strings["Portal.Request.TooLong", max];
        }
    }

    public sealed class RequestForm
    {
        public CaseCategory Category { get; set; } = CaseCategory.DailyLife;

        public string? Name { get; set; }

        public string? Contact { get; set; }

        public string? Message { get; set; }

        public bool Consent { get; set; }

        /// <summary>The honeypot: hidden from people, filled by naive bots.</summary>
        public string? Website { get; set; }
    }
}
