using System.Text.Json.Serialization;
using Glocal.Core.Tenancy;

namespace Glocal.Core.Residents;

[JsonConverter(typeof(JsonStringEnumConverter<ServiceKind>))]
public enum ServiceKind
{
    CounsellingCentre,
    LabourRights,
    Health,
    Legal,
    KoreanClasses,
    Shelter,
    Interpretation,
}

/// <summary>
/// A place residents can go for help, as listed in the public portal's service directory: what it is,
/// where, when it is open and which languages are spoken there. Other modules (policies) link to these.
/// </summary>
public sealed class ResidentService : ITenantOwned
{
    public Guid Id { get; set; }

    public int MunicipalityId { get; set; }

    public ServiceKind Kind { get; set; }

    /// <summary>The proper name, as written on the door (usually Korean).</summary>
    public required string Name { get; set; }

    public required string Address { get; set; }

    /// <summary>Opening hours in the compact international form, e.g. "Mon–Fri 09:00–18:00; Sun 10:00–17:00".</summary>
    public required string Hours { get; set; }

    public string? Phone { get; set; }

    /// <summary>BCP 47 tags of the languages spoken there, space-separated.</summary>
    public required string Languages { get; set; }

    public bool Published { get; set; } = true;
}
