using System.ComponentModel.DataAnnotations;

namespace Glocal.Core.Residents.Privacy;

/// <summary>Settings of the residents module (section <c>Residents</c>).</summary>
public sealed class ResidentsOptions
{
    public const string Section = "Residents";

    /// <summary>Closed cases are anonymised this many years after closing (ADR 0040).</summary>
    [Range(1, 30)]
    public int RetentionYears { get; set; } = 5;

    /// <summary>Whether the web host runs the retention policy on its own, once a day.</summary>
    public bool RetentionScheduleEnabled { get; set; } = true;

    /// <summary>Korean hour of the day (0–23) at which the scheduled run happens.</summary>
    [Range(0, 23)]
    public int RetentionHourKst { get; set; } = 3;
}
