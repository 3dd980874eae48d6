using Glocal.Core.Data;
using Glocal.Core.Shared;
using Glocal.Core.Tenancy;
using Microsoft.EntityFrameworkCore;

namespace Glocal.Core.Audit;

public sealed record AuditSearch(string? EntityType = null, string? EntityId = null, string? UserName = null, DateOnly? From = null, DateOnly? To = null);

public sealed record AuditEventRow(long Id, DateTime OccurredAt, string UserName, string EntityType, string EntityId, string Action, string ChangedFields);

public sealed record AccessLogRow(long Id, DateTime OccurredAt, string UserName, string SubjectType, string SubjectId, string Purpose);

public sealed record RoleGrantRow(long Id, DateTime OccurredAt, string UserName, string Role, bool Granted, string ByUserName);

/// <summary>
/// Searches of the audit trail, the personal-data access log and role grants. These logs are not
/// <see cref="ITenantOwned"/> (system events have no municipality), so the scope is applied here.
/// </summary>
public sealed class AuditQueries(GlocalDbContext db, TenantContext tenant)
{
    public async Task<Page<AuditEventRow>> SearchEventsAsync(AuditSearch search, PageRequest page, CancellationToken ct)
    {
        var query = db.AuditEvents.AsNoTracking().Where(e => e.MunicipalityId == tenant.MunicipalityId);
        if (!string.IsNullOrWhiteSpace(search.EntityType))
        {
            query = query.Where(e => e.EntityType == search.EntityType);
        }

        if (!string.IsNullOrWhiteSpace(search.EntityId))
        {
            query = query.Where(e => e.EntityId == search.EntityId);
        }

        if (!string.IsNullOrWhiteSpace(search.UserName))
        {
            query = query.Where(e => e.UserName == search.UserName);
        }

        var (from, to) = Range(search);
        query = query.Where(e => e.OccurredAt >= from && e.OccurredAt < to);
        var total = await query.CountAsync(ct);
        var items = await query.OrderByDescending(e => e.Id).Skip(page.Skip).Take(page.PageSize)
            .Select(e => new AuditEventRow(e.Id, e.OccurredAt, e.UserName, e.EntityType, e.EntityId, e.Action.ToString(), e.ChangedFields))
            .ToListAsync(ct);
        return new Page<AuditEventRow>(items, page.Page, page.PageSize, total);
    }

    public async Task<AuditEventRow> GetEventAsync(long id, CancellationToken ct) =>
        await db.AuditEvents.AsNoTracking().Where(e => e.Id == id && e.MunicipalityId == tenant.MunicipalityId)
            .Select(e => new AuditEventRow(e.Id, e.OccurredAt, e.UserName, e.EntityType, e.EntityId, e.Action.ToString(), e.ChangedFields))
            .SingleOrDefaultAsync(ct) ?? throw new NotFoundException("AuditEvent", id);

    public async Task<Page<AccessLogRow>> SearchAccessLogAsync(AuditSearch search, PageRequest page, CancellationToken ct)
    {
        var query = db.PersonalDataAccesses.AsNoTracking().Where(e => e.MunicipalityId == tenant.MunicipalityId);
        if (!string.IsNullOrWhiteSpace(search.EntityType))
        {
            query = query.Where(e => e.SubjectType == search.EntityType);
        }

        if (!string.IsNullOrWhiteSpace(search.EntityId))
        {
            query = query.Where(e => e.SubjectId == search.EntityId);
        }

        if (!string.IsNullOrWhiteSpace(search.UserName))
        {
            query = query.Where(e => e.UserName == search.UserName);
        }

        var (from, to) = Range(search);
        query = query.Where(e => e.OccurredAt >= from && e.OccurredAt < to);
        var total = await query.CountAsync(ct);
        var items = await query.OrderByDescending(e => e.Id).Skip(page.Skip).Take(page.PageSize)
            .Select(e => new AccessLogRow(e.Id, e.OccurredAt, e.UserName, e.SubjectType, e.SubjectId, e.Purpose))
            .ToListAsync(ct);
        return new Page<AccessLogRow>(items, page.Page, page.PageSize, total);
    }

    public async Task<Page<RoleGrantRow>> RoleGrantsAsync(PageRequest page, CancellationToken ct)
    {
        var query = db.RoleGrantEvents.AsNoTracking().Where(e => e.MunicipalityId == tenant.MunicipalityId);
        var total = await query.CountAsync(ct);
        var items = await query.OrderByDescending(e => e.Id).Skip(page.Skip).Take(page.PageSize)
            .Select(e => new RoleGrantRow(e.Id, e.OccurredAt, e.UserName, e.Role, e.Granted, e.ByUserName))
            .ToListAsync(ct);
        return new Page<RoleGrantRow>(items, page.Page, page.PageSize, total);
    }

    private static (DateTime From, DateTime To) Range(AuditSearch search) => (
        (search.From ?? DateOnly.MinValue).ToDateTime(TimeOnly.MinValue, DateTimeKind.Utc),
        search.To is { } to ? to.AddDays(1).ToDateTime(TimeOnly.MinValue, DateTimeKind.Utc) : DateTime.MaxValue.ToUniversalTime());
}
