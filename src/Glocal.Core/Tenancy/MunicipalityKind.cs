namespace Glocal.Core.Tenancy;

/// <summary>The tiers of Korean local government as the MOIS legal-dong code list names them.</summary>
public enum MunicipalityKind
{
    /// <summary>광역자치단체: special/metropolitan city, province, special self-governing province.</summary>
    Province,

    /// <summary>기초자치단체: si, gun, autonomous gu.</summary>
    LocalGovernment,

    /// <summary>일반구: a district inside a city, with no council of its own.</summary>
    DistrictOfCity,

    /// <summary>행정시 of Jeju: administrative cities without autonomy.</summary>
    AdminCity,

    /// <summary>Sejong: a single-tier metropolitan autonomous city.</summary>
    SingleTier,
}
