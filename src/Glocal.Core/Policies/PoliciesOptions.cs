using System.ComponentModel.DataAnnotations;

namespace Glocal.Core.Policies;

/// <summary>
/// The judgements the portfolio computations rest on, configurable per installation (section "Policies").
/// Defaults follow the study: a city should keep inward internationalization between 40% and 70% of its effort.
/// </summary>
public sealed class PoliciesOptions
{
    public const string Section = "Policies";

    /// <summary>Lowest acceptable inward share of budget, staff or activity (0–1).</summary>
    [Range(0.0, 1.0)]
    public double InwardShareMin { get; set; } = 0.4;

    /// <summary>Highest acceptable inward share (0–1).</summary>
    [Range(0.0, 1.0)]
    public double InwardShareMax { get; set; } = 0.7;

    /// <summary>A programme scoring this much or more is flagged as a likely showcase.</summary>
    [Range(1, 100)]
    public int ShowcaseThreshold { get; set; } = 50;

    [Range(0, 100)]
    public int WeightOneOff { get; set; } = 30;

    [Range(0, 100)]
    public int WeightHighCostPerParticipant { get; set; } = 25;

    [Range(0, 100)]
    public int WeightNoOutcomeKpi { get; set; } = 25;

    [Range(0, 100)]
    public int WeightNoFollowUp { get; set; } = 20;

    /// <summary>Cost per participant above which a programme counts as expensive, in won.</summary>
    [Range(1, long.MaxValue)]
    public long HighCostPerParticipantKrw { get; set; } = 1_000_000;

    /// <summary>How soon after a one-off programme a follow-up output must be recorded.</summary>
    [Range(1, 60)]
    public int FollowUpMonths { get; set; } = 12;
}
