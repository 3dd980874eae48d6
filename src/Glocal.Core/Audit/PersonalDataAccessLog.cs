using Glocal.Core.Data;
using Glocal.Core.Tenancy;

namespace Glocal.Core.Audit;

/// <summary>Writes the access log for reads of personal data; call before returning the data.</summary>
public sealed class PersonalDataAccessLog(GlocalDbContext db, TenantContext tenant, TimeProvider clock)
{
    public Task RecordAsync(string subjectType, IEnumerable<string> subjectIds, string purpose, CancellationToken ct) =>
        RecordAsync(subjectIds.Select(id => (subjectType, id)), purpose, ct);

    /// <summary>Several subjects of different kinds read together, written in one commit.</summary>
    public async Task RecordAsync(IEnumerable<(string SubjectType, string SubjectId)> subjects, string purpose, CancellationToken ct)
    {
        var now = clock.GetUtcNow().UtcDateTime;
        var municipalityId = tenant.MunicipalityId ?? 0;
        foreach (var (subjectType, id) in subjects)
        {
            db.PersonalDataAccesses.Add(new PersonalDataAccess
            {
                OccurredAt = now,
                MunicipalityId = municipalityId,
                UserId = tenant.UserId,
                UserName = tenant.UserName ?? "system",
                SubjectType = subjectType,
                SubjectId = id,
                Purpose = purpose,
            });
        }

        await db.SaveChangesAsync(ct);
    }

    public Task RecordAsync(string subjectType, string subjectId, string purpose, CancellationToken ct) =>
        RecordAsync(subjectType, [subjectId], purpose, ct);
}
