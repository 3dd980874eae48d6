using Glocal.Core.Tenancy;

namespace Glocal.Core.Policies;

/// <summary>
/// Ties a programme to a record of another module that carries it out: an exchange programme, a delegation,
/// an investment project, a resident service of the portal's directory or a KIIP Korean course. Exactly one
/// target is set; the target must belong to the same municipality. Nullable foreign keys, so deleting the
/// target only drops the link.
/// </summary>
public sealed class ProgrammeLink : ITenantOwned
{
    public Guid Id { get; set; }

    public int MunicipalityId { get; set; }

    public Guid ProgrammeId { get; set; }

    public Guid? ExchangeProgrammeId { get; set; }

    public Guid? DelegationId { get; set; }

    public Guid? InvestmentProjectId { get; set; }

    public Guid? ResidentServiceId { get; set; }

    public Guid? KoreanCourseId { get; set; }
}
