using System.Text.Json.Serialization;
using Glocal.Core.Shared;
using Glocal.Core.Tenancy;

namespace Glocal.Core.Residents.Classes;

[JsonConverter(typeof(JsonStringEnumConverter<EnrolmentStatus>))]
public enum EnrolmentStatus
{
    Enrolled,
    Completed,
    Withdrawn,
}

/// <summary>
/// A Korean class of the 사회통합프로그램 (KIIP): level 0 (basic) to 5 (Korean society). Sessions are the dated
/// lessons; a learner completes with at least <see cref="CompletionAttendance"/> of the sessions held attended.
/// </summary>
public sealed class KoreanCourse : ITenantOwned
{
    /// <summary>KIIP asks for 80% attendance to complete a level.</summary>
    public const double CompletionAttendance = 0.8;

    public Guid Id { get; set; }

    public int MunicipalityId { get; set; }

    public required string Name { get; set; }

    /// <summary>KIIP level 0–5.</summary>
    public int Level { get; set; }

    public required string Venue { get; set; }

    /// <summary>Usual times, e.g. "Sat–Sun 10:00–13:00".</summary>
    public string? Schedule { get; set; }

    public DateOnly StartsOn { get; set; }

    public DateOnly EndsOn { get; set; }

    public int Capacity { get; set; }

    /// <summary>Languages the teacher or an assistant can explain in (BCP 47, space-separated); Korean is assumed.</summary>
    public string SupportLanguages { get; set; } = "";

    public DateTime CreatedAt { get; set; }
}

public sealed class CourseSession : ITenantOwned
{
    public Guid Id { get; set; }

    public int MunicipalityId { get; set; }

    public Guid CourseId { get; set; }

    public DateOnly On { get; set; }

    public double Hours { get; set; }

    public string? Topic { get; set; }
}

/// <summary>A client enrolled in a course. The client link is cleared when their data is erased; the enrolment stays for the counts.</summary>
public sealed class Enrolment : ITenantOwned
{
    public Guid Id { get; set; }

    public int MunicipalityId { get; set; }

    public Guid CourseId { get; set; }

    public Guid? ClientId { get; set; }

    public DateOnly EnrolledOn { get; set; }

    public EnrolmentStatus Status { get; private set; } = EnrolmentStatus.Enrolled;

    public DateOnly? FinishedOn { get; private set; }

    /// <summary>Completes the level when attendance over the sessions held reaches the KIIP threshold.</summary>
    public void Complete(int sessionsHeld, int attended, DateOnly on)
    {
        if (Status != EnrolmentStatus.Enrolled)
        {
            throw new BusinessRuleException("enrolment_finished", "This enrolment is already completed or withdrawn.");
        }

        if (sessionsHeld == 0 || (double)attended / sessionsHeld < KoreanCourse.CompletionAttendance)
        {
            throw new BusinessRuleException("attendance_too_low",
                $"Completion needs {KoreanCourse.CompletionAttendance:P0} attendance; attended {attended} of {sessionsHeld} sessions.");
        }

        Status = EnrolmentStatus.Completed;
        FinishedOn = on;
    }

    public void Withdraw(DateOnly on)
    {
        if (Status != EnrolmentStatus.Enrolled)
        {
            throw new BusinessRuleException("enrolment_finished", "This enrolment is already completed or withdrawn.");
        }

        Status = EnrolmentStatus.Withdrawn;
        FinishedOn = on;
    }
}

public sealed class Attendance : ITenantOwned
{
    public Guid Id { get; set; }

    public int MunicipalityId { get; set; }

    public Guid SessionId { get; set; }

    public Guid EnrolmentId { get; set; }

    public bool Present { get; set; }
}
