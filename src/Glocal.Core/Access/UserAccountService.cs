using Glocal.Core.Data;
using Glocal.Core.Shared;
using Glocal.Core.Tenancy;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;

namespace Glocal.Core.Access;

/// <summary>
/// Creates accounts and grants or revokes roles, recording every grant and revocation. Used by the
/// admin pages, the API and the CLI, so the rules hold whichever surface is used.
/// </summary>
public sealed class UserAccountService(GlocalDbContext db, UserManager<GlocalUser> users, TenantContext actor, TimeProvider clock)
{
    public async Task<GlocalUser> CreateAsync(CreateUserRequest request, CancellationToken ct)
    {
        var municipality = await FindMunicipalityAsync(request.MunicipalityCode, ct);
        EnsureMayManage(municipality.Id);
        foreach (var role in request.Roles)
        {
            EnsureRoleAssignable(role);
        }

        var user = new GlocalUser
        {
            UserName = request.UserName,
            DisplayName = request.DisplayName,
            Email = request.Email,
            MunicipalityId = municipality.Id,
            CreatedAt = clock.GetUtcNow().UtcDateTime,
            LockoutEnabled = true,
        };

        await using var transaction = await db.Database.BeginTransactionAsync(ct);
        Check(await users.CreateAsync(user, request.Password));
        foreach (var role in request.Roles.Distinct(StringComparer.Ordinal))
        {
            await AddRoleAsync(user, role, ct);
        }

        await transaction.CommitAsync(ct);
        return user;
    }

    public async Task ResetPasswordAsync(string userName, string newPassword, CancellationToken ct)
    {
        var user = await FindUserAsync(userName, ct);
        EnsureMayManage(user.MunicipalityId);
        foreach (var validator in users.PasswordValidators)
        {
            Check(await validator.ValidateAsync(users, user, newPassword));
        }

        await using var transaction = await db.Database.BeginTransactionAsync(ct);
        Check(await users.RemovePasswordAsync(user));
        Check(await users.AddPasswordAsync(user, newPassword));
        await transaction.CommitAsync(ct);
        await users.SetLockoutEndDateAsync(user, null);
        await users.ResetAccessFailedCountAsync(user);
    }

    public async Task GrantAsync(string userName, string role, CancellationToken ct)
    {
        var user = await FindUserAsync(userName, ct);
        EnsureMayManage(user.MunicipalityId);
        EnsureRoleAssignable(role);
        if (await users.IsInRoleAsync(user, role))
        {
            throw new BusinessRuleException("role_already_granted", $"{user.UserName} already has the role {role}.", 409);
        }

        await using var transaction = await db.Database.BeginTransactionAsync(ct);
        await AddRoleAsync(user, role, ct);
        await transaction.CommitAsync(ct);
    }

    public async Task RevokeAsync(string userName, string role, CancellationToken ct)
    {
        var user = await FindUserAsync(userName, ct);
        EnsureMayManage(user.MunicipalityId);
        EnsureRoleAssignable(role);
        if (!await users.IsInRoleAsync(user, role))
        {
            throw new BusinessRuleException("role_not_granted", $"{user.UserName} does not have the role {role}.", 409);
        }

        await using var transaction = await db.Database.BeginTransactionAsync(ct);
        Check(await users.RemoveFromRoleAsync(user, role));
        await RecordAsync(user, role, granted: false, ct);
        await users.UpdateSecurityStampAsync(user);
        await transaction.CommitAsync(ct);
    }

    /// <summary>The accounts of the actor's municipality (all municipalities for system actors).</summary>
    public async Task<List<UserSummary>> ListAsync(CancellationToken ct)
    {
        var query = db.Users.AsNoTracking();
        if (!actor.IsSystem)
        {
            query = query.Where(u => u.MunicipalityId == actor.MunicipalityId);
        }

        var now = clock.GetUtcNow();
        var rows = await (from u in query
                          join m in db.Municipalities on u.MunicipalityId equals m.Id
                          orderby u.UserName
                          select new { u.Id, u.UserName, u.DisplayName, m.Code, u.TwoFactorEnabled, u.LockoutEnd }).ToListAsync(ct);
        var roles = await (from ur in db.UserRoles
                           join r in db.Roles on ur.RoleId equals r.Id
                           select new { ur.UserId, r.Name }).ToListAsync(ct);
        var rolesByUser = roles.ToLookup(r => r.UserId, r => r.Name!);
        return rows.Select(u => new UserSummary(u.Id, u.UserName!, u.DisplayName, u.Code, [.. rolesByUser[u.Id].Order(StringComparer.Ordinal)],
            u.TwoFactorEnabled, u.LockoutEnd > now)).ToList();
    }

    public async Task<UserSummary> GetAsync(string id, CancellationToken ct) =>
        (await ListAsync(ct)).SingleOrDefault(u => u.Id == id) ?? throw new NotFoundException("User", id);

    private async Task AddRoleAsync(GlocalUser user, string role, CancellationToken ct)
    {
        Check(await users.AddToRoleAsync(user, role));
        await RecordAsync(user, role, granted: true, ct);
        await users.UpdateSecurityStampAsync(user);
    }

    private async Task RecordAsync(GlocalUser user, string role, bool granted, CancellationToken ct)
    {
        db.RoleGrantEvents.Add(new RoleGrantEvent
        {
            OccurredAt = clock.GetUtcNow().UtcDateTime,
            MunicipalityId = user.MunicipalityId,
            UserId = user.Id,
            UserName = user.UserName!,
            Role = role,
            Granted = granted,
            ByUserName = actor.UserName ?? "system",
        });
        await db.SaveChangesAsync(ct);
    }

    private async Task<GlocalUser> FindUserAsync(string userName, CancellationToken ct)
    {
        var user = await users.FindByNameAsync(userName);
        if (user is null || (!actor.IsSystem && user.MunicipalityId != actor.MunicipalityId))
        {
            throw new NotFoundException("User", userName);
        }

        return user;
    }

    private async Task<Municipality> FindMunicipalityAsync(string code, CancellationToken ct) =>
        await db.Municipalities.AsNoTracking().Where(m => m.Code == code && m.ValidTo == null).SingleOrDefaultAsync(ct)
            ?? throw new BusinessRuleException("municipality_unknown", $"No current municipality has the code {code}.", 400);

    private void EnsureMayManage(int municipalityId)
    {
        if (!actor.IsSystem && actor.MunicipalityId != municipalityId)
        {
            throw new BusinessRuleException("municipality_forbidden", "Accounts can only be managed within your own municipality.", 403);
        }
    }

    private void EnsureRoleAssignable(string role)
    {
        if (!RoleTemplates.Exists(role))
        {
            throw new BusinessRuleException("role_unknown", $"'{role}' is not a role. Roles: {string.Join(", ", RoleTemplates.All)}.", 400);
        }

        // Only the platform itself (CLI, seeding) creates platform administrators.
        if (role == RoleTemplates.PlatformAdmin && !actor.IsSystem)
        {
            throw new BusinessRuleException("role_reserved", "The platform administrator role can only be granted from the command line.", 403);
        }
    }

    private static void Check(IdentityResult result)
    {
        if (!result.Succeeded)
        {
            var first = result.Errors.First();
            throw new BusinessRuleException("account_" + ToSnake(first.Code), string.Join(" ", result.Errors.Select(e => e.Description)), 400);
        }
    }

    private static string ToSnake(string code) =>
        string.Concat(code.Select((c, i) => char.IsUpper(c) && i > 0 ? "_" + char.ToLowerInvariant(c) : char.ToLowerInvariant(c).ToString()));
}
