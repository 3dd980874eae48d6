using Glocal.Core.Tenancy;

namespace Glocal.Core.Exchanges;

/// <summary>
/// A foreign local government the municipality has a relationship with, normally picked from the
/// gazetteer so that names, country and coordinates are right. Its status is never stored: it is
/// computed from <see cref="Activities"/> by <see cref="RelationshipRules"/>.
/// </summary>
public sealed class PartnerCity : ITenantOwned
{
    public Guid Id { get; set; }

    public int MunicipalityId { get; set; }

    public required string NameKo { get; set; }

    public required string NameEn { get; set; }

    /// <summary>The name in the partner's own script (鞍山市, 横浜市).</summary>
    public string? NameLocal { get; set; }

    /// <summary>ISO 3166-1 alpha-2.</summary>
    public required string CountryCode { get; set; }

    /// <summary>First-level division (province, state, prefecture) in English.</summary>
    public string? Region { get; set; }

    public PartnerLevel Level { get; set; }

    public long? Population { get; set; }

    public double? Latitude { get; set; }

    public double? Longitude { get; set; }

    /// <summary>GeoNames id when picked from the gazetteer.</summary>
    public int? GeoNameId { get; set; }

    public string? Notes { get; set; }

    public DateTime CreatedAt { get; set; }

    public List<Agreement> Agreements { get; set; } = [];

    public List<ExchangeActivity> Activities { get; set; } = [];
}
