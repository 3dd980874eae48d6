using System.ComponentModel.DataAnnotations;

namespace Glocal.Core.Access;

public sealed record CreateTokenRequest(
    [property: Required, StringLength(100, MinimumLength = 1)] string Name,
    [property: Required, MinLength(1)] IReadOnlyList<string> Scopes,
    [property: Range(1, AccessTokenService.MaxLifetimeDays)] int ExpiresInDays = AccessTokenService.DefaultLifetimeDays);

/// <summary>The only time the secret is visible: keep it, it cannot be shown again.</summary>
public sealed record CreatedToken(Guid Id, string Name, string Secret, IReadOnlyList<string> Scopes, DateTime ExpiresAt);

public sealed record TokenSummary(Guid Id, string Name, string Prefix, IReadOnlyList<string> Scopes, DateTime CreatedAt, DateTime ExpiresAt, DateTime? RevokedAt, DateTime? LastUsedAt);
