using System.Globalization;
using Glocal.Core.Residents;
using Glocal.Web.Portal;

namespace Glocal.Web.Pages.Portal;

public sealed class ServicesModel(PortalService portal) : PortalPageModel
{
    public IReadOnlyList<PortalServiceEntry> Services { get; private set; } = [];

    public async Task OnGetAsync(CancellationToken ct) => Services = await portal.ServicesAsync(ct);

    /// <summary>A language named in itself, so a visitor recognises their own whatever the page language.</summary>
    public static string LanguageName(string tag)
    {
        if (PortalCulture.Endonyms.TryGetValue(tag, out var known))
        {
            return known;
        }

        try
        {
            return CultureInfo.GetCultureInfo(tag).NativeName;
        }
        catch (CultureNotFoundException)
        {
            return tag;
        }
    }
}
