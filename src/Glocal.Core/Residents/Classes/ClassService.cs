using Glocal.Core.Audit;
using Glocal.Core.Data;
using Glocal.Core.Shared;
using Microsoft.EntityFrameworkCore;

namespace Glocal.Core.Residents.Classes;

/// <summary>Korean classes: courses, sessions, enrolment within capacity, attendance and KIIP completion.</summary>
public sealed class ClassService(GlocalDbContext db, IPersonalDataCipher cipher, PersonalDataAccessLog accessLog, TimeProvider clock)
{
    private DateOnly Today => KoreaTime.Today(clock);

    public async Task<Guid> SaveAsync(Guid? id, SaveCourseRequest request, CancellationToken ct)
    {
        if (request.EndsOn < request.StartsOn)
        {
            throw new BusinessRuleException("course_dates", "A course cannot end before it starts.", 400);
        }

        var course = id is { } existing
            ? await db.KoreanCourses.SingleOrDefaultAsync(c => c.Id == existing, ct) ?? throw new NotFoundException(nameof(KoreanCourse), existing)
            : null;
        if (course is null)
        {
            course = new KoreanCourse { Id = Guid.CreateVersion7(), Name = "", Venue = "", CreatedAt = clock.GetUtcNow().UtcDateTime };
            db.KoreanCourses.Add(course);
        }

        course.Name = request.Name.Trim();
        course.Level = request.Level;
        course.Venue = request.Venue.Trim();
        course.StartsOn = request.StartsOn;
        course.EndsOn = request.EndsOn;
        course.Capacity = request.Capacity;
        course.Schedule = request.Schedule?.Trim();
        course.SupportLanguages = request.SupportLanguages?.Trim() ?? "";
        await db.SaveChangesAsync(ct);
        return course.Id;
    }

    public async Task<Guid> AddSessionAsync(Guid courseId, AddSessionRequest request, CancellationToken ct)
    {
        var course = await db.KoreanCourses.AsNoTracking().SingleOrDefaultAsync(c => c.Id == courseId, ct) ?? throw new NotFoundException(nameof(KoreanCourse), courseId);
        if (request.On < course.StartsOn || request.On > course.EndsOn)
        {
            throw new BusinessRuleException("session_outside_course", $"A session must fall between {course.StartsOn:yyyy-MM-dd} and {course.EndsOn:yyyy-MM-dd}.");
        }

        var session = new CourseSession { Id = Guid.CreateVersion7(), CourseId = courseId, On = request.On, Hours = request.Hours, Topic = request.Topic?.Trim() };
        db.CourseSessions.Add(session);
        await db.SaveChangesAsync(ct);
        return session.Id;
    }

    public async Task<Guid> EnrolAsync(Guid courseId, EnrolRequest request, CancellationToken ct)
    {
        var course = await db.KoreanCourses.AsNoTracking().SingleOrDefaultAsync(c => c.Id == courseId, ct) ?? throw new NotFoundException(nameof(KoreanCourse), courseId);
        if (!await db.Clients.AnyAsync(c => c.Id == request.ClientId, ct))
        {
            throw new NotFoundException(nameof(Client), request.ClientId);
        }

        var enrolments = await db.Enrolments.AsNoTracking().Where(e => e.CourseId == courseId).ToListAsync(ct);
        if (enrolments.Any(e => e.ClientId == request.ClientId && e.Status != EnrolmentStatus.Withdrawn))
        {
            throw new BusinessRuleException("already_enrolled", "This client is already enrolled in the course.", 409);
        }

        if (enrolments.Count(e => e.Status != EnrolmentStatus.Withdrawn) >= course.Capacity)
        {
            throw new BusinessRuleException("course_full", $"The course is full ({course.Capacity} places).", 409);
        }

        var enrolment = new Enrolment { Id = Guid.CreateVersion7(), CourseId = courseId, ClientId = request.ClientId, EnrolledOn = request.EnrolledOn ?? Today };
        db.Enrolments.Add(enrolment);
        await db.SaveChangesAsync(ct);
        return enrolment.Id;
    }

    /// <summary>Marks who was present at a session; a second call for the same learner replaces the mark.</summary>
    public async Task RecordAttendanceAsync(Guid courseId, Guid sessionId, RecordAttendanceRequest request, CancellationToken ct)
    {
        var session = await db.CourseSessions.AsNoTracking().SingleOrDefaultAsync(s => s.Id == sessionId && s.CourseId == courseId, ct)
            ?? throw new NotFoundException(nameof(CourseSession), sessionId);
        if (session.On > Today)
        {
            throw new BusinessRuleException("session_in_future", "Attendance can be recorded only for a session that has taken place.");
        }

        var enrolmentIds = await db.Enrolments.Where(e => e.CourseId == courseId).Select(e => e.Id).ToListAsync(ct);
        var existing = await db.Attendances.Where(a => a.SessionId == sessionId).ToDictionaryAsync(a => a.EnrolmentId, ct);
        foreach (var mark in request.Marks)
        {
            if (!enrolmentIds.Contains(mark.EnrolmentId))
            {
                throw new BusinessRuleException("not_enrolled", "Attendance names someone not enrolled in this course.", 400);
            }

            if (existing.TryGetValue(mark.EnrolmentId, out var record))
            {
                record.Present = mark.Present;
            }
            else
            {
                db.Attendances.Add(new Attendance { Id = Guid.CreateVersion7(), SessionId = sessionId, EnrolmentId = mark.EnrolmentId, Present = mark.Present });
            }
        }

        await db.SaveChangesAsync(ct);
    }

    public async Task CompleteAsync(Guid courseId, Guid enrolmentId, CancellationToken ct)
    {
        var enrolment = await db.Enrolments.SingleOrDefaultAsync(e => e.Id == enrolmentId && e.CourseId == courseId, ct)
            ?? throw new NotFoundException(nameof(Enrolment), enrolmentId);
        var (held, attended) = await AttendanceOfAsync(courseId, enrolmentId, ct);
        enrolment.Complete(held, attended, Today);
        await db.SaveChangesAsync(ct);
    }

    public async Task WithdrawAsync(Guid courseId, Guid enrolmentId, CancellationToken ct)
    {
        var enrolment = await db.Enrolments.SingleOrDefaultAsync(e => e.Id == enrolmentId && e.CourseId == courseId, ct)
            ?? throw new NotFoundException(nameof(Enrolment), enrolmentId);
        enrolment.Withdraw(Today);
        await db.SaveChangesAsync(ct);
    }

    private async Task<(int Held, int Attended)> AttendanceOfAsync(Guid courseId, Guid enrolmentId, CancellationToken ct)
    {
        var today = Today;
        var held = await db.CourseSessions.CountAsync(s => s.CourseId == courseId && s.On <= today, ct);
        var attended = await (from a in db.Attendances
                              join s in db.CourseSessions on a.SessionId equals s.Id
                              where a.EnrolmentId == enrolmentId && a.Present && s.On <= today
                              select a.Id).CountAsync(ct);
        return (held, attended);
    }

    public async Task<Page<CourseSummary>> ListAsync(CourseSearch search, PageRequest page, CancellationToken ct)
    {
        var query = db.KoreanCourses.AsNoTracking();
        if (search.Level is { } level)
        {
            query = query.Where(c => c.Level == level);
        }

        if (search.Current is { } current)
        {
            var today = Today;
            query = current ? query.Where(c => c.StartsOn <= today && c.EndsOn >= today) : query.Where(c => c.StartsOn > today || c.EndsOn < today);
        }

        if (!string.IsNullOrWhiteSpace(search.Q))
        {
            var q = search.Q.Trim();
            query = query.Where(c => c.Name.Contains(q) || c.Venue.Contains(q));
        }

        query = search.Sort switch
        {
            "start" => query.OrderBy(c => c.StartsOn).ThenBy(c => c.Level),
            "level" => query.OrderBy(c => c.Level).ThenByDescending(c => c.StartsOn),
            "-level" => query.OrderByDescending(c => c.Level).ThenByDescending(c => c.StartsOn),
            "name" => query.OrderBy(c => c.Name),
            "-name" => query.OrderByDescending(c => c.Name),
            _ => query.OrderByDescending(c => c.StartsOn).ThenBy(c => c.Level),
        };
        var total = await query.CountAsync(ct);
        var items = await query.Skip(page.Skip).Take(page.PageSize).Select(Summary()).ToListAsync(ct);
        return new Page<CourseSummary>(items, page.Page, page.PageSize, total);
    }

    private System.Linq.Expressions.Expression<Func<KoreanCourse, CourseSummary>> Summary() => c => new CourseSummary(
        c.Id, c.Name, c.Level, c.Venue, c.Schedule, c.StartsOn, c.EndsOn, c.Capacity, c.SupportLanguages,
        db.Enrolments.Count(e => e.CourseId == c.Id && e.Status != EnrolmentStatus.Withdrawn),
        db.Enrolments.Count(e => e.CourseId == c.Id && e.Status == EnrolmentStatus.Completed),
        db.CourseSessions.Count(s => s.CourseId == c.Id));

    /// <summary>The course with sessions, learners and the attendance grid; learners' names only when <paramref name="revealNames"/> (logged).</summary>
    public async Task<CourseDetails> GetAsync(Guid id, bool revealNames, CancellationToken ct)
    {
        var course = await db.KoreanCourses.AsNoTracking().Where(c => c.Id == id).Select(Summary()).SingleOrDefaultAsync(ct)
            ?? throw new NotFoundException(nameof(KoreanCourse), id);
        var today = Today;
        var sessions = await db.CourseSessions.AsNoTracking().Where(s => s.CourseId == id).OrderBy(s => s.On).ToListAsync(ct);
        var sessionIds = sessions.Select(s => s.Id).ToList();
        var marks = await db.Attendances.AsNoTracking().Where(a => sessionIds.Contains(a.SessionId)).ToListAsync(ct);
        var enrolments = await (from e in db.Enrolments.AsNoTracking()
                                where e.CourseId == id
                                orderby e.EnrolledOn
                                select new { e, Client = db.Clients.Where(c => c.Id == e.ClientId).Select(c => new { c.NameSealed, c.Nationality }).FirstOrDefault() })
            .ToListAsync(ct);

        var heldIds = sessions.Where(s => s.On <= today).Select(s => s.Id).ToHashSet();
        var learners = enrolments.Select(x =>
        {
            var attended = marks.Count(m => m.EnrolmentId == x.e.Id && m.Present && heldIds.Contains(m.SessionId));
            double? rate = heldIds.Count == 0 ? null : Math.Round((double)attended / heldIds.Count, 4);
            return new EnrolmentView(x.e.Id, x.e.ClientId, revealNames && x.Client is not null ? cipher.Decrypt(x.Client.NameSealed) : null, x.Client?.Nationality,
                x.e.EnrolledOn, x.e.Status, x.e.FinishedOn, attended, heldIds.Count, rate,
                x.e.Status == EnrolmentStatus.Enrolled && rate >= KoreanCourse.CompletionAttendance);
        }).ToList();
        if (revealNames)
        {
            var shown = learners.Where(l => l.Name is not null && l.ClientId is not null).Select(l => l.ClientId!.Value.ToString()).ToList();
            if (shown.Count > 0)
            {
                await accessLog.RecordAsync(ClientService.SubjectType, shown, "course", ct);
            }
        }

        return new CourseDetails(course,
            [.. sessions.Select(s => new SessionView(s.Id, s.On, s.Hours, s.Topic, marks.Count(m => m.SessionId == s.Id && m.Present), marks.Count(m => m.SessionId == s.Id)))],
            learners, [.. marks.Select(m => new AttendanceCell(m.SessionId, m.EnrolmentId, m.Present))]);
    }
}
