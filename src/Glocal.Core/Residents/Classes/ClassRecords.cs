using System.ComponentModel.DataAnnotations;

namespace Glocal.Core.Residents.Classes;

public sealed record SaveCourseRequest(
    [property: Required, StringLength(200, MinimumLength = 1)] string Name,
    [property: Range(0, 5)] int Level,
    [property: Required, StringLength(200, MinimumLength = 1)] string Venue,
    DateOnly StartsOn,
    DateOnly EndsOn,
    [property: Range(1, 500)] int Capacity = 20,
    [property: StringLength(100)] string? Schedule = null,
    [property: RegularExpression("^([a-z]{2,3}(-[A-Za-z0-9]{2,8})*( [a-z]{2,3}(-[A-Za-z0-9]{2,8})*)*)?$", ErrorMessage = "Support languages must be BCP 47 tags separated by spaces.")] string? SupportLanguages = null);

public sealed record AddSessionRequest(DateOnly On, [property: Range(0.5, 12)] double Hours = 2, [property: StringLength(200)] string? Topic = null);

public sealed record EnrolRequest(Guid ClientId, DateOnly? EnrolledOn = null);

public sealed record AttendanceMark(Guid EnrolmentId, bool Present);

public sealed record RecordAttendanceRequest([property: Required, MinLength(1)] IReadOnlyList<AttendanceMark> Marks);

public sealed record CourseSearch(
    [property: Range(0, 5)] int? Level = null,
    bool? Current = null,
    [property: StringLength(100)] string? Q = null,
    [property: RegularExpression("^-?(start|level|name)$")] string? Sort = null);

public sealed record CourseSummary(Guid Id, string Name, int Level, string Venue, string? Schedule, DateOnly StartsOn, DateOnly EndsOn, int Capacity,
    string SupportLanguages, int Enrolled, int Completed, int Sessions);

public sealed record SessionView(Guid Id, DateOnly On, double Hours, string? Topic, int Present, int Marked);

/// <summary>A learner; <see cref="Name"/> only for callers who may read personal data (the read is logged).</summary>
public sealed record EnrolmentView(Guid Id, Guid? ClientId, string? Name, string? Nationality, DateOnly EnrolledOn, EnrolmentStatus Status, DateOnly? FinishedOn,
    int Attended, int SessionsHeld, double? AttendanceRate, bool CanComplete);

public sealed record CourseDetails(CourseSummary Course, IReadOnlyList<SessionView> Sessions, IReadOnlyList<EnrolmentView> Enrolments,
    IReadOnlyList<AttendanceCell> Attendance);

public sealed record AttendanceCell(Guid SessionId, Guid EnrolmentId, bool Present);
