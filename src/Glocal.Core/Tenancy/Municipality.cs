namespace Glocal.Core.Tenancy;

/// <summary>
/// A Korean province or local government from the MOIS code list. Codes change over time (a gun moves
/// province, a province is renamed), so a code is valid over a date range and the surrogate key is stable.
/// </summary>
public sealed class Municipality
{
    public int Id { get; set; }

    /// <summary>5-digit 시군구 code used by Korean statistics (e.g. 41270 for Ansan).</summary>
    public required string Code { get; set; }

    public required string NameKo { get; set; }

    public required string NameEn { get; set; }

    /// <summary>Full Korean name including the province, e.g. "경기도 안산시".</summary>
    public required string FullNameKo { get; set; }

    /// <summary>2-digit code of the province the municipality belonged to while the code was valid.</summary>
    public required string ProvinceCode { get; set; }

    public MunicipalityKind Kind { get; set; }

    public DateOnly ValidFrom { get; set; }

    public DateOnly? ValidTo { get; set; }

    /// <summary>Whether staff accounts may be created here (self-governing bodies only).</summary>
    public bool IsSelfGoverning => Kind is MunicipalityKind.LocalGovernment or MunicipalityKind.SingleTier
        or MunicipalityKind.Province;
}
