using Glocal.Core.Access;
using Glocal.Core.Data;
using Glocal.Core.Shared;
using Glocal.Core.Tenancy;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.ChangeTracking;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace Glocal.Core.Audit;

/// <summary>
/// Stamps tenant ownership on new records, refuses writes across municipalities and to append-only logs,
/// and adds one <see cref="AuditEvent"/> per changed entity to the same SaveChanges, so the audit trail
/// commits or rolls back with the change it describes. After a save it moves the <see cref="DataGeneration"/> of
/// each municipality whose data changed, so remembered dashboard figures are recomputed.
/// </summary>
public sealed class AuditInterceptor(TenantContext tenant, TimeProvider clock, DataGeneration generation) : SaveChangesInterceptor
{
    private readonly HashSet<int> changedMunicipalities = [];
    private bool changedShared;

    /// <summary>
    /// The append-only logs: never changed or deleted, never audited themselves, and feeding no figure, so writing
    /// one (every read of personal data does) leaves remembered figures in place.
    /// </summary>
    public static bool IsAppendOnlyLog(Type entityType) =>
        entityType == typeof(AuditEvent) || entityType == typeof(PersonalDataAccess) || entityType == typeof(RoleGrantEvent);

    /// <summary>Identity bookkeeping that changes on every sign-in; auditing it would drown real changes.</summary>
    private static readonly HashSet<string> NoisyUserFields =
        ["AccessFailedCount", "LockoutEnd", "ConcurrencyStamp", "SecurityStamp"];

    public override InterceptionResult<int> SavingChanges(DbContextEventData eventData, InterceptionResult<int> result)
    {
        Stamp(eventData.Context);
        return result;
    }

    public override ValueTask<InterceptionResult<int>> SavingChangesAsync(
        DbContextEventData eventData, InterceptionResult<int> result, CancellationToken cancellationToken = default)
    {
        Stamp(eventData.Context);
        return ValueTask.FromResult(result);
    }

    public override int SavedChanges(SaveChangesCompletedEventData eventData, int result)
    {
        AdvanceGenerations();
        return result;
    }

    public override ValueTask<int> SavedChangesAsync(SaveChangesCompletedEventData eventData, int result, CancellationToken cancellationToken = default)
    {
        AdvanceGenerations();
        return ValueTask.FromResult(result);
    }

    private void AdvanceGenerations()
    {
        foreach (var municipalityId in changedMunicipalities)
        {
            generation.Advance(municipalityId);
        }

        if (changedShared)
        {
            generation.AdvanceShared();
        }

        changedMunicipalities.Clear();
        changedShared = false;
    }

    private void NoteChange(object entity)
    {
        switch (entity)
        {
            case ITenantOwned owned:
                changedMunicipalities.Add(owned.MunicipalityId);
                break;
            case GlocalUser:
                // Sign-in bookkeeping and profile edits feed no figure.
                break;
            default:
                changedShared = true;
                break;
        }
    }

    private void Stamp(DbContext? context)
    {
        if (context is null)
        {
            return;
        }

        var now = clock.GetUtcNow().UtcDateTime;
        var events = new List<AuditEvent>();
        foreach (var entry in context.ChangeTracker.Entries().ToList())
        {
            if (entry.State is EntityState.Detached or EntityState.Unchanged)
            {
                continue;
            }

            if (IsAppendOnlyLog(entry.Metadata.ClrType))
            {
                if (entry.State != EntityState.Added)
                {
                    throw new BusinessRuleException("audit_append_only", "Audit and access records cannot be changed or deleted.");
                }

                continue;
            }

            EnforceTenant(entry);
            NoteChange(entry.Entity);
            var audit = Describe(entry, now);
            if (audit is not null)
            {
                events.Add(audit);
            }

            RowVersions.Bump(entry);
        }

        context.AddRange(events);
    }

    private void EnforceTenant(EntityEntry entry)
    {
        if (entry.Entity is not ITenantOwned owned)
        {
            return;
        }

        if (entry.State == EntityState.Added && owned.MunicipalityId == 0)
        {
            owned.MunicipalityId = tenant.MunicipalityId
                ?? throw new BusinessRuleException("tenant_required", "A municipality is required to create this record.");
        }

        if (!tenant.IsSystem && owned.MunicipalityId != tenant.MunicipalityId)
        {
            throw new NotFoundException(entry.Metadata.ClrType.Name, EntityId(entry));
        }
    }

    private AuditEvent? Describe(EntityEntry entry, DateTime now)
    {
        var action = entry.State switch
        {
            EntityState.Added => AuditAction.Create,
            EntityState.Deleted => AuditAction.Delete,
            _ => AuditAction.Update,
        };

        var fields = entry.Properties
            .Where(p => !p.Metadata.IsPrimaryKey() && p.Metadata.Name != RowVersions.Property)
            .Where(p => action switch
            {
                AuditAction.Create => p.CurrentValue is not null,
                AuditAction.Update => p.IsModified,
                AuditAction.Delete => false,
            })
            .Select(p => p.Metadata.Name)
            .Where(name => entry.Entity is not GlocalUser || !NoisyUserFields.Contains(name))
            .ToList();

        if (action == AuditAction.Update && fields.Count == 0)
        {
            return null;
        }

        return new AuditEvent
        {
            OccurredAt = now,
            MunicipalityId = entry.Entity switch
            {
                ITenantOwned owned => owned.MunicipalityId,
                GlocalUser user => user.MunicipalityId,
                _ => tenant.MunicipalityId,
            },
            UserId = tenant.UserId,
            UserName = tenant.UserName ?? "anonymous",
            EntityType = entry.Metadata.ClrType.Name,
            EntityId = EntityId(entry),
            Action = action,
            ChangedFields = string.Join(',', fields),
        };
    }

    private static string EntityId(EntityEntry entry)
    {
        var key = entry.Metadata.FindPrimaryKey();
        return key is null
            ? ""
            : string.Join('|', key.Properties.Select(p => entry.Property(p.Name).CurrentValue?.ToString() ?? ""));
    }
}
