using System.ComponentModel.DataAnnotations;

namespace Glocal.Core.Residents.Interpreters;

public sealed record SaveInterpreterRequest(
    [property: Required, StringLength(100, MinimumLength = 1)] string Name,
    [property: Required, RegularExpression("^[a-z]{2,3}(-[A-Za-z0-9]{2,8})*( [a-z]{2,3}(-[A-Za-z0-9]{2,8})*)*$", ErrorMessage = "Languages must be BCP 47 tags separated by spaces, such as 'vi th'.")] string Languages,
    Weekdays? AvailableDays = null,
    [property: StringLength(60)] string? AvailableHours = null,
    [property: StringLength(30)] string? Phone = null,
    bool Active = true);

public sealed record AssignInterpreterRequest(
    [property: Required, RegularExpression("^[a-z]{2,3}(-[A-Za-z0-9]{2,8})*$", ErrorMessage = "Language must be a BCP 47 tag such as vi.")] string Language,
    InterpretingMode Mode,
    InterpretingSituation Situation,
    DateTime ScheduledAt,
    [property: Range(5, 600)] int Minutes = 60,
    Guid? CaseId = null,
    [property: StringLength(500)] string? Note = null);

public sealed record ChangeAssignmentStatusRequest(AssignmentStatus Status, [property: StringLength(500)] string? Note = null);

public sealed record InterpreterSearch(
    [property: StringLength(20)] string? Language = null,
    bool? Active = null,
    [property: StringLength(100)] string? Q = null,
    [property: RegularExpression("^-?(name|languages|assignments)$")] string? Sort = null);

public sealed record AssignmentSearch(
    AssignmentStatus? Status = null,
    InterpretingMode? Mode = null,
    InterpretingSituation? Situation = null,
    [property: StringLength(20)] string? Language = null,
    Guid? InterpreterId = null,
    DateOnly? From = null,
    DateOnly? To = null,
    [property: RegularExpression("^-?(scheduled|status|language|interpreter)$")] string? Sort = null);

public sealed record InterpreterSummary(Guid Id, string Name, string Languages, Weekdays AvailableDays, string? AvailableHours, string? Phone, bool Active, int Assignments, int NoShows);

public sealed record AssignmentView(
    Guid Id, Guid InterpreterId, string InterpreterName, Guid? CaseId, string? CaseReference, string Language, InterpretingMode Mode,
    InterpretingSituation Situation, DateTime ScheduledAt, int Minutes, AssignmentStatus Status, string? Note);

public sealed record InterpreterDetails(
    Guid Id, string Name, string Languages, Weekdays AvailableDays, string? AvailableHours, string? Phone, bool Active, DateTime CreatedAt,
    IReadOnlyList<AssignmentView> Assignments);
