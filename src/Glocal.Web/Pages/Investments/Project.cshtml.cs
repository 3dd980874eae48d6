using System.ComponentModel.DataAnnotations;
using Glocal.Core.Access;
using Glocal.Core.Investments;
using Glocal.Core.Shared;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Localization;

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

public sealed class IncentiveInput
{
    public IncentiveType Type { get; set; }

    [Range(0, long.MaxValue)]
    public long AmountKrw { get; set; }

    [Required, StringLength(300)]
    public string LegalBasis { get; set; } = "";

    [Required]
    public DateOnly? GrantedOn { get; set; }

    public List<ConditionRow> Conditions { get; set; } = [];
}

public sealed class ConditionRow
{
    [StringLength(300)]
    public string? Description { get; set; }

    public DateOnly? DueOn { get; set; }
}

public sealed class CheckInput
{
    public ComplianceStatus Status { get; set; }

    [Required]
    public DateOnly? CheckedOn { get; set; }

    public long Version { get; set; }
}

public sealed class GrievanceInput
{
    public GrievanceCategory Category { get; set; }

    [Required, StringLength(1000)]
    public string Summary { get; set; } = "";

    [Required]
    public DateOnly? OpenedOn { get; set; }

    [StringLength(200)]
    public string? ReferredTo { get; set; }

    public GrievanceStatus Status { get; set; }
}

public sealed class GrievanceUpdateInput
{
    public GrievanceStatus Status { get; set; }

    [StringLength(200)]
    public string? ReferredTo { get; set; }

    public long Version { get; set; }
}

/// <summary>One project: details, timeline, MOU, money, jobs, incentives, aftercare, and the forms that move it on.</summary>
[Authorize(Permissions.InvestmentsRead)]
public sealed class ProjectModel(InvestmentQueries queries, InvestmentService service, TimeProvider clock, IStringLocalizer<SharedResource> localizer) : PageModel
{
    public const int ConditionRows = 3;

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

    public Task<IActionResult> OnPostIncentiveAsync(Guid id, IncentiveInput incentive, CancellationToken ct) =>
        WriteAsync(id, "Investments.Saved.Incentive", () => service.AddIncentiveAsync(id, new AddIncentiveRequest(incentive.Type, incentive.AmountKrw, incentive.LegalBasis,
            incentive.GrantedOn!.Value, [.. incentive.Conditions.Where(c => !string.IsNullOrWhiteSpace(c.Description)).Select(c => new ConditionInput(c.Description!,
                c.DueOn ?? throw new BusinessRuleException("condition_due_required", "Give each condition its due date.")))]), Confidential, ct), ct);

    public Task<IActionResult> OnPostCheckAsync(Guid id, Guid incentiveId, Guid conditionId, CheckInput check, CancellationToken ct) =>
        WriteAsync(id, "Investments.Saved.Check", () => service.CheckConditionAsync(id, incentiveId, conditionId, new CheckConditionRequest(check.Status, check.CheckedOn!.Value),
            Confidential, ct, check.Version), ct);

    public Task<IActionResult> OnPostClawbackAsync(Guid id, Guid incentiveId, ClawbackStatus clawback, long version, CancellationToken ct) =>
        WriteAsync(id, "Investments.Saved.Clawback", () => service.SetClawbackAsync(id, incentiveId, new SetClawbackRequest(clawback), Confidential, ct, version), ct);

    public Task<IActionResult> OnPostGrievanceAsync(Guid id, GrievanceInput grievance, CancellationToken ct) =>
        WriteAsync(id, "Investments.Saved.Grievance", () => service.AddGrievanceAsync(id, new AddGrievanceRequest(grievance.Category, grievance.Summary, grievance.OpenedOn!.Value,
            grievance.ReferredTo, grievance.Status), Confidential, ct), ct);

    public Task<IActionResult> OnPostGrievanceUpdateAsync(Guid id, Guid grievanceId, GrievanceUpdateInput follow, CancellationToken ct) =>
        WriteAsync(id, "Investments.Saved.Grievance", () => service.UpdateGrievanceAsync(id, grievanceId, new UpdateGrievanceRequest(follow.Status, follow.ReferredTo ?? ""),
            follow.Version, Confidential, ct), ct);

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
            catch (NotFoundException)
            {
                return NotFound();
            }
            catch (Exception e) when (FormErrors.TryAdd(ModelState, localizer, e, "Investments"))
            {
            }
        }

        Project = await queries.GetProjectAsync(id, Confidential, ct);
        return Page();
    }
}
