using Glocal.Core.Tenancy;

namespace Glocal.Core.Investments;

/// <summary>One move of a project between stages: when it happened, who recorded it, and why for Lost.</summary>
public sealed class StageChange : ITenantOwned
{
    public Guid Id { get; set; }

    public int MunicipalityId { get; set; }

    public Guid ProjectId { get; set; }

    /// <summary>Null for the first entry, when the project was opened.</summary>
    public ProjectStage? From { get; set; }

    public ProjectStage To { get; set; }

    /// <summary>The business date of the change (the day the MOU was signed, the money arrived…).</summary>
    public DateOnly On { get; set; }

    public required string ChangedBy { get; set; }

    public DateTime RecordedAt { get; set; }

    public string? Reason { get; set; }
}
