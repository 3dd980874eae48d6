using Glocal.Core.Data;
using Glocal.Core.Tenancy;

namespace Glocal.Core.Audit;

/// <summary>Writes the access log for reads of personal data; call before returning the data.</summary>
public sealed class PersonalDataAccessLog(GlocalDbContext db, TenantContext tenant, TimeProvider clock)
{
    public async Task RecordAsync(string subjectType, IEnumerable<string> subjectIds, string purpose, CancellationToken ct)
    {
        var now = clock.GetUtcNow().UtcDateTime;
        var municipalityId = tenant.MunicipalityId ?? 0;
        foreach (var id in subjectIds)
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
