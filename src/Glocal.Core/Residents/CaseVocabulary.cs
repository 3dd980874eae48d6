using System.Text.Json.Serialization;

namespace Glocal.Core.Residents;

[JsonConverter(typeof(JsonStringEnumConverter<CaseChannel>))]
public enum CaseChannel
{
    WalkIn,
    Phone,
    Online,
    Outreach,
}

/// <summary>What the consultation is about, following the categories Ansan's centre reports.</summary>
[JsonConverter(typeof(JsonStringEnumConverter<CaseCategory>))]
public enum CaseCategory
{
    WageArrears,
    Severance,
    IndustrialAccident,
    StayVisa,
    Legal,
    WorkplaceConflict,
    Medical,
    Housing,
    FamilyViolence,
    Education,
    DailyLife,
}

/// <summary>new → assessment → in progress → referred → closed; a closed case can be reopened.</summary>
[JsonConverter(typeof(JsonStringEnumConverter<CaseStatus>))]
public enum CaseStatus
{
    New,
    Assessment,
    InProgress,
    Referred,
    Closed,
}

[JsonConverter(typeof(JsonStringEnumConverter<Agency>))]
public enum Agency
{
    ImmigrationOffice,
    LabourOffice,
    WorkersCompensation,
    Police,
    FamilyCentre,
    Embassy,
    Shelter,
    LegalAid,
}

[JsonConverter(typeof(JsonStringEnumConverter<ReferralStatus>))]
public enum ReferralStatus
{
    Sent,
    Accepted,
    Completed,
    Declined,
}

[JsonConverter(typeof(JsonStringEnumConverter<OutcomeKind>))]
public enum OutcomeKind
{
    WagesRecovered,
    SeveranceRecovered,
    CompensationApproved,
    StayExtended,
    StatusChanged,
    ProtectionProvided,
    InformationGiven,
    Unresolved,
}

[JsonConverter(typeof(JsonStringEnumConverter<ConsentPurpose>))]
public enum ConsentPurpose
{
    /// <summary>Holding the person's data to counsel them at all.</summary>
    Counselling,

    /// <summary>Passing the case to another agency; the scope lists which agencies ("*" for any).</summary>
    Referral,

    /// <summary>Sharing the case with an interpreter.</summary>
    Interpretation,
}

public static class CaseStatusRules
{
    /// <summary>The forward moves the workflow allows; reopening a closed case is its own action.</summary>
    public static bool CanMoveTo(this CaseStatus from, CaseStatus to) => (from, to) switch
    {
        (CaseStatus.New, CaseStatus.Assessment or CaseStatus.InProgress or CaseStatus.Closed) => true,
        (CaseStatus.Assessment, CaseStatus.InProgress or CaseStatus.Referred or CaseStatus.Closed) => true,
        (CaseStatus.InProgress, CaseStatus.Referred or CaseStatus.Closed) => true,
        (CaseStatus.Referred, CaseStatus.InProgress or CaseStatus.Closed) => true,
        _ => false,
    };
}
