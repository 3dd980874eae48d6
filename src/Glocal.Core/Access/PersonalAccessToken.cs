using Glocal.Core.Tenancy;

namespace Glocal.Core.Access;

/// <summary>
/// A token for scripts. Only a SHA-256 hash of the secret is stored; the secret is shown once at creation.
/// A token acts with the intersection of its scopes and its owner's current permissions.
/// </summary>
public sealed class PersonalAccessToken : ITenantOwned
{
    public Guid Id { get; set; }

    public required string UserId { get; set; }

    public int MunicipalityId { get; set; }

    public required string Name { get; set; }

    /// <summary>First characters of the secret, to recognise a token in lists without revealing it.</summary>
    public required string Prefix { get; set; }

    public required string SecretHash { get; set; }

    /// <summary>Space-separated permission names.</summary>
    public required string Scopes { get; set; }

    public DateTime CreatedAt { get; set; }

    public DateTime ExpiresAt { get; set; }

    public DateTime? RevokedAt { get; set; }

    public DateTime? LastUsedAt { get; set; }

    public IReadOnlyList<string> ScopeList => Scopes.Split(' ', StringSplitOptions.RemoveEmptyEntries);

    public bool IsActive(DateTime now) => RevokedAt is null && ExpiresAt > now;

    public void Revoke(DateTime now)
    {
        RevokedAt ??= now;
    }
}
