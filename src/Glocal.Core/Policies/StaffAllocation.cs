using Glocal.Core.Tenancy;

namespace Glocal.Core.Policies;

/// <summary>Full-time equivalents working on a programme in one year (0.5 = half a post).</summary>
public sealed class StaffAllocation : ITenantOwned
{
    public Guid Id { get; set; }

    public int MunicipalityId { get; set; }

    public Guid ProgrammeId { get; set; }

    public int Year { get; set; }

    public double Fte { get; set; }
}
