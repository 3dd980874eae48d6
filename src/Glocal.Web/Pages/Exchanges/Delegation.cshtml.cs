using System.ComponentModel.DataAnnotations;
using Glocal.Core.Access;
using Glocal.Core.Exchanges;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Localization;

namespace Glocal.Web.Pages.Exchanges;

/// <summary>One delegation: members by category, approval before the trip, the report after it, and its follow-ups.</summary>
[Authorize(Permissions.ExchangesRead)]
public sealed class DelegationModel(ExchangeQueries queries, ExchangeService exchanges, IAuthorizationService authorization, IStringLocalizer<SharedResource> localizer) : PageModel
{
    [BindProperty]
    public DelegationInput Input { get; set; } = new();

    [BindProperty]
    public FollowUpInput FollowUp { get; set; } = new();

    public DelegationDetails Delegation { get; private set; } = null!;

    public string? Message { get; private set; }

    public sealed class DelegationInput
    {
        public long Version { get; set; }

        public ExchangeDirection Direction { get; set; }

        public DelegationHead Head { get; set; }

        [Required(ErrorMessage = "Required"), StringLength(500)]
        public string Purpose { get; set; } = "";

        [Required(ErrorMessage = "Required")]
        public DateOnly? StartsOn { get; set; }

        [Required(ErrorMessage = "Required")]
        public DateOnly? EndsOn { get; set; }

        [Range(0, long.MaxValue)]
        public long CostWon { get; set; }

        [Range(0, 10_000)]
        public int MembersOfficials { get; set; }

        [Range(0, 10_000)]
        public int MembersCouncil { get; set; }

        [Range(0, 10_000)]
        public int MembersBusiness { get; set; }

        [Range(0, 10_000)]
        public int MembersCitizens { get; set; }

        [Range(0, 10_000)]
        public int MembersStudents { get; set; }

        public DateOnly? ApprovedOn { get; set; }

        public DateOnly? ReportedOn { get; set; }

        [StringLength(4000)]
        public string? ReportSummary { get; set; }
    }

    public sealed class FollowUpInput
    {
        [Required(ErrorMessage = "Required"), StringLength(500)]
        public string Description { get; set; } = "";

        [Required(ErrorMessage = "Required")]
        public DateOnly? DueOn { get; set; }
    }

    public async Task OnGetAsync(Guid id, CancellationToken ct)
    {
        await LoadAsync(id, ct);
        Message = TempData["Exchanges.Saved"] is string key ? localizer[key].Value : null;
    }

    public Task<IActionResult> OnPostAsync(Guid id, CancellationToken ct) => WriteAsync(id, "Input", Permissions.ExchangesUpdate, () =>
        exchanges.UpdateDelegationAsync(id, new UpdateDelegationRequest(Input.Direction, Input.Head, Input.Purpose, Input.StartsOn, Input.EndsOn, Input.CostWon,
            Input.MembersOfficials, Input.MembersCouncil, Input.MembersBusiness, Input.MembersCitizens, Input.MembersStudents, Input.ApprovedOn, Input.ReportedOn,
            Input.ReportSummary ?? ""), Input.Version, ct), "Exchanges.Delegation.Saved", ct);

    public Task<IActionResult> OnPostFollowUpAsync(Guid id, CancellationToken ct) => WriteAsync(id, "FollowUp", Permissions.ExchangesCreate, () =>
        exchanges.AddFollowUpAsync(id, new FollowUpLine(FollowUp.Description, FollowUp.DueOn!.Value), ct), "Exchanges.FollowUp.Added", ct);

    public Task<IActionResult> OnPostFollowUpDoneAsync(Guid id, Guid followUpId, CancellationToken ct) => WriteAsync(id, null, Permissions.ExchangesUpdate, () =>
        exchanges.CompleteFollowUpAsync(followUpId, new CompleteFollowUpRequest(), ct), "Exchanges.FollowUp.Done", ct);

    private async Task<IActionResult> WriteAsync(Guid id, string? form, string permission, Func<Task> write, string success, CancellationToken ct)
    {
        if (!(await authorization.AuthorizeAsync(User, permission)).Succeeded)
        {
            return Forbid();
        }

        foreach (var key in ModelState.Keys.Where(k => form is null || !k.StartsWith(form + ".", StringComparison.Ordinal)).ToList())
        {
            ModelState.Remove(key);
        }

        if (ModelState.IsValid)
        {
            try
            {
                await write();
                TempData["Exchanges.Saved"] = success;
                return RedirectToPage(new { id });
            }
            catch (Exception e) when (FormErrors.TryAdd(ModelState, localizer, e, "Exchanges"))
            {
            }
        }

        var posted = Input;
        await LoadAsync(id, ct);
        if (form == "Input")
        {
            // Keep what the user typed, with the version it was typed against: a stale form stays stale until reloaded.
            Input = posted;
        }

        return Page();
    }

    private async Task LoadAsync(Guid id, CancellationToken ct)
    {
        Delegation = await queries.DelegationAsync(id, ct);
        var d = Delegation;
        Input = new DelegationInput
        {
            Version = d.Version, Direction = d.Direction, Head = d.Head, Purpose = d.Purpose, StartsOn = d.StartsOn, EndsOn = d.EndsOn, CostWon = d.CostWon,
            MembersOfficials = d.MembersOfficials, MembersCouncil = d.MembersCouncil, MembersBusiness = d.MembersBusiness, MembersCitizens = d.MembersCitizens,
            MembersStudents = d.MembersStudents, ApprovedOn = d.ApprovedOn, ReportedOn = d.ReportedOn, ReportSummary = d.ReportSummary,
        };
    }
}
