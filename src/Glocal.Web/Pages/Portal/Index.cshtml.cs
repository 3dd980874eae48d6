using Glocal.Core.Residents;

namespace Glocal.Web.Pages.Portal;

public sealed class IndexModel(PortalService portal) : PortalPageModel
{
    public IReadOnlyList<PortalNotice> Notices { get; private set; } = [];

    public async Task OnGetAsync(CancellationToken ct) => Notices = await portal.NoticesAsync(Language, ct, take: 3);
}
