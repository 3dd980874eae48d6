using System.ComponentModel.DataAnnotations;
using Glocal.Core.Access;
using Glocal.Core.Residents;
using Glocal.Core.Residents.Classes;
using Glocal.Core.Shared;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;

namespace Glocal.Web.Pages.Residents;

public sealed class SessionInput
{
    [Required]
    public DateOnly? On { get; set; }

    [Range(0.5, 12)]
    public double Hours { get; set; } = 2;

    [StringLength(200)]
    public string? Topic { get; set; }
}

/// <summary>One course: sessions, learners (names with the personal-data permission, logged), attendance grid, completion.</summary>
[Authorize(Permissions.ResidentsRead)]
public sealed class CourseModel(ClassService classes, TimeProvider clock) : ResidentsPageModel
{
    public CourseDetails Course { get; private set; } = null!;

    public bool CanUpdate => ResidentsText.Can(User, Permissions.ResidentsUpdate);

    public DateOnly Today => KoreaTime.Today(clock);

    public bool Present(Guid sessionId, Guid enrolmentId) => Course.Attendance.Any(a => a.SessionId == sessionId && a.EnrolmentId == enrolmentId && a.Present);

    public async Task<IActionResult> OnGetAsync(Guid id, CancellationToken ct)
    {
        try
        {
            Course = await classes.GetAsync(id, ResidentsText.Can(User, Permissions.ResidentsReadPersonal), ct);
        }
        catch (NotFoundException)
        {
            return NotFound();
        }

        return Page();
    }

    private Func<Task<IActionResult>> Rerender(Guid id, CancellationToken ct) => () => OnGetAsync(id, ct);

    public Task<IActionResult> OnPostSessionAsync(Guid id, SessionInput session, CancellationToken ct) =>
        WriteAsync(Permissions.ResidentsUpdate, "Residents.Saved.Session", () => classes.AddSessionAsync(id, new AddSessionRequest(session.On!.Value, session.Hours, session.Topic), ct), Rerender(id, ct), new { id });

    /// <summary>Every learner listed on the form gets a mark: ticked present, unticked absent.</summary>
    public Task<IActionResult> OnPostAttendanceAsync(Guid id, Guid sessionId, List<Guid> learners, List<Guid> present, CancellationToken ct) =>
        WriteAsync(Permissions.ResidentsUpdate, "Residents.Saved.Attendance",
            () => classes.RecordAttendanceAsync(id, sessionId, new RecordAttendanceRequest([.. learners.Select(l => new AttendanceMark(l, present.Contains(l)))]), ct), Rerender(id, ct), new { id });

    public Task<IActionResult> OnPostCompleteAsync(Guid id, Guid enrolmentId, CancellationToken ct) =>
        WriteAsync(Permissions.ResidentsUpdate, "Residents.Saved.Enrolment", () => classes.CompleteAsync(id, enrolmentId, ct), Rerender(id, ct), new { id });

    public Task<IActionResult> OnPostWithdrawAsync(Guid id, Guid enrolmentId, CancellationToken ct) =>
        WriteAsync(Permissions.ResidentsUpdate, "Residents.Saved.Enrolment", () => classes.WithdrawAsync(id, enrolmentId, ct), Rerender(id, ct), new { id });
}
