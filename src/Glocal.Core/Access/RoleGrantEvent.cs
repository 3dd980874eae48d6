namespace Glocal.Core.Access;

/// <summary>
/// One grant or revocation of a role: append-only, kept at least three years so access can be
/// reconstructed for any date (PIPA accountability for who could read personal data).
/// </summary>
public sealed class RoleGrantEvent
{
    public long Id { get; set; }

    public DateTime OccurredAt { get; set; }

    public int MunicipalityId { get; set; }

    public required string UserId { get; set; }

    public required string UserName { get; set; }

    public required string Role { get; set; }

    public bool Granted { get; set; }

    public required string ByUserName { get; set; }

    /// <summary>Role-grant records may not be purged before this many years have passed.</summary>
    public const int MinimumRetentionYears = 3;
}
