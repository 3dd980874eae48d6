using Glocal.Core.Tenancy;

namespace Glocal.Core.Policies;

/// <summary>
/// A programme under a policy: what the municipality funds and staffs. Budget lines, staff years, partners
/// and KPIs hang off it; the showcase score and the inward/outward balance are computed from them.
/// </summary>
public sealed class Programme : ITenantOwned
{
    public Guid Id { get; set; }

    public int MunicipalityId { get; set; }

    public Guid PolicyId { get; set; }

    public Policy? Policy { get; set; }

    public required string Name { get; set; }

    public string? Description { get; set; }

    public Pillars Pillars { get; set; }

    public Orientation Orientation { get; set; }

    public ProgrammeMode Mode { get; set; }

    public required string LeadDepartment { get; set; }

    public DateOnly StartDate { get; set; }

    /// <summary>Last day of the programme; for a one-off event, the day of the event.</summary>
    public DateOnly? EndDate { get; set; }

    /// <summary>People the programme reached (or plans to reach); used for the cost per participant.</summary>
    public int? Participants { get; set; }

    public DateTime CreatedAt { get; set; }

    public List<BudgetLine> BudgetLines { get; } = [];

    public List<StaffAllocation> Staff { get; } = [];

    public List<ProgrammePartner> Partners { get; } = [];

    public List<Kpi> Kpis { get; } = [];
}
