using Glocal.Core.Access;
using Glocal.Core.Investments;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Glocal.Web.Pages.Investments;

/// <summary>The pipeline at a glance: headline figures, funnel and realisation charts, the board by stage.</summary>
[Authorize(Permissions.InvestmentsRead)]
public sealed class IndexModel(InvestmentQueries queries) : PageModel
{
    [BindProperty(SupportsGet = true)]
    public string? Q { get; set; }

    [BindProperty(SupportsGet = true)]
    public ProjectSource? Source { get; set; }

    public PipelineFigures Figures { get; private set; } = null!;

    public IReadOnlyList<BoardColumn> Board { get; private set; } = [];

    public async Task OnGetAsync(CancellationToken ct)
    {
        Figures = await queries.FiguresAsync(ct);
        Board = await queries.BoardAsync(new ProjectSearch(Q, null, Source), InvestmentDisplay.CanSeeConfidential(User), ct);
    }
}
