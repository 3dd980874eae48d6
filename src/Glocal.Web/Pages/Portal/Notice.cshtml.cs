using Glocal.Core.Residents;
using Microsoft.AspNetCore.Mvc;

namespace Glocal.Web.Pages.Portal;

public sealed class NoticeModel(PortalService portal) : PortalPageModel
{
    public PortalNotice? Notice { get; private set; }

    public async Task<IActionResult> OnGetAsync(Guid id, CancellationToken ct)
    {
        Notice = await portal.NoticeAsync(id, Language, ct);
        return Notice is null ? NotFound() : Page();
    }
}
