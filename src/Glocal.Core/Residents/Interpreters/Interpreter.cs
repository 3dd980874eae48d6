using System.Text.Json.Serialization;
using Glocal.Core.Shared;
using Glocal.Core.Tenancy;

namespace Glocal.Core.Residents.Interpreters;

[JsonConverter(typeof(JsonStringEnumConverter<InterpretingMode>))]
public enum InterpretingMode
{
    OnSite,
    Phone,
    Video,

    /// <summary>A three-way call: resident, interpreter and the other party (a hospital, an employer) at once.</summary>
    ThreeWay,
}

[JsonConverter(typeof(JsonStringEnumConverter<InterpretingSituation>))]
public enum InterpretingSituation
{
    Counselling,
    Hospital,
    LabourOffice,
    ImmigrationOffice,
    Police,
    Court,
    School,
    Workplace,
    Other,
}

[JsonConverter(typeof(JsonStringEnumConverter<AssignmentStatus>))]
public enum AssignmentStatus
{
    Requested,
    Confirmed,
    Completed,
    Cancelled,

    /// <summary>Someone did not come: who is said in the assignment's note.</summary>
    NoShow,
}

/// <summary>Days an interpreter can usually be booked.</summary>
[Flags]
[JsonConverter(typeof(JsonStringEnumConverter<Weekdays>))]
public enum Weekdays
{
    None = 0,
    Mon = 1,
    Tue = 2,
    Wed = 4,
    Thu = 8,
    Fri = 16,
    Sat = 32,
    Sun = 64,
}

/// <summary>An interpreter the municipality can call on (a staff member or a contracted volunteer): languages and availability.</summary>
public sealed class Interpreter : ITenantOwned
{
    public Guid Id { get; set; }

    public int MunicipalityId { get; set; }

    /// <summary>A working name of staff or a contractor, not a resident's personal data.</summary>
    public required string Name { get; set; }

    /// <summary>BCP 47 tags, space-separated (Korean is assumed).</summary>
    public required string Languages { get; set; }

    public Weekdays AvailableDays { get; set; }

    /// <summary>Usual hours, e.g. "09:00–18:00".</summary>
    public string? AvailableHours { get; set; }

    public string? Phone { get; set; }

    public bool Active { get; set; } = true;

    public DateTime CreatedAt { get; set; }

    public bool Speaks(string language)
    {
        var wanted = Figures.ResidentsMath.Base(language);
        return Languages.Split(' ', StringSplitOptions.RemoveEmptyEntries).Any(l => Figures.ResidentsMath.Base(l) == wanted);
    }
}

/// <summary>One interpreting job: for a case or not, in a mode and situation, with its status through to completion or no-show.</summary>
public sealed class InterpreterAssignment : ITenantOwned
{
    public Guid Id { get; set; }

    public int MunicipalityId { get; set; }

    public Guid InterpreterId { get; set; }

    public Guid? CaseId { get; set; }

    public required string Language { get; set; }

    public InterpretingMode Mode { get; set; }

    public InterpretingSituation Situation { get; set; }

    public DateTime ScheduledAt { get; set; }

    public int Minutes { get; set; }

    public AssignmentStatus Status { get; private set; } = AssignmentStatus.Requested;

    /// <summary>Staff note, e.g. who did not come; no personal data.</summary>
    public string? Note { get; set; }

    public DateTime? StatusChangedAt { get; private set; }

    public DateTime End => ScheduledAt.AddMinutes(Minutes);

    /// <summary>Requested → Confirmed → Completed / NoShow; Requested or Confirmed → Cancelled. Outcomes only once the time has come.</summary>
    public void MoveTo(AssignmentStatus next, DateTime now)
    {
        var allowed = (Status, next) switch
        {
            (AssignmentStatus.Requested, AssignmentStatus.Confirmed or AssignmentStatus.Cancelled) => true,
            (AssignmentStatus.Confirmed, AssignmentStatus.Completed or AssignmentStatus.NoShow or AssignmentStatus.Cancelled) => true,
            _ => false,
        };
        if (!allowed)
        {
            throw new BusinessRuleException("assignment_transition_not_allowed", $"An assignment cannot move from {Status} to {next}.");
        }

        if (next is AssignmentStatus.Completed or AssignmentStatus.NoShow && now < ScheduledAt)
        {
            throw new BusinessRuleException("assignment_not_yet_held", "Completion or a no-show can be recorded only once the appointment has begun.");
        }

        Status = next;
        StatusChangedAt = now;
    }

    public bool Blocks => Status is AssignmentStatus.Requested or AssignmentStatus.Confirmed;
}
