using System.ComponentModel.DataAnnotations;
using Glocal.Core.Policies;
using Glocal.Core.Shared;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Glocal.Web.Pages.Policies;

[Authorize("policies.create")]
public sealed class NewProgrammeModel(PolicyService policies, PortfolioQueries queries, TimeProvider clock) : PageModel
{
    [BindProperty]
    public ProgrammeForm Input { get; set; } = new();

    public IReadOnlyList<PolicySummary> Policies { get; private set; } = [];

    public async Task OnGetAsync(CancellationToken ct)
    {
        Input.StartDate = DateOnly.FromDateTime(clock.GetUtcNow().UtcDateTime);
        Policies = await queries.PoliciesAsync(null, ct);
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        if (ModelState.IsValid)
        {
            try
            {
                var id = await policies.CreateProgrammeAsync(Input.ToRequest(), ct);
                if (Input.BudgetKrw is > 0)
                {
                    await policies.SetBudgetLineAsync(id, new SetBudgetLineRequest(Input.StartDate.Year, Input.BudgetSource, Input.BudgetKrw.Value), ct);
                }

                return Redirect($"/Policies/Programme/{id}");
            }
            catch (BusinessRuleException e)
            {
                ModelState.AddModelError(string.Empty, e.Message);
            }
        }

        Policies = await queries.PoliciesAsync(null, ct);
        return Page();
    }
}

/// <summary>The programme form of the pages; the same rules as the API's request.</summary>
public sealed class ProgrammeForm
{
    [Required(ErrorMessage = "Required")]
    public Guid? PolicyId { get; set; }

    [Required(ErrorMessage = "Required"), StringLength(200)]
    public string Name { get; set; } = "";

    public List<Pillars> Pillars { get; set; } = [];

    public Orientation Orientation { get; set; }

    public ProgrammeMode Mode { get; set; }

    [Required(ErrorMessage = "Required"), StringLength(100)]
    public string LeadDepartment { get; set; } = "";

    public DateOnly StartDate { get; set; }

    public DateOnly? EndDate { get; set; }

    [Range(0, 10_000_000)]
    public int? Participants { get; set; }

    [Range(0, long.MaxValue)]
    public long? BudgetKrw { get; set; }

    public FundingSource BudgetSource { get; set; } = FundingSource.City;

    public SaveProgrammeRequest ToRequest() => new(
        PolicyId ?? Guid.Empty, Name, Pillars.Aggregate(Core.Policies.Pillars.None, (a, b) => a | b), Orientation, Mode, LeadDepartment, StartDate, EndDate, Participants);
}
