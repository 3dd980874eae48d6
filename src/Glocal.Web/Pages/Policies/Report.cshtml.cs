using Glocal.Core.Policies;
using Glocal.Core.Policies.Reports;
using Glocal.Core.Shared;
using Glocal.Core.Shared.Tabular;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Glocal.Web.Pages.Policies;

/// <summary>The annual internationalization report: HTML here, the same as PDF (?handler=Pdf), the portfolio as XLSX (?handler=Xlsx).</summary>
[Authorize("policies.read")]
public sealed class ReportModel(PortfolioQueries queries, CrossPillarChains chains, IAuthorizationService authorization, TimeProvider clock) : PageModel
{
    [BindProperty(SupportsGet = true)]
    public int? Year { get; set; }

    public PortfolioOverview Portfolio { get; private set; } = null!;

    public DateTime GeneratedAt { get; private set; }

    public IReadOnlyList<ChainLink> Chains { get; private set; } = [];

    private async Task<PortfolioOverview> LoadAsync(CancellationToken ct)
    {
        var year = Year ?? clock.GetUtcNow().Year;
        if (year is < 2000 or > 2100)
        {
            throw new BusinessRuleException("year_invalid", "The year must be between 2000 and 2100.", 400);
        }

        GeneratedAt = clock.GetUtcNow().UtcDateTime;
        Chains = await chains.ForYearAsync(year, ct);
        return Portfolio = await queries.PortfolioAsync(year, ct);
    }

    public async Task OnGetAsync(CancellationToken ct) => await LoadAsync(ct);

    public async Task<IActionResult> OnGetPdfAsync(CancellationToken ct)
    {
        var portfolio = await LoadAsync(ct);
        return File(AnnualReportPdf.Render(portfolio, Chains, GeneratedAt), "application/pdf", $"internationalization-report-{portfolio.MunicipalityCode}-{portfolio.Year}.pdf");
    }

    public async Task<IActionResult> OnGetXlsxAsync(CancellationToken ct)
    {
        if (!(await authorization.AuthorizeAsync(User, "policies.export")).Succeeded)
        {
            return Forbid();
        }

        var portfolio = await LoadAsync(ct);
        var file = TabularExport.Write(portfolio.Programmes, ExportFormat.Xlsx, $"portfolio-{portfolio.MunicipalityCode}-{portfolio.Year}");
        return File(file.Content, file.ContentType, file.FileName);
    }
}
