namespace Glocal.Core.Tenancy;

/// <summary>
/// An operational record that belongs to exactly one municipality. The DbContext filters every query on
/// such entities to the current municipality and stamps new ones with it, so no endpoint has to remember.
/// </summary>
public interface ITenantOwned
{
    int MunicipalityId { get; set; }
}
