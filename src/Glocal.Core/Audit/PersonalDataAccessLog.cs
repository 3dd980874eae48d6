using Glocal.Core.Data;
using Glocal.Core.Tenancy;
using Microsoft.EntityFrameworkCore;

namespace Glocal.Core.Audit;

/// <summary>Writes the access log for reads of personal data; call before returning the data.</summary>
public sealed class PersonalDataAccessLog(GlocalDbContext db, BulkWriter writer, TenantContext tenant, TimeProvider clock)
{
    public Task RecordAsync(string subjectType, IEnumerable<string> subjectIds, string purpose, CancellationToken ct) =>
        RecordAsync(subjectIds.Select(id => (subjectType, id)), purpose, ct);

    /// <summary>Several subjects of different kinds read together, written in one commit.</summary>
    /// <remarks>
    /// A list page reveals up to 50 names, so it writes 50 rows on every read. Through the change tracker SQLite
    /// sent them as 50 commands while holding its single write lock; the bulk writer sends one prepared statement
    /// (or one COPY) in the same all-or-nothing commit. When the context holds other pending changes, they and the
    /// log go through SaveChanges together, as before.
    /// </remarks>
    public async Task RecordAsync(IEnumerable<(string SubjectType, string SubjectId)> subjects, string purpose, CancellationToken ct)
    {
        var now = clock.GetUtcNow().UtcDateTime;
        var municipalityId = tenant.MunicipalityId ?? 0;
        var rows = subjects.Select(subject => new PersonalDataAccess
        {
            OccurredAt = now,
            MunicipalityId = municipalityId,
            UserId = tenant.UserId,
            UserName = tenant.UserName ?? "system",
            SubjectType = subject.SubjectType,
            SubjectId = subject.SubjectId,
            Purpose = purpose,
        }).ToList();

        if (rows.Count > 1 && !db.ChangeTracker.HasChanges())
        {
            var own = db.Database.CurrentTransaction is null ? await db.Database.BeginTransactionAsync(ct) : null;
            await using (own)
            {
                await writer.WriteAsync(rows, ct);
                if (own is not null)
                {
                    await own.CommitAsync(ct);
                }
            }

            return;
        }

        db.PersonalDataAccesses.AddRange(rows);
        await db.SaveChangesAsync(ct);
    }

    public Task RecordAsync(string subjectType, string subjectId, string purpose, CancellationToken ct) =>
        RecordAsync(subjectType, [subjectId], purpose, ct);
}
