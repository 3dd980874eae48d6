using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.ChangeTracking;

namespace Glocal.Core.Data;

/// <summary>
/// Every municipality-owned record carries a <c>RowVersion</c> shadow column, a concurrency token that goes up
/// by one on each update. Two people saving the same record from the same version: the second save matches
/// no row and fails with <see cref="DbUpdateConcurrencyException"/> (HTTP 409 <c>concurrency_conflict</c>).
/// The API hands the version out as an ETag and takes it back in <c>If-Match</c>.
/// </summary>
public static class RowVersions
{
    public const string Property = "RowVersion";

    /// <summary>The version of a loaded record, or null for a type without one.</summary>
    public static long? Of(DbContext db, object entity) =>
        db.Entry(entity).Metadata.FindProperty(Property) is null ? null : (long)db.Entry(entity).Property(Property).CurrentValue!;

    /// <summary>
    /// Makes the next save of <paramref name="entity"/> succeed only if the stored version is still
    /// <paramref name="expected"/>, the version the client last read.
    /// </summary>
    public static void Expect(DbContext db, object entity, long expected)
    {
        var entry = db.Entry(entity);
        if (entry.Metadata.FindProperty(Property) is null)
        {
            throw new InvalidOperationException($"{entry.Metadata.ClrType.Name} has no row version.");
        }

        entry.Property(Property).OriginalValue = expected;
    }

    /// <summary>Called for each changed entry before saving: an update raises the version by one.</summary>
    public static void Bump(EntityEntry entry)
    {
        if (entry.State != EntityState.Modified || entry.Metadata.FindProperty(Property) is null)
        {
            return;
        }

        var version = entry.Property(Property);
        version.CurrentValue = (long)version.OriginalValue! + 1;
    }
}
