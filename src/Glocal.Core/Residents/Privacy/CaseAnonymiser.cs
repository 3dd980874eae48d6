using Glocal.Core.Data;
using Microsoft.EntityFrameworkCore;

namespace Glocal.Core.Residents.Privacy;

/// <summary>
/// Removes what identifies a person from cases while keeping what the figures count (dates, category,
/// language, channel, status history, referrals' agencies and outcomes' kinds and amounts). Shared by the
/// retention policy and erasure on request; the caller saves.
/// </summary>
public static class CaseAnonymiser
{
    public const string Placeholder = "(anonymised)";

    public static async Task AnonymiseAsync(GlocalDbContext db, IReadOnlyCollection<ConsultationCase> cases, DateTime now, CancellationToken ct)
    {
        if (cases.Count == 0)
        {
            return;
        }

        var ids = cases.Select(c => c.Id).ToList();
        foreach (var @case in cases)
        {
            @case.ClientId = null;
            @case.RequesterNameSealed = null;
            @case.ContactSealed = null;
            @case.MessageSealed = null;
            @case.Subject = null;
            @case.AnonymisedAt = now;
        }

        db.CaseNotes.RemoveRange(await db.CaseNotes.IgnoreQueryFilters().Where(n => ids.Contains(n.CaseId)).ToListAsync(ct));
        foreach (var referral in await db.Referrals.IgnoreQueryFilters().Where(r => ids.Contains(r.CaseId) && r.OverrideReason != null).ToListAsync(ct))
        {
            referral.OverrideReason = Placeholder;
        }

        foreach (var outcome in await db.CaseOutcomes.IgnoreQueryFilters().Where(o => ids.Contains(o.CaseId) && o.Note != null).ToListAsync(ct))
        {
            outcome.Note = null;
        }

        foreach (var followUp in await db.FollowUps.IgnoreQueryFilters().Where(f => ids.Contains(f.CaseId)).ToListAsync(ct))
        {
            followUp.Action = Placeholder;
        }

        foreach (var assignment in await db.InterpreterAssignments.IgnoreQueryFilters().Where(a => a.CaseId != null && ids.Contains(a.CaseId.Value) && a.Note != null).ToListAsync(ct))
        {
            assignment.Note = null;
        }
    }
}
