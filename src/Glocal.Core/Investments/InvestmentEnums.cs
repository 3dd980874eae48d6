using System.Text.Json.Serialization;

namespace Glocal.Core.Investments;

/// <summary>Where a project came from. Delegation and exchange activity link to the exchange module's records.</summary>
[JsonConverter(typeof(JsonStringEnumConverter<ProjectSource>))]
public enum ProjectSource
{
    AgencyReferral,
    PartnerCityDelegation,
    ExchangeActivity,
    Roadshow,
    ExistingInvestor,
    Direct,
    Embassy,
}

[JsonConverter(typeof(JsonStringEnumConverter<InvestmentType>))]
public enum InvestmentType
{
    Greenfield,
    MergerAcquisition,
    Expansion,
    Reinvestment,
    JointVenture,
}

[JsonConverter(typeof(JsonStringEnumConverter<SiteType>))]
public enum SiteType
{
    IndustrialComplex,
    ForeignInvestmentZone,
    FreeEconomicZone,
    Other,
}

/// <summary>Enterprise size as Korean statistics class it (중소기업기본법 / 중견기업법).</summary>
[JsonConverter(typeof(JsonStringEnumConverter<CompanySize>))]
public enum CompanySize
{
    Small,
    Medium,
    MidSized,
    Large,
}

/// <summary>
/// How sure a money figure is, weakest first. A tranche counts toward every total up to its grade:
/// verified money has also arrived and been notified (ADR 0031).
/// </summary>
[JsonConverter(typeof(JsonStringEnumConverter<EvidenceGrade>))]
public enum EvidenceGrade
{
    Announced = 0,
    Mou = 1,
    Notified = 2,
    Arrived = 3,
    Verified = 4,
}

[JsonConverter(typeof(JsonStringEnumConverter<IncentiveType>))]
public enum IncentiveType
{
    CashGrant,
    LandOrRentReduction,
    EmploymentSubsidy,
    TrainingSubsidy,
    Tax,
}

[JsonConverter(typeof(JsonStringEnumConverter<ComplianceStatus>))]
public enum ComplianceStatus
{
    Pending,
    Met,
    Breached,
}

[JsonConverter(typeof(JsonStringEnumConverter<ClawbackStatus>))]
public enum ClawbackStatus
{
    None,
    UnderReview,
    Demanded,
    Recovered,
    Waived,
}

/// <summary>How a jobs figure was checked. Only the non-self-reported methods count as verified.</summary>
[JsonConverter(typeof(JsonStringEnumConverter<JobsVerification>))]
public enum JobsVerification
{
    SelfReported,
    EmploymentInsurance,
    SiteInspection,
    PayrollAudit,
}

[JsonConverter(typeof(JsonStringEnumConverter<GrievanceCategory>))]
public enum GrievanceCategory
{
    Labour,
    Tax,
    Customs,
    Environment,
    Construction,
    Finance,
    Settlement,
}

[JsonConverter(typeof(JsonStringEnumConverter<GrievanceStatus>))]
public enum GrievanceStatus
{
    Open,
    Referred,
    Resolved,
    Closed,
}
