using Glocal.Core.Shared;
using Microsoft.EntityFrameworkCore;

namespace Glocal.Core.Data;

/// <summary>
/// The optimistic check behind <c>If-Match</c> and the hidden version field of edit forms (ADR 0023). A stale version
/// is refused at once with 412 <c>version_mismatch</c>; a save that races another between the check and the write
/// still fails on the row version itself (409 <c>concurrency_conflict</c>, <see cref="RowVersions"/>).
/// </summary>
public static class VersionGuard
{
    public const string MismatchCode = "version_mismatch";

    /// <summary>
    /// Refuses the edit when <paramref name="expected"/> (the version the client read) is not the stored one, and
    /// makes the save raise the root's version even when only its children change, so that any edit of the
    /// aggregate invalidates every form opened before it. A null <paramref name="expected"/> means the client sent
    /// no precondition: the edit goes ahead, still protected against a simultaneous save.
    /// </summary>
    public static void Check(DbContext db, object root, long? expected)
    {
        var current = RowVersions.Of(db, root) ?? throw new InvalidOperationException($"{root.GetType().Name} has no row version.");
        if (expected is { } version && version != current)
        {
            throw new BusinessRuleException(MismatchCode,
                "The record was changed by someone else since you opened it; reload it and make your change again.", 412);
        }

        RowVersions.Expect(db, root, current);
        db.Entry(root).Property(RowVersions.Property).IsModified = true;
    }

    /// <summary>The version of a record without loading it, for reads that project (no tracking).</summary>
    public static IQueryable<long> VersionOf<T>(IQueryable<T> query) where T : class =>
        query.Select(e => EF.Property<long>(e, RowVersions.Property));

    /// <summary>Row versions by id of records read without tracking (their shadow values are not materialised).</summary>
    public static async Task<Dictionary<Guid, long>> VersionsAsync<T>(IQueryable<T> set, IReadOnlyCollection<Guid> ids, CancellationToken ct) where T : class
    {
        if (ids.Count == 0)
        {
            return [];
        }

        var list = ids.ToList();
        return await set.Where(e => list.Contains(EF.Property<Guid>(e, "Id")))
            .Select(e => new { Id = EF.Property<Guid>(e, "Id"), Version = EF.Property<long>(e, RowVersions.Property) })
            .ToDictionaryAsync(x => x.Id, x => x.Version, ct);
    }
}
