using System.ComponentModel.DataAnnotations;
using Glocal.Core.Access;
using Glocal.Core.Residents.Interpreters;
using Glocal.Core.Shared;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.WebUtilities;

namespace Glocal.Web.Pages.Residents;

public sealed class InterpreterInput
{
    [Required, StringLength(100)]
    public string Name { get; set; } = "";

    [Required, RegularExpression("^[a-z]{2,3}(-[A-Za-z0-9]{2,8})*( [a-z]{2,3}(-[A-Za-z0-9]{2,8})*)*$")]
    public string Languages { get; set; } = "";

    public List<Weekdays> Days { get; set; } = [];

    [StringLength(60)]
    public string? Hours { get; set; }

    [StringLength(30)]
    public string? Phone { get; set; }

    public SaveInterpreterRequest ToRequest(bool active = true) =>
        new(Name, Languages.Trim(), Days.Aggregate(Weekdays.None, (a, d) => a | d), Hours, Phone, active);
}

/// <summary>Interpreters (languages, availability) and the assignment list with filters and exports.</summary>
[Authorize(Permissions.ResidentsRead)]
public sealed class InterpretersModel(InterpreterService interpreters) : ResidentsPageModel
{
    [BindProperty(SupportsGet = true)]
    public string? Language { get; set; }

    [BindProperty(SupportsGet = true)]
    public AssignmentStatus? Status { get; set; }

    [BindProperty(SupportsGet = true)]
    public InterpretingMode? Mode { get; set; }

    /// <summary>From ?page= (not model-bound: "page" is also the Razor Pages route value).</summary>
    public int PageNumber => int.TryParse(Request.Query["page"], out var p) && p is > 0 and <= 100_000 ? p : 1;

    [BindProperty]
    public InterpreterInput Input { get; set; } = new();

    public Page<InterpreterSummary> Interpreters { get; private set; } = new([], 1, 100, 0);

    public Page<AssignmentView> Assignments { get; private set; } = new([], 1, 25, 0);

    public async Task<IActionResult> OnGetAsync(CancellationToken ct)
    {
        Language = Language?.Trim() is { Length: > 1 and <= 20 } l ? l : null;
        Interpreters = await interpreters.ListAsync(new InterpreterSearch(Language), new PageRequest(1, 100), ct);
        Assignments = await interpreters.AssignmentsAsync(new AssignmentSearch(Status, Mode, Language: Language), new PageRequest(PageNumber, 25), ct);
        return Page();
    }

    public Task<IActionResult> OnPostAsync(CancellationToken ct) =>
        WriteAsync(Permissions.ResidentsCreate, "Residents.Saved.Interpreter", () => interpreters.SaveAsync(null, Input.ToRequest(), ct), () => OnGetAsync(ct));

    public string LinkTo(string path, int? page = null, string? format = null) => QueryHelpers.AddQueryString(path,
        new Dictionary<string, string?>
        {
            ["language"] = Language, ["status"] = Status?.ToString(), ["mode"] = Mode?.ToString(),
            ["page"] = page?.ToString(System.Globalization.CultureInfo.InvariantCulture), ["format"] = format,
        }.Where(kv => !string.IsNullOrEmpty(kv.Value)));
}
