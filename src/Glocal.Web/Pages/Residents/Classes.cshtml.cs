using System.ComponentModel.DataAnnotations;
using Glocal.Core.Access;
using Glocal.Core.Residents.Classes;
using Glocal.Core.Shared;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.WebUtilities;

namespace Glocal.Web.Pages.Residents;

public sealed class CourseInput
{
    [Required, StringLength(200)]
    public string Name { get; set; } = "";

    [Range(0, 5)]
    public int Level { get; set; }

    [Required, StringLength(200)]
    public string Venue { get; set; } = "";

    [Required]
    public DateOnly? StartsOn { get; set; }

    [Required]
    public DateOnly? EndsOn { get; set; }

    [Range(1, 500)]
    public int Capacity { get; set; } = 20;

    [StringLength(100)]
    public string? Schedule { get; set; }

    [StringLength(100)]
    public string? SupportLanguages { get; set; }
}

/// <summary>Korean classes (KIIP levels 0–5): list with filters, sorting, paging and exports; a form to open a course.</summary>
[Authorize(Permissions.ResidentsRead)]
public sealed class ClassesModel(ClassService classes) : ResidentsPageModel
{
    [BindProperty(SupportsGet = true)]
    public int? Level { get; set; }

    [BindProperty(SupportsGet = true)]
    public bool? Current { get; set; }

    [BindProperty(SupportsGet = true)]
    public string? Sort { get; set; }

    /// <summary>From ?page= (not model-bound: "page" is also the Razor Pages route value).</summary>
    public int PageNumber => int.TryParse(Request.Query["page"], out var p) && p is > 0 and <= 100_000 ? p : 1;

    [BindProperty]
    public CourseInput Input { get; set; } = new();

    public Page<CourseSummary> Courses { get; private set; } = new([], 1, 25, 0);

    public static IReadOnlyList<string> Sorts { get; } = ["-start", "start", "level", "-level", "name"];

    public async Task<IActionResult> OnGetAsync(CancellationToken ct)
    {
        Level = Level is >= 0 and <= 5 ? Level : null;
        Sort = Sort is not null && Sorts.Contains(Sort) ? Sort : null;
        Courses = await classes.ListAsync(new CourseSearch(Level, Current, Sort: Sort == "-start" ? null : Sort), new PageRequest(PageNumber, 25), ct);
        return Page();
    }

    public Task<IActionResult> OnPostAsync(CancellationToken ct) =>
        WriteAsync(Permissions.ResidentsCreate, "Residents.Saved.Course", () => classes.SaveAsync(null, new SaveCourseRequest(Input.Name, Input.Level, Input.Venue,
            Input.StartsOn!.Value, Input.EndsOn!.Value, Input.Capacity, Input.Schedule, string.IsNullOrWhiteSpace(Input.SupportLanguages) ? null : Input.SupportLanguages.Trim()), ct),
            () => OnGetAsync(ct));

    public string LinkTo(string path, int? page = null, string? format = null) => QueryHelpers.AddQueryString(path,
        new Dictionary<string, string?>
        {
            ["level"] = Level?.ToString(System.Globalization.CultureInfo.InvariantCulture), ["current"] = Current?.ToString().ToLowerInvariant(), ["sort"] = Sort,
            ["page"] = page?.ToString(System.Globalization.CultureInfo.InvariantCulture), ["format"] = format,
        }.Where(kv => !string.IsNullOrEmpty(kv.Value)));
}
