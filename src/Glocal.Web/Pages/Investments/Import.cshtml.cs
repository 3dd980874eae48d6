using Glocal.Core.Access;
using Glocal.Core.Investments;
using Glocal.Core.Shared.Tabular;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Glocal.Web.Pages.Investments;

/// <summary>Upload a CSV or XLSX of projects; the report lists every problem, and a rejected file stores nothing.</summary>
[Authorize(Permissions.InvestmentsCreate)]
public sealed class ImportModel(InvestmentImport import) : PageModel
{
    public ImportReport? Report { get; private set; }

    public void OnGet()
    {
    }

    public async Task<IActionResult> OnPostAsync(IFormFile? file, CancellationToken ct)
    {
        if (file is null || file.Length == 0)
        {
            ModelState.AddModelError("file", "Choose a CSV or XLSX file.");
            return Page();
        }

        try
        {
            await using var stream = file.OpenReadStream();
            Report = await import.ImportProjectsAsync(stream, file.FileName, InvestmentDisplay.CanSeeConfidential(User), ct);
        }
        catch (ImportRejectedException rejected)
        {
            Report = rejected.Report;
        }

        return Page();
    }
}
