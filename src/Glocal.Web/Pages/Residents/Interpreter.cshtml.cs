using System.ComponentModel.DataAnnotations;
using Glocal.Core.Access;
using Glocal.Core.Residents.Interpreters;
using Glocal.Core.Shared;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;

namespace Glocal.Web.Pages.Residents;

public sealed class AssignmentInput
{
    [Required, RegularExpression("^[a-z]{2,3}(-[A-Za-z0-9]{2,8})*$")]
    public string Language { get; set; } = "";

    public InterpretingMode Mode { get; set; }

    public InterpretingSituation Situation { get; set; }

    /// <summary>Korean local time from a datetime-local input.</summary>
    [Required]
    public DateTime? ScheduledAt { get; set; }

    [Range(5, 600)]
    public int Minutes { get; set; } = 60;

    [StringLength(20)]
    public string? CaseReference { get; set; }
}

/// <summary>One interpreter: details, assignments with their status moves, a booking form.</summary>
[Authorize(Permissions.ResidentsRead)]
public sealed class InterpreterModel(InterpreterService interpreters, Glocal.Core.Data.GlocalDbContext db) : ResidentsPageModel
{
    public InterpreterDetails Interpreter { get; private set; } = null!;

    public bool CanUpdate => ResidentsText.Can(User, Permissions.ResidentsUpdate);

    public async Task<IActionResult> OnGetAsync(Guid id, CancellationToken ct)
    {
        try
        {
            Interpreter = await interpreters.GetAsync(id, ct);
        }
        catch (NotFoundException)
        {
            return NotFound();
        }

        return Page();
    }

    public Task<IActionResult> OnPostAssignAsync(Guid id, AssignmentInput assignment, CancellationToken ct) =>
        WriteAsync(Permissions.ResidentsUpdate, "Residents.Saved.Assignment", async () =>
        {
            Guid? caseId = null;
            if (!string.IsNullOrWhiteSpace(assignment.CaseReference))
            {
                var reference = assignment.CaseReference.Trim().ToUpperInvariant();
                caseId = await Microsoft.EntityFrameworkCore.EntityFrameworkQueryableExtensions.FirstOrDefaultAsync(
                    db.ConsultationCases.Where(c => c.ReferenceNumber == reference).Select(c => (Guid?)c.Id), ct)
                    ?? throw new BusinessRuleException("case_reference_unknown", $"No case has the reference {reference}.");
            }

            await interpreters.AssignAsync(id, new AssignInterpreterRequest(assignment.Language, assignment.Mode, assignment.Situation,
                ResidentsText.FromKorea(assignment.ScheduledAt!.Value), assignment.Minutes, caseId), ct);
        }, () => OnGetAsync(id, ct), new { id });

    public Task<IActionResult> OnPostStatusAsync(Guid id, Guid assignmentId, AssignmentStatus status, CancellationToken ct) =>
        WriteAsync(Permissions.ResidentsUpdate, "Residents.Saved.Assignment",
            () => interpreters.ChangeStatusAsync(id, assignmentId, new ChangeAssignmentStatusRequest(status), ct), () => OnGetAsync(id, ct), new { id });

    public Task<IActionResult> OnPostActiveAsync(Guid id, bool active, CancellationToken ct) =>
        WriteAsync(Permissions.ResidentsUpdate, "Residents.Saved.Interpreter", async () =>
        {
            var i = await interpreters.GetAsync(id, ct);
            await interpreters.SaveAsync(id, new SaveInterpreterRequest(i.Name, i.Languages, i.AvailableDays, i.AvailableHours, i.Phone, active), ct);
        }, () => OnGetAsync(id, ct), new { id });
}
