using System.Text.Json.Serialization;
using Glocal.Core.Audit;
using Glocal.Core.Data;
using Glocal.Core.Residents.Classes;
using Glocal.Core.Shared;
using Glocal.Core.Tenancy;
using Microsoft.EntityFrameworkCore;

namespace Glocal.Core.Residents.Privacy;

[JsonConverter(typeof(JsonStringEnumConverter<ErasureGround>))]
public enum ErasureGround
{
    /// <summary>The person asked (PIPA art. 36).</summary>
    SubjectRequest,

    /// <summary>The person withdrew the consent the data was held on.</summary>
    ConsentWithdrawn,

    /// <summary>The purpose is achieved and nothing requires keeping the data.</summary>
    PurposeAchieved,
}

public sealed record EraseClientRequest(ErasureGround Ground);

public sealed record EnrolmentRecord(Guid CourseId, string Course, int Level, DateOnly EnrolledOn, EnrolmentStatus Status, DateOnly? FinishedOn);

/// <summary>Everything the municipality holds about one person, as they are entitled to receive it.</summary>
public sealed record SubjectAccessPackage(DateTime ProducedAt, string ProducedBy, ClientDetails Client, IReadOnlyList<ConsentView> Consents,
    IReadOnlyList<CaseDetails> Cases, IReadOnlyList<EnrolmentRecord> Enrolments);

public sealed record ErasureResult(Guid ClientId, int CasesAnonymised, int ConsentsDeleted, int EnrolmentsUnlinked);

/// <summary>A person's right of access (export) and erasure; both audited and logged (ADR 0042).</summary>
public sealed class SubjectAccessService(
    GlocalDbContext db, ClientService clients, CaseService cases, ConsentService consents, PersonalDataAccessLog accessLog, TenantContext tenant, TimeProvider clock)
{
    public async Task<SubjectAccessPackage> ExportAsync(Guid clientId, CancellationToken ct)
    {
        var client = await clients.RevealAsync(clientId, ct);
        var caseIds = await db.ConsultationCases.AsNoTracking().Where(c => c.ClientId == clientId).OrderBy(c => c.OpenedAt).Select(c => c.Id).ToListAsync(ct);
        var details = new List<CaseDetails>();
        foreach (var id in caseIds)
        {
            details.Add(await cases.RevealAsync(id, ct));
        }

        var enrolments = await (from e in db.Enrolments.AsNoTracking()
                                join c in db.KoreanCourses on e.CourseId equals c.Id
                                where e.ClientId == clientId
                                orderby e.EnrolledOn
                                select new EnrolmentRecord(c.Id, c.Name, c.Level, e.EnrolledOn, e.Status, e.FinishedOn)).ToListAsync(ct);
        await accessLog.RecordAsync(ClientService.SubjectType, clientId.ToString(), "subject_access_export", ct);
        Audit("SubjectAccessExport", clientId, $"Cases={caseIds.Count},Enrolments={enrolments.Count}");
        await db.SaveChangesAsync(ct);
        return new SubjectAccessPackage(Now, tenant.UserName ?? "system", client, await consents.ListAsync(clientId, ct), details, enrolments);
    }

    /// <summary>Erases a client: open cases are closed, every case anonymised, consents deleted, class places unlinked, the client deleted.</summary>
    public async Task<ErasureResult> EraseAsync(Guid clientId, EraseClientRequest request, CancellationToken ct)
    {
        var client = await db.Clients.SingleOrDefaultAsync(c => c.Id == clientId, ct) ?? throw new NotFoundException(nameof(Client), clientId);
        var now = Now;
        var linked = await db.ConsultationCases.Include(c => c.StatusChanges).Where(c => c.ClientId == clientId).ToListAsync(ct);
        foreach (var @case in linked.Where(c => c.Status != CaseStatus.Closed))
        {
            @case.MoveTo(CaseStatus.Closed, now, tenant.UserName ?? "system");
        }

        await CaseAnonymiser.AnonymiseAsync(db, linked, now, ct);
        var consentRecords = await db.ConsentRecords.Where(c => c.ClientId == clientId).ToListAsync(ct);
        db.ConsentRecords.RemoveRange(consentRecords);
        var enrolments = await db.Enrolments.Where(e => e.ClientId == clientId).ToListAsync(ct);
        foreach (var enrolment in enrolments)
        {
            enrolment.ClientId = null;
        }

        db.Clients.Remove(client);
        Audit("SubjectErasure", clientId, $"Ground={request.Ground},Cases={linked.Count},Consents={consentRecords.Count},Enrolments={enrolments.Count}");
        await db.SaveChangesAsync(ct);
        await accessLog.RecordAsync(ClientService.SubjectType, clientId.ToString(), "erase", ct);
        return new ErasureResult(clientId, linked.Count, consentRecords.Count, enrolments.Count);
    }

    private DateTime Now => clock.GetUtcNow().UtcDateTime;

    private void Audit(string what, Guid clientId, string fields) => db.AuditEvents.Add(new AuditEvent
    {
        OccurredAt = Now, MunicipalityId = tenant.MunicipalityId, UserId = tenant.UserId, UserName = tenant.UserName ?? "system",
        EntityType = what, EntityId = clientId.ToString(), Action = what == "SubjectErasure" ? AuditAction.Delete : AuditAction.Create, ChangedFields = fields,
    });
}
