using System.Security.Cryptography;
using System.Text;
using Glocal.Core.Data;
using Glocal.Core.Shared;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;

namespace Glocal.Core.Access;

/// <summary>Issues, checks and revokes personal access tokens. Secrets are never stored, only their SHA-256.</summary>
public sealed class AccessTokenService(GlocalDbContext db, UserManager<GlocalUser> users, TimeProvider clock)
{
    public const int DefaultLifetimeDays = 90;
    public const int MaxLifetimeDays = 365;
    public const string SecretPrefix = "glc_";

    public async Task<CreatedToken> CreateAsync(GlocalUser owner, CreateTokenRequest request, CancellationToken ct)
    {
        var held = RoleTemplates.EffectivePermissions(await users.GetRolesAsync(owner)).Select(p => p.Name).ToHashSet(StringComparer.Ordinal);
        var scopes = request.Scopes.Select(s => s.Trim()).Where(s => s.Length > 0).Distinct(StringComparer.Ordinal).ToList();
        var unknown = scopes.Where(s => !Permissions.AllNames.Contains(s)).ToList();
        if (unknown.Count > 0)
        {
            throw new BusinessRuleException("token_scope_unknown", $"Unknown scope(s): {string.Join(", ", unknown)}.", 400);
        }

        var notHeld = scopes.Where(s => !held.Contains(s)).ToList();
        if (notHeld.Count > 0)
        {
            throw new BusinessRuleException("token_scope_not_held", $"A token cannot carry permissions its owner lacks: {string.Join(", ", notHeld)}.", 403);
        }

        if (scopes.Count == 0)
        {
            throw new BusinessRuleException("token_scope_required", "A token needs at least one scope.", 400);
        }

        var secret = SecretPrefix + Convert.ToBase64String(RandomNumberGenerator.GetBytes(32)).Replace('+', '-').Replace('/', '_').TrimEnd('=');
        var now = clock.GetUtcNow().UtcDateTime;
        var token = new PersonalAccessToken
        {
            Id = Guid.CreateVersion7(),
            UserId = owner.Id,
            MunicipalityId = owner.MunicipalityId,
            Name = request.Name.Trim(),
            Prefix = secret[..10],
            SecretHash = Hash(secret),
            Scopes = string.Join(' ', scopes),
            CreatedAt = now,
            ExpiresAt = now.AddDays(request.ExpiresInDays),
        };
        db.PersonalAccessTokens.Add(token);
        await db.SaveChangesAsync(ct);
        return new CreatedToken(token.Id, token.Name, secret, scopes, token.ExpiresAt);
    }

    /// <summary>The active token with this secret, across municipalities (the caller is not yet known).</summary>
    public async Task<PersonalAccessToken?> FindActiveAsync(string secret, CancellationToken ct)
    {
        if (!secret.StartsWith(SecretPrefix, StringComparison.Ordinal))
        {
            return null;
        }

        var hash = Hash(secret);
        var now = clock.GetUtcNow().UtcDateTime;
        var token = await db.PersonalAccessTokens.IgnoreQueryFilters().SingleOrDefaultAsync(t => t.SecretHash == hash, ct);
        if (token is null || !token.IsActive(now))
        {
            return null;
        }

        // Recording every use would turn each API read into a write; once a minute is enough to spot stale tokens.
        if (token.LastUsedAt is null || now - token.LastUsedAt > TimeSpan.FromMinutes(1))
        {
            await db.PersonalAccessTokens.IgnoreQueryFilters().Where(t => t.Id == token.Id)
                .ExecuteUpdateAsync(s => s.SetProperty(t => t.LastUsedAt, now), ct);
        }

        return token;
    }

    public Task<List<TokenSummary>> ListAsync(string userId, CancellationToken ct) =>
        db.PersonalAccessTokens.AsNoTracking()
            .Where(t => t.UserId == userId)
            .OrderByDescending(t => t.CreatedAt)
            .Select(t => new TokenSummary(t.Id, t.Name, t.Prefix, t.Scopes.Split(' ', StringSplitOptions.None), t.CreatedAt, t.ExpiresAt, t.RevokedAt, t.LastUsedAt))
            .ToListAsync(ct);

    public async Task<TokenSummary> GetAsync(string userId, Guid id, CancellationToken ct) =>
        (await ListAsync(userId, ct)).SingleOrDefault(t => t.Id == id) ?? throw new NotFoundException("Token", id);

    public async Task RevokeAsync(string userId, Guid id, CancellationToken ct)
    {
        var token = await db.PersonalAccessTokens.SingleOrDefaultAsync(t => t.Id == id && t.UserId == userId, ct)
            ?? throw new NotFoundException("Token", id);
        token.Revoke(clock.GetUtcNow().UtcDateTime);
        await db.SaveChangesAsync(ct);
    }

    /// <summary>Revocation by an administrator or the CLI, by id alone.</summary>
    public async Task RevokeAnyAsync(Guid id, CancellationToken ct)
    {
        var token = await db.PersonalAccessTokens.IgnoreQueryFilters().SingleOrDefaultAsync(t => t.Id == id, ct)
            ?? throw new NotFoundException("Token", id);
        token.Revoke(clock.GetUtcNow().UtcDateTime);
        await db.SaveChangesAsync(ct);
    }

    public static string Hash(string secret) => Convert.ToHexString(SHA256.HashData(Encoding.UTF8.GetBytes(secret)));
}
