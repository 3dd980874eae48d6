using Glocal.Core.Tenancy;

namespace Glocal.Core.Residents;

/// <summary>
/// A foreign resident who asked the municipality for help, with the minimum personal data. Name and
/// identity numbers are sealed by <see cref="IPersonalDataCipher"/>; the lookup columns hold keyed hashes.
/// </summary>
public sealed class Client : ITenantOwned
{
    public Guid Id { get; set; }

    public int MunicipalityId { get; set; }

    public required string NameSealed { get; set; }

    public required string NameLookup { get; set; }

    public string? RegistrationNumberSealed { get; set; }

    public string? RegistrationNumberLookup { get; set; }

    public string? PassportNumberSealed { get; set; }

    /// <summary>ISO 3166-1 alpha-2.</summary>
    public required string Nationality { get; set; }

    /// <summary>체류자격 code such as E-9, H-2, F-6.</summary>
    public string? StayStatus { get; set; }

    /// <summary>BCP 47 tags, space-separated, first = preferred.</summary>
    public required string Languages { get; set; }

    public string? District { get; set; }

    public DateTime CreatedAt { get; set; }
}
