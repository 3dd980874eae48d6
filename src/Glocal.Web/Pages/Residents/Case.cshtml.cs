using System.ComponentModel.DataAnnotations;
using Glocal.Core.Access;
using Glocal.Core.Residents;
using Glocal.Core.Shared;
using Glocal.Web.Api.Residents;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;

namespace Glocal.Web.Pages.Residents;

public sealed class ReferInput
{
    public Agency Agency { get; set; }

    [StringLength(1000)]
    public string? OverrideReason { get; set; }
}

public sealed class OutcomeInput
{
    public OutcomeKind Kind { get; set; }

    [Range(0, 10_000_000_000)]
    public long? AmountWon { get; set; }

    [StringLength(500)]
    public string? Note { get; set; }
}

public sealed class FollowUpInput
{
    [Required]
    public DateOnly? DueOn { get; set; }

    [Required, StringLength(300)]
    public string Action { get; set; } = "";
}

/// <summary>One case: facts, the portal request, a timeline of everything that happened, and the forms that move it on.</summary>
[Authorize(Permissions.ResidentsReadPersonal)]
public sealed class CaseModel(CaseService cases) : ResidentsPageModel
{
    public CaseDetails Case { get; private set; } = null!;

    public bool CanUpdate => ResidentsText.Can(User, Permissions.ResidentsUpdate);

    public bool CanOverride => ResidentsText.Can(User, Permissions.ResidentsOverrideConsent);

    /// <summary>Moves the status form offers: the workflow's, except Referred (that comes from a referral).</summary>
    public IEnumerable<CaseStatus> NextStatuses => Enum.GetValues<CaseStatus>().Where(s => s != CaseStatus.Referred && Case.Status.CanMoveTo(s));

    /// <summary>Every event of the case, oldest first.</summary>
    public IEnumerable<(DateTime At, string Kind, string Text, string? By)> Timeline(Microsoft.Extensions.Localization.IStringLocalizer l)
    {
        var c = Case;
        var events = new List<(DateTime, string, string, string?)> { (c.OpenedAt, "opened", l["Residents.Timeline.Opened", l.Label(c.Channel)].Value, null) };
        events.AddRange(c.History.Select(h => (h.At, "status", $"{l.Label(h.From)} → {l.Label(h.To)}", (string?)h.By)));
        events.AddRange(c.Notes.Select(n => (n.CreatedAt, "note", n.Text, (string?)n.Author)));
        events.AddRange(c.Referrals.Select(r => (r.ReferredAt, "referral",
            l["Residents.Timeline.Referred", l.Label(r.Agency)].Value + (r.ConsentOverridden ? " · " + l["Residents.ConsentOverridden"] : ""), (string?)r.ReferredBy)));
        events.AddRange(c.Referrals.Where(r => r.CompletedAt is not null).Select(r => (r.CompletedAt!.Value, "referral", $"{l.Label(r.Agency)}: {l.Label(r.Status)}", (string?)null)));
        events.AddRange(c.Outcomes.Select(o => (o.RecordedOn.ToDateTime(new TimeOnly(12, 0), DateTimeKind.Utc).AddHours(-9), "outcome",
            l.Label(o.Kind) + (o.AmountWon is { } w ? " · " + ResidentsText.Won(w) : "") + (o.Note is { } n ? " · " + n : ""), (string?)null)));
        events.AddRange(c.FollowUps.Where(f => f.DoneAt is not null).Select(f => (f.DoneAt!.Value, "follow-up", l["Residents.Timeline.FollowUpDone", f.Action].Value, (string?)null)));
        return events.OrderBy(e => e.Item1);
    }

    public async Task<IActionResult> OnGetAsync(Guid id, CancellationToken ct)
    {
        try
        {
            Case = await cases.RevealAsync(id, ct);
        }
        catch (NotFoundException)
        {
            return NotFound();
        }

        return Page();
    }

    private Func<Task<IActionResult>> Rerender(Guid id, CancellationToken ct) => () => OnGetAsync(id, ct);

    public Task<IActionResult> OnPostStatusAsync(Guid id, CaseStatus status, CancellationToken ct) =>
        WriteAsync(Permissions.ResidentsUpdate, "Residents.Saved.Status", () => cases.ChangeStatusAsync(id, status, ct), Rerender(id, ct), new { id });

    public Task<IActionResult> OnPostReopenAsync(Guid id, CancellationToken ct) =>
        WriteAsync(Permissions.ResidentsUpdate, "Residents.Saved.Status", () => cases.ReopenAsync(id, ct), Rerender(id, ct), new { id });

    public Task<IActionResult> OnPostNoteAsync(Guid id, [Required, StringLength(4000)] string text, CancellationToken ct) =>
        WriteAsync(Permissions.ResidentsUpdate, "Residents.Saved.Note", () => cases.AddNoteAsync(id, new AddNoteRequest(text), ct), Rerender(id, ct), new { id });

    public Task<IActionResult> OnPostReferAsync(Guid id, ReferInput refer, CancellationToken ct)
    {
        var reason = string.IsNullOrWhiteSpace(refer.OverrideReason) ? null : refer.OverrideReason;
        if (reason is { Length: < 10 })
        {
            ModelState.AddModelError("refer.OverrideReason", "The override reason needs at least 10 characters.");
        }

        return WriteAsync(Permissions.ResidentsUpdate, "Residents.Saved.Referral",
            () => cases.ReferAsync(id, new ReferCaseRequest(refer.Agency, reason), CanOverride, ct), Rerender(id, ct), new { id });
    }

    public Task<IActionResult> OnPostReferralStatusAsync(Guid id, Guid referralId, ReferralStatus status, CancellationToken ct) =>
        WriteAsync(Permissions.ResidentsUpdate, "Residents.Saved.Referral", () => cases.ChangeReferralStatusAsync(id, referralId, status, ct), Rerender(id, ct), new { id });

    public Task<IActionResult> OnPostOutcomeAsync(Guid id, OutcomeInput outcome, CancellationToken ct) =>
        WriteAsync(Permissions.ResidentsUpdate, "Residents.Saved.Outcome",
            () => cases.RecordOutcomeAsync(id, new RecordOutcomeRequest(outcome.Kind, outcome.AmountWon, null, outcome.Note), ct), Rerender(id, ct), new { id });

    public Task<IActionResult> OnPostFollowUpAsync(Guid id, FollowUpInput followUp, CancellationToken ct) =>
        WriteAsync(Permissions.ResidentsUpdate, "Residents.Saved.FollowUp",
            () => cases.AddFollowUpAsync(id, new AddFollowUpRequest(followUp.DueOn!.Value, followUp.Action), ct), Rerender(id, ct), new { id });

    public Task<IActionResult> OnPostFollowUpDoneAsync(Guid id, Guid followUpId, CancellationToken ct) =>
        WriteAsync(Permissions.ResidentsUpdate, "Residents.Saved.FollowUp", () => cases.CompleteFollowUpAsync(id, followUpId, ct), Rerender(id, ct), new { id });

    public Task<IActionResult> OnPostSensitiveAsync(Guid id, bool sensitive, CancellationToken ct) =>
        WriteAsync(Permissions.ResidentsUpdate, "Residents.Saved.Case", () => cases.UpdateAsync(id, new UpdateCaseRequest(Sensitive: sensitive), ct), Rerender(id, ct), new { id });
}
