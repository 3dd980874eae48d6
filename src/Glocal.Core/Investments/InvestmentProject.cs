using Glocal.Core.Shared;
using Glocal.Core.Tenancy;

namespace Glocal.Core.Investments;

/// <summary>
/// One investment project of one investor, followed from first lead to the plant in operation. The stage
/// changes only through <see cref="MoveTo"/>, which enforces <see cref="ProjectStages.CanMove"/> and keeps
/// the history. A project with a <see cref="CodeName"/> is confidential (ADR 0032).
/// </summary>
public sealed class InvestmentProject : ITenantOwned
{
    public Guid Id { get; set; }

    public int MunicipalityId { get; set; }

    public Guid CompanyId { get; set; }

    public Company? Company { get; set; }

    public required string Title { get; set; }

    /// <summary>Set for confidential projects; only users with investments.read_confidential see anything but a count.</summary>
    public string? CodeName { get; set; }

    public bool IsConfidential => CodeName is not null;

    public ProjectSource Source { get; set; }

    /// <summary>The partner-city delegation the project came from (exchange module), when <see cref="Source"/> says so.</summary>
    public Guid? SourceDelegationId { get; set; }

    /// <summary>The exchange activity (roadshow, forum, visit) the project came from.</summary>
    public Guid? SourceActivityId { get; set; }

    public InvestmentType Type { get; set; }

    public SiteType SiteType { get; set; }

    public string? SiteName { get; set; }

    public required string ResponsibleOfficer { get; set; }

    /// <summary>The officer's estimate, 0–100, that the investment will be made.</summary>
    public int ProbabilityPercent { get; set; }

    public DateOnly? ExpectedDecisionOn { get; set; }

    public ProjectStage Stage { get; private set; } = ProjectStage.Lead;

    /// <summary>While <see cref="ProjectStage.Delayed"/>: the stage the project will resume at.</summary>
    public ProjectStage? DelayedFrom { get; private set; }

    public string? LostReason { get; private set; }

    /// <summary>Furthest main-path stage ever reached; the funnel counts from it.</summary>
    public ProjectStage FurthestStage { get; private set; } = ProjectStage.Lead;

    public DateOnly StageSince { get; private set; }

    public List<StageChange> StageHistory { get; set; } = [];

    public InvestmentMou? Mou { get; set; }

    public List<InvestmentTranche> Tranches { get; set; } = [];

    public List<Incentive> Incentives { get; set; } = [];

    public List<JobsReport> JobsReports { get; set; } = [];

    public List<Grievance> Grievances { get; set; } = [];

    public DateTime CreatedAt { get; set; }

    /// <summary>Opens the project at <paramref name="stage"/> (a lead by default; imports may start later).</summary>
    public void Open(ProjectStage stage, DateOnly on, string by, DateTime now)
    {
        if (StageHistory.Count > 0)
        {
            throw new BusinessRuleException("stage_already_open", "The project already has a history.");
        }

        if (!stage.IsMain())
        {
            throw new BusinessRuleException("stage_open_invalid", $"A project opens on the main path, not at {stage}.");
        }

        Stage = stage;
        FurthestStage = stage;
        StageSince = on;
        StageHistory.Add(new StageChange { ProjectId = Id, From = null, To = stage, On = on, ChangedBy = by, RecordedAt = now });
    }

    /// <summary>Moves the project, if the rules allow it, and records who did it and on which date.</summary>
    public StageChange MoveTo(ProjectStage next, DateOnly on, string by, DateTime now, string? reason = null)
    {
        if (!ProjectStages.CanMove(Stage, next, DelayedFrom))
        {
            throw new BusinessRuleException("stage_transition_not_allowed", $"A project at {Stage} cannot move to {next}.");
        }

        if (on < StageSince)
        {
            throw new BusinessRuleException("stage_date_before_previous", $"The change date {on:yyyy-MM-dd} is before the current stage began ({StageSince:yyyy-MM-dd}).");
        }

        if (next == ProjectStage.Lost && string.IsNullOrWhiteSpace(reason))
        {
            throw new BusinessRuleException("lost_reason_required", "Say why the project was lost.");
        }

        var change = new StageChange { ProjectId = Id, From = Stage, To = next, On = on, ChangedBy = by, RecordedAt = now, Reason = reason?.Trim() };
        DelayedFrom = next == ProjectStage.Delayed ? Stage : null;
        LostReason = next == ProjectStage.Lost ? reason!.Trim() : LostReason;
        Stage = next;
        StageSince = on;
        if (next.IsMain() && next > FurthestStage)
        {
            FurthestStage = next;
        }

        StageHistory.Add(change);
        return change;
    }
}
