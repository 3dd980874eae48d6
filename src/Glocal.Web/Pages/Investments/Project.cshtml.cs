using System.ComponentModel.DataAnnotations;
using Glocal.Core.Access;
using Glocal.Core.Investments;
using Glocal.Core.Shared;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Glocal.Web.Pages.Investments;

public sealed class StageInput
{
    public ProjectStage Stage { get; set; }

    [Required]
    public DateOnly? On { get; set; }

    [StringLength(500)]
    public string? Reason { get; set; }
}

public sealed class MouInput
{
    [Required]
    public DateOnly? SignedOn { get; set; }

    [Required, StringLength(500)]
    public string Signatories { get; set; } = "";

    [Required, StringLength(30)]
    public string PledgedAmount { get; set; } = "";

    public Currency Currency { get; set; }

    [StringLength(20)]
    public string? ExchangeRate { get; set; }

    public DateOnly? RateOn { get; set; }

    [Range(0, 1_000_000)]
    public int PledgedJobs { get; set; }
}

public sealed class TrancheInput
{
    [Required]
    public DateOnly? On { get; set; }

    [Required, StringLength(30)]
    public string Amount { get; set; } = "";

    public Currency Currency { get; set; }

    [StringLength(20)]
    public string? ExchangeRate { get; set; }

    public DateOnly? RateOn { get; set; }

    public EvidenceGrade Grade { get; set; } = EvidenceGrade.Arrived;

    [Required, StringLength(300)]
    public string EvidenceSource { get; set; } = "";
}

public sealed class JobsInput
{
    [Required]
    public DateOnly? PeriodStart { get; set; }

    [Required]
    public DateOnly? PeriodEnd { get; set; }

    [Range(0, 1_000_000)]
    public int DirectKorean { get; set; }

    [RegularExpression("^[A-Z][A-Z0-9]?-[0-9]{1,2}$")]
    public string? ForeignStayStatus { get; set; }

    [Range(0, 1_000_000)]
    public int ForeignCount { get; set; }

    public JobsVerification Verification { get; set; }
}

/// <summary>One project: details, timeline, MOU, money, jobs, incentives, aftercare, and the forms that move it on.</summary>
[Authorize(Permissions.InvestmentsRead)]
public sealed class ProjectModel(InvestmentQueries queries, InvestmentService service, TimeProvider clock) : PageModel
{
    public ProjectDetails Project { get; private set; } = null!;

    public bool CanUpdate => InvestmentDisplay.Can(User, Permissions.InvestmentsUpdate);

    public DateOnly Today => DateOnly.FromDateTime(clock.GetUtcNow().UtcDateTime);

    [TempData]
    public string? Saved { get; set; }

    public async Task<IActionResult> OnGetAsync(Guid id, CancellationToken ct)
    {
        try
        {
            Project = await queries.GetProjectAsync(id, InvestmentDisplay.CanSeeConfidential(User), ct);
        }
        catch (NotFoundException)
        {
            // Another municipality's project, a confidential one, or none at all: the same answer for each.
            return NotFound();
        }

        return Page();
    }

    public Task<IActionResult> OnPostStageAsync(Guid id, StageInput stage, CancellationToken ct) =>
        WriteAsync(id, "Investments.Saved.Stage", () => service.MoveStageAsync(id, new MoveStageRequest(stage.Stage, stage.On, stage.Reason), Confidential, ct), ct);

    public Task<IActionResult> OnPostMouAsync(Guid id, MouInput mou, CancellationToken ct) =>
        WriteAsync(id, "Investments.Saved.Mou", () => service.RecordMouAsync(id, new RecordMouRequest(mou.SignedOn!.Value, mou.Signatories, mou.PledgedAmount, mou.Currency,
            mou.ExchangeRate, mou.RateOn, mou.PledgedJobs), Confidential, ct), ct);

    public Task<IActionResult> OnPostTrancheAsync(Guid id, TrancheInput tranche, CancellationToken ct) =>
        WriteAsync(id, "Investments.Saved.Tranche", () => service.AddTrancheAsync(id, new AddTrancheRequest(tranche.On!.Value, tranche.Amount, tranche.Grade, tranche.EvidenceSource,
            tranche.Currency, tranche.ExchangeRate, tranche.RateOn), Confidential, ct), ct);

    public Task<IActionResult> OnPostJobsAsync(Guid id, JobsInput jobs, CancellationToken ct) =>
        WriteAsync(id, "Investments.Saved.Jobs", () => service.AddJobsReportAsync(id, new AddJobsReportRequest(jobs.PeriodStart!.Value, jobs.PeriodEnd!.Value, jobs.DirectKorean,
            jobs.Verification, jobs.ForeignStayStatus is { Length: > 0 } status ? [new ForeignJobsInput(status, jobs.ForeignCount)] : null), Confidential, ct), ct);

    public Task<IActionResult> OnPostMilestoneAsync(Guid id, Guid milestoneId, CancellationToken ct) =>
        WriteAsync(id, "Investments.Saved.Milestone", () => service.CompleteMilestoneAsync(id, milestoneId, new CompleteMilestoneRequest(Today), Confidential, ct), ct);

    private bool Confidential => InvestmentDisplay.CanSeeConfidential(User);

    /// <summary>Runs a write the user may make; a broken rule comes back as a form error on the re-rendered page.</summary>
    private async Task<IActionResult> WriteAsync(Guid id, string savedKey, Func<Task> write, CancellationToken ct)
    {
        if (!CanUpdate)
        {
            return Forbid();
        }

        if (ModelState.IsValid)
        {
            try
            {
                await write();
                Saved = savedKey;
                return RedirectToPage(new { id });
            }
            catch (BusinessRuleException rule)
            {
                ModelState.AddModelError("", rule.Message);
            }
            catch (NotFoundException)
            {
                return NotFound();
            }
        }

        Project = await queries.GetProjectAsync(id, Confidential, ct);
        return Page();
    }
}
