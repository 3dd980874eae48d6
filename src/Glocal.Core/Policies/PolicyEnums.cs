using System.Text.Json.Serialization;

namespace Glocal.Core.Policies;

/// <summary>The platform's pillars a programme serves; a programme may serve several.</summary>
[Flags]
[JsonConverter(typeof(JsonStringEnumConverter<Pillars>))]
public enum Pillars
{
    None = 0,
    Residents = 1,
    Exchanges = 2,
    Investments = 4,
}

/// <summary>Inward internationalization serves foreigners in the city; outward takes the city abroad.</summary>
[JsonConverter(typeof(JsonStringEnumConverter<Orientation>))]
public enum Orientation
{
    Inward,
    Outward,

    /// <summary>Serves both; the balance counts it half to each side.</summary>
    Both,
}

[JsonConverter(typeof(JsonStringEnumConverter<ProgrammeMode>))]
public enum ProgrammeMode
{
    Recurring,
    MultiYear,
    OneOff,
}

/// <summary>Who pays: 국비 (national), 도비 (provincial), 시비 (city).</summary>
[JsonConverter(typeof(JsonStringEnumConverter<FundingSource>))]
public enum FundingSource
{
    National,
    Provincial,
    City,
}

[JsonConverter(typeof(JsonStringEnumConverter<PartnerKind>))]
public enum PartnerKind
{
    Ngo,
    PublicAgency,
    University,
    Company,
    ForeignCity,
    Other,
}

/// <summary>An output counts what the programme did; an outcome measures what changed because of it.</summary>
[JsonConverter(typeof(JsonStringEnumConverter<KpiKind>))]
public enum KpiKind
{
    Output,
    Outcome,
}

[JsonConverter(typeof(JsonStringEnumConverter<KpiFrequency>))]
public enum KpiFrequency
{
    Monthly,
    Quarterly,
    Annual,
    Once,
}

/// <summary>
/// How far a KPI value can be trusted, strongest first: A audited or official statistics; B administrative
/// records (and values Glocal computes from its own records); C survey or sample; D estimate or self-report.
/// </summary>
[JsonConverter(typeof(JsonStringEnumConverter<EvidenceGrade>))]
public enum EvidenceGrade
{
    A,
    B,
    C,
    D,
}

/// <summary>Where a municipality's inward share of effort sits against the configured target band.</summary>
[JsonConverter(typeof(JsonStringEnumConverter<BalanceStatus>))]
public enum BalanceStatus
{
    NoData,
    Balanced,
    InwardHeavy,
    OutwardHeavy,
}

/// <summary>The kinds of record of other modules a programme can be linked to.</summary>
[JsonConverter(typeof(JsonStringEnumConverter<LinkKind>))]
public enum LinkKind
{
    ExchangeProgramme,
    Delegation,
    InvestmentProject,
    ResidentService,
    KoreanCourse,
}
