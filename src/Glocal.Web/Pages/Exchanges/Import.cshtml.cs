using Glocal.Core.Access;
using Glocal.Core.Exchanges;
using Glocal.Core.Shared.Tabular;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Glocal.Web.Pages.Exchanges;

/// <summary>Upload of the national registry file; shows the row-by-row report, whether the file was stored or rejected.</summary>
[Authorize(Permissions.ExchangesCreate)]
[RequestSizeLimit(TableReader.MaxBytes)]
public sealed class ImportModel(ExchangeImporter importer) : PageModel
{
    public ImportReport? Report { get; private set; }

    public void OnGet()
    {
    }

    public async Task<IActionResult> OnPostAsync(IFormFile? file, CancellationToken ct)
    {
        if (file is null || file.Length == 0)
        {
            ModelState.AddModelError(string.Empty, "Exchanges.Import.NoFile");
            return Page();
        }

        await using var stream = file.OpenReadStream();
        try
        {
            Report = await importer.ImportAsync(stream, Path.GetFileName(file.FileName), ct);
        }
        catch (ImportRejectedException e)
        {
            Report = e.Report;
        }

        return Page();
    }
}
