using Glocal.Core.Tenancy;

namespace Glocal.Core.Policies;

/// <summary>An organisation delivering a programme with the city: an NGO, a university, a foreign city…</summary>
public sealed class ProgrammePartner : ITenantOwned
{
    public Guid Id { get; set; }

    public int MunicipalityId { get; set; }

    public Guid ProgrammeId { get; set; }

    public required string Name { get; set; }

    public PartnerKind Kind { get; set; }

    public string? Role { get; set; }
}
