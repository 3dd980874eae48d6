using System.Text.RegularExpressions;
using Microsoft.AspNetCore.Mvc;

namespace Glocal.Web.Pages.Portal;

public sealed partial class RequestSentModel : PortalPageModel
{
    [FromQuery(Name = "ref")]
    public string? Ref { get; set; }

    /// <summary>Shown only when it has the shape of a reference number, so the page cannot be made to echo text.</summary>
    public string? Reference => Ref is not null && ReferenceShape().IsMatch(Ref) ? Ref : null;

    public void OnGet()
    {
    }

    [GeneratedRegex("^R-[A-Z2-9]{8}$")]
    private static partial Regex ReferenceShape();
}
