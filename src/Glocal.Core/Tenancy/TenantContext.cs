namespace Glocal.Core.Tenancy;

/// <summary>
/// Who is acting and for which municipality, for the lifetime of one request or CLI command.
/// The web host fills it from the signed-in principal; the CLI and the demo seeder act as the system.
/// </summary>
public sealed class TenantContext
{
    public int? MunicipalityId { get; private set; }

    public string? UserId { get; private set; }

    public string? UserName { get; private set; }

    /// <summary>System actors (CLI, seeder, scheduled jobs) may write for any municipality.</summary>
    public bool IsSystem { get; private set; }

    public void SignIn(int municipalityId, string userId, string userName)
    {
        MunicipalityId = municipalityId;
        UserId = userId;
        UserName = userName;
        IsSystem = false;
    }

    public void ActAsSystem(string actorName, int? municipalityId = null)
    {
        MunicipalityId = municipalityId;
        UserId = null;
        UserName = actorName;
        IsSystem = true;
    }
}
