using Glocal.Core.Audit;
using Glocal.Core.Data;
using Glocal.Core.Tenancy;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace Glocal.Core.Residents.Privacy;

/// <summary>What one run of the retention policy did (or, dry, would do) in one municipality.</summary>
public sealed record RetentionResult(int MunicipalityId, int CasesAnonymised, int ClientsErased, DateTime Cutoff);

/// <summary>
/// The retention policy (ADR 0040): cases closed more than <see cref="ResidentsOptions.RetentionYears"/> years ago
/// are anonymised; a client with no case left that is not anonymised, registered before the cutoff and not in a
/// running class, is erased. Run by <c>glocal residents retention</c> and daily by the web host; acts as the system.
/// </summary>
public sealed class RetentionService(GlocalDbContext db, TenantContext tenant, IOptions<ResidentsOptions> options, TimeProvider clock)
{
    public async Task<IReadOnlyList<RetentionResult>> RunAsync(int? municipalityId, bool dryRun, CancellationToken ct, int? years = null)
    {
        if (!tenant.IsSystem)
        {
            throw new InvalidOperationException("The retention policy runs as the system.");
        }

        var now = clock.GetUtcNow().UtcDateTime;
        var cutoff = now.AddYears(-(years ?? options.Value.RetentionYears));
        var due = db.ConsultationCases.IgnoreQueryFilters()
            .Where(c => c.Status == CaseStatus.Closed && c.ClosedAt < cutoff && c.AnonymisedAt == null);
        if (municipalityId is { } only)
        {
            due = due.Where(c => c.MunicipalityId == only);
        }

        var cases = await due.ToListAsync(ct);
        var results = new List<RetentionResult>();
        var municipalities = cases.Select(c => c.MunicipalityId).ToHashSet();
        var clientCandidates = db.Clients.IgnoreQueryFilters().Where(c => c.CreatedAt < cutoff);
        if (municipalityId is { } m)
        {
            clientCandidates = clientCandidates.Where(c => c.MunicipalityId == m);
        }

        // A client goes when nothing about them is still in use: every case anonymised (or about to be), no class running.
        var clients = await clientCandidates
            .Where(c => !db.ConsultationCases.IgnoreQueryFilters().Any(k => k.ClientId == c.Id && k.AnonymisedAt == null && !(k.Status == CaseStatus.Closed && k.ClosedAt < cutoff)))
            .Where(c => !db.Enrolments.IgnoreQueryFilters().Any(e => e.ClientId == c.Id && e.Status == Classes.EnrolmentStatus.Enrolled))
            .ToListAsync(ct);
        municipalities.UnionWith(clients.Select(c => c.MunicipalityId));

        foreach (var id in municipalities.Order())
        {
            results.Add(new RetentionResult(id, cases.Count(c => c.MunicipalityId == id), clients.Count(c => c.MunicipalityId == id), cutoff));
        }

        if (dryRun || results.Count == 0)
        {
            return results;
        }

        await CaseAnonymiser.AnonymiseAsync(db, cases, now, ct);
        var clientIds = clients.Select(c => c.Id).ToList();
        db.ConsentRecords.RemoveRange(await db.ConsentRecords.IgnoreQueryFilters().Where(c => clientIds.Contains(c.ClientId)).ToListAsync(ct));
        foreach (var enrolment in await db.Enrolments.IgnoreQueryFilters().Where(e => e.ClientId != null && clientIds.Contains(e.ClientId.Value)).ToListAsync(ct))
        {
            enrolment.ClientId = null;
        }

        db.Clients.RemoveRange(clients);
        foreach (var result in results)
        {
            db.AuditEvents.Add(new AuditEvent
            {
                OccurredAt = now, MunicipalityId = result.MunicipalityId, UserName = tenant.UserName ?? "system",
                EntityType = "RetentionRun", EntityId = $"{result.Cutoff:yyyy-MM-dd}", Action = AuditAction.Update,
                ChangedFields = $"CasesAnonymised={result.CasesAnonymised},ClientsErased={result.ClientsErased}",
            });
        }

        await db.SaveChangesAsync(ct);
        return results;
    }
}
