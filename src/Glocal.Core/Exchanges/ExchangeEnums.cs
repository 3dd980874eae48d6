using System.Text.Json.Serialization;

namespace Glocal.Core.Exchanges;

/// <summary>Administrative level of a partner: a province talks to a province, a city to a city.</summary>
[JsonConverter(typeof(JsonStringEnumConverter<PartnerLevel>))]
public enum PartnerLevel
{
    Province,
    City,
    District,
}

/// <summary>The kinds of agreement in the national registry (교류형태).</summary>
[JsonConverter(typeof(JsonStringEnumConverter<AgreementType>))]
public enum AgreementType
{
    /// <summary>자매결연: needs the council's approval (지방자치법) before signing.</summary>
    SisterCity,

    /// <summary>우호교류.</summary>
    Friendship,

    /// <summary>분야별 업무협약 (MOU).</summary>
    FieldMou,

    /// <summary>교류의향서 (LOI).</summary>
    LetterOfIntent,
}

[JsonConverter(typeof(JsonStringEnumConverter<AgreementStatus>))]
public enum AgreementStatus
{
    Active,
    Suspended,
    Terminated,
}

/// <summary>Fields of exchange (교류분야); an agreement covers several, a programme one.</summary>
[JsonConverter(typeof(JsonStringEnumConverter<ExchangeFields>))]
[Flags]
public enum ExchangeFields
{
    None = 0,
    Administration = 1,
    People = 2,
    CultureArts = 4,
    Sports = 8,
    EconomyTrade = 16,
    Tourism = 32,
    Education = 64,
    Youth = 128,
    Health = 256,
    Environment = 512,
    ScienceTechnology = 1024,
    Other = 2048,
}

[JsonConverter(typeof(JsonStringEnumConverter<ExchangeDirection>))]
public enum ExchangeDirection
{
    Inbound,
    Outbound,
    Bilateral,
}

[JsonConverter(typeof(JsonStringEnumConverter<ProgrammeFormat>))]
public enum ProgrammeFormat
{
    OfficialVisit,
    Hosting,
    JointProject,
    StaffSecondment,
    StudentYouthExchange,
    TradeInvestmentMission,
    Online,
    CulturalEvent,
}

[JsonConverter(typeof(JsonStringEnumConverter<ProgrammeRecurrence>))]
public enum ProgrammeRecurrence
{
    OneOff,
    Annual,
    MultiYear,
}

[JsonConverter(typeof(JsonStringEnumConverter<FundingSource>))]
public enum FundingSource
{
    National,
    Provincial,
    City,
}

/// <summary>Who led a delegation.</summary>
[JsonConverter(typeof(JsonStringEnumConverter<DelegationHead>))]
public enum DelegationHead
{
    Mayor,
    DeputyMayor,
    Council,
    Officials,
    Citizens,
}

[JsonConverter(typeof(JsonStringEnumConverter<ActivityKind>))]
public enum ActivityKind
{
    Visit,
    Hosting,
    Meeting,
    JointProject,
    Exchange,
    Event,
    Online,
    Greeting,
    Other,
}

/// <summary>Computed from the activity log, never typed: see <see cref="RelationshipRules"/>.</summary>
[JsonConverter(typeof(JsonStringEnumConverter<RelationshipStatus>))]
public enum RelationshipStatus
{
    Active,
    Dormant,
    NeverActive,
}
