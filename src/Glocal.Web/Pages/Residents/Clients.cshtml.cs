using Glocal.Core.Access;
using Glocal.Core.Data;
using Glocal.Core.Residents;
using Glocal.Core.Shared;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.WebUtilities;

namespace Glocal.Web.Pages.Residents;

/// <summary>Clients without personal data: nationality, languages, stay status; links to the client page for those who may read it.</summary>
[Authorize(Permissions.ResidentsRead)]
public sealed class ClientsModel(GlocalDbContext db) : ResidentsPageModel
{
    private const int PageSize = 25;

    [BindProperty(SupportsGet = true)]
    public string? Nationality { get; set; }

    [BindProperty(SupportsGet = true)]
    public string? Language { get; set; }

    [BindProperty(SupportsGet = true)]
    public string? StayStatus { get; set; }

    [BindProperty(SupportsGet = true)]
    public string? Sort { get; set; }

    /// <summary>From ?page= (not model-bound: "page" is also the Razor Pages route value).</summary>
    public int PageNumber => int.TryParse(Request.Query["page"], out var p) && p is > 0 and <= 100_000 ? p : 1;

    public Page<ClientSummary> Clients { get; private set; } = new([], 1, PageSize, 0);

    public static IReadOnlyList<string> Sorts { get; } = ["-created", "created", "nationality", "status"];

    public async Task OnGetAsync(CancellationToken ct)
    {
        Nationality = Nationality?.Trim().ToUpperInvariant() is { Length: 2 } n && n.All(char.IsAsciiLetterUpper) ? n : null;
        Language = Language?.Trim() is { Length: > 1 and <= 20 } l ? l : null;
        StayStatus = StayStatus?.Trim().ToUpperInvariant() is { Length: > 2 and <= 8 } s ? s : null;
        Sort = Sort is not null && Sorts.Contains(Sort) ? Sort : null;
        Clients = await ClientList.PageAsync(db, new ClientListRequest(Nationality, Language, StayStatus, Sort == "-created" ? null : Sort), new PageRequest(PageNumber, PageSize), ct);
    }

    public string LinkTo(string path, int? page = null, string? format = null) => QueryHelpers.AddQueryString(path,
        new Dictionary<string, string?>
        {
            ["nationality"] = Nationality, ["language"] = Language, ["stayStatus"] = StayStatus, ["sort"] = Sort,
            ["page"] = page?.ToString(System.Globalization.CultureInfo.InvariantCulture), ["format"] = format,
        }.Where(kv => !string.IsNullOrEmpty(kv.Value)));
}
