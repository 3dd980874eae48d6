using Glocal.Core.Data;
using Glocal.Core.Shared;
using Microsoft.EntityFrameworkCore;

namespace Glocal.Core.Residents.Interpreters;

/// <summary>Interpreters and their assignments: language match, no double booking, the assignment lifecycle.</summary>
public sealed class InterpreterService(GlocalDbContext db, TimeProvider clock)
{
    private DateTime Now => clock.GetUtcNow().UtcDateTime;

    public async Task<Guid> SaveAsync(Guid? id, SaveInterpreterRequest request, CancellationToken ct)
    {
        var interpreter = id is { } existing
            ? await db.Interpreters.SingleOrDefaultAsync(i => i.Id == existing, ct) ?? throw new NotFoundException(nameof(Interpreter), existing)
            : null;
        if (interpreter is null)
        {
            interpreter = new Interpreter { Id = Guid.CreateVersion7(), Name = "", Languages = "", CreatedAt = Now };
            db.Interpreters.Add(interpreter);
        }

        interpreter.Name = request.Name.Trim();
        interpreter.Languages = string.Join(' ', request.Languages.Split(' ', StringSplitOptions.RemoveEmptyEntries).Distinct(StringComparer.OrdinalIgnoreCase));
        interpreter.AvailableDays = request.AvailableDays ?? Weekdays.None;
        interpreter.AvailableHours = request.AvailableHours?.Trim();
        interpreter.Phone = request.Phone?.Trim();
        interpreter.Active = request.Active;
        await db.SaveChangesAsync(ct);
        return interpreter.Id;
    }

    public async Task<Guid> AssignAsync(Guid interpreterId, AssignInterpreterRequest request, CancellationToken ct)
    {
        var interpreter = await db.Interpreters.SingleOrDefaultAsync(i => i.Id == interpreterId, ct)
            ?? throw new NotFoundException(nameof(Interpreter), interpreterId);
        if (!interpreter.Active)
        {
            throw new BusinessRuleException("interpreter_inactive", "This interpreter is not active.");
        }

        if (!interpreter.Speaks(request.Language))
        {
            throw new BusinessRuleException("interpreter_language", $"{interpreter.Name} does not interpret {request.Language}.");
        }

        if (request.CaseId is { } caseId && !await db.ConsultationCases.AnyAsync(c => c.Id == caseId, ct))
        {
            throw new NotFoundException(nameof(ConsultationCase), caseId);
        }

        var start = DateTime.SpecifyKind(request.ScheduledAt.ToUniversalTime(), DateTimeKind.Utc);
        var end = start.AddMinutes(request.Minutes);
        var sameDay = await db.InterpreterAssignments.AsNoTracking()
            .Where(a => a.InterpreterId == interpreterId && a.ScheduledAt < end && a.ScheduledAt > start.AddHours(-12))
            .ToListAsync(ct);
        if (sameDay.Any(a => a.Blocks && a.ScheduledAt < end && a.End > start))
        {
            throw new BusinessRuleException("interpreter_double_booked", $"{interpreter.Name} already has an assignment at that time.", 409);
        }

        var assignment = new InterpreterAssignment
        {
            Id = Guid.CreateVersion7(), InterpreterId = interpreterId, CaseId = request.CaseId, Language = request.Language,
            Mode = request.Mode, Situation = request.Situation, ScheduledAt = start, Minutes = request.Minutes, Note = request.Note?.Trim(),
        };
        db.InterpreterAssignments.Add(assignment);
        if (request.CaseId is { } linked && await db.ConsultationCases.SingleOrDefaultAsync(c => c.Id == linked, ct) is { } @case)
        {
            @case.InterpreterUsed = true;
        }

        await db.SaveChangesAsync(ct);
        return assignment.Id;
    }

    public async Task ChangeStatusAsync(Guid interpreterId, Guid assignmentId, ChangeAssignmentStatusRequest request, CancellationToken ct)
    {
        var assignment = await db.InterpreterAssignments.SingleOrDefaultAsync(a => a.Id == assignmentId && a.InterpreterId == interpreterId, ct)
            ?? throw new NotFoundException(nameof(InterpreterAssignment), assignmentId);
        assignment.MoveTo(request.Status, Now);
        if (!string.IsNullOrWhiteSpace(request.Note))
        {
            assignment.Note = request.Note.Trim();
        }

        await db.SaveChangesAsync(ct);
    }

    public async Task<Page<InterpreterSummary>> ListAsync(InterpreterSearch search, PageRequest page, CancellationToken ct)
    {
        var query = db.Interpreters.AsNoTracking();
        if (search.Active is { } active)
        {
            query = query.Where(i => i.Active == active);
        }

        if (!string.IsNullOrWhiteSpace(search.Q))
        {
            var q = search.Q.Trim();
            query = query.Where(i => i.Name.Contains(q));
        }

        var rows = await query.Select(i => new InterpreterSummary(i.Id, i.Name, i.Languages, i.AvailableDays, i.AvailableHours, i.Phone, i.Active,
            db.InterpreterAssignments.Count(a => a.InterpreterId == i.Id),
            db.InterpreterAssignments.Count(a => a.InterpreterId == i.Id && a.Status == AssignmentStatus.NoShow))).ToListAsync(ct);

        // Language matching is by primary subtag over a short list: done here rather than in SQL.
        if (!string.IsNullOrWhiteSpace(search.Language))
        {
            var wanted = Figures.ResidentsMath.Base(search.Language);
            rows = [.. rows.Where(r => r.Languages.Split(' ').Any(l => Figures.ResidentsMath.Base(l) == wanted))];
        }

        IEnumerable<InterpreterSummary> sorted = search.Sort switch
        {
            "-name" => rows.OrderByDescending(r => r.Name, StringComparer.Ordinal),
            "languages" => rows.OrderBy(r => r.Languages, StringComparer.Ordinal),
            "-languages" => rows.OrderByDescending(r => r.Languages, StringComparer.Ordinal),
            "assignments" => rows.OrderBy(r => r.Assignments),
            "-assignments" => rows.OrderByDescending(r => r.Assignments),
            _ => rows.OrderBy(r => r.Name, StringComparer.Ordinal),
        };
        var all = sorted.ToList();
        return new Page<InterpreterSummary>([.. all.Skip(page.Skip).Take(page.PageSize)], page.Page, page.PageSize, all.Count);
    }

    public async Task<InterpreterDetails> GetAsync(Guid id, CancellationToken ct)
    {
        var i = await db.Interpreters.AsNoTracking().SingleOrDefaultAsync(x => x.Id == id, ct) ?? throw new NotFoundException(nameof(Interpreter), id);
        var assignments = await AssignmentsAsync(new AssignmentSearch(InterpreterId: id, Sort: "-scheduled"), new PageRequest(1, PageRequest.MaxPageSize), ct);
        return new InterpreterDetails(i.Id, i.Name, i.Languages, i.AvailableDays, i.AvailableHours, i.Phone, i.Active, i.CreatedAt, assignments.Items);
    }

    public async Task<Page<AssignmentView>> AssignmentsAsync(AssignmentSearch search, PageRequest page, CancellationToken ct)
    {
        var query = from a in db.InterpreterAssignments.AsNoTracking()
                    join i in db.Interpreters on a.InterpreterId equals i.Id
                    select new { a, i.Name, Reference = db.ConsultationCases.Where(c => c.Id == a.CaseId).Select(c => c.ReferenceNumber).FirstOrDefault() };
        if (search.Status is { } status)
        {
            query = query.Where(x => x.a.Status == status);
        }

        if (search.Mode is { } mode)
        {
            query = query.Where(x => x.a.Mode == mode);
        }

        if (search.Situation is { } situation)
        {
            query = query.Where(x => x.a.Situation == situation);
        }

        if (!string.IsNullOrWhiteSpace(search.Language))
        {
            query = query.Where(x => x.a.Language == search.Language);
        }

        if (search.InterpreterId is { } interpreterId)
        {
            query = query.Where(x => x.a.InterpreterId == interpreterId);
        }

        if (search.From is { } from)
        {
            var start = from.ToDateTime(TimeOnly.MinValue, DateTimeKind.Utc).AddHours(-KoreaTime.OffsetHours);
            query = query.Where(x => x.a.ScheduledAt >= start);
        }

        if (search.To is { } to)
        {
            var end = to.AddDays(1).ToDateTime(TimeOnly.MinValue, DateTimeKind.Utc).AddHours(-KoreaTime.OffsetHours);
            query = query.Where(x => x.a.ScheduledAt < end);
        }

        query = search.Sort switch
        {
            "scheduled" => query.OrderBy(x => x.a.ScheduledAt),
            "status" => query.OrderBy(x => x.a.Status).ThenByDescending(x => x.a.ScheduledAt),
            "-status" => query.OrderByDescending(x => x.a.Status).ThenByDescending(x => x.a.ScheduledAt),
            "language" => query.OrderBy(x => x.a.Language).ThenByDescending(x => x.a.ScheduledAt),
            "-language" => query.OrderByDescending(x => x.a.Language).ThenByDescending(x => x.a.ScheduledAt),
            "interpreter" => query.OrderBy(x => x.Name).ThenByDescending(x => x.a.ScheduledAt),
            "-interpreter" => query.OrderByDescending(x => x.Name).ThenByDescending(x => x.a.ScheduledAt),
            _ => query.OrderByDescending(x => x.a.ScheduledAt),
        };
        var total = await query.CountAsync(ct);
        var items = await query.Skip(page.Skip).Take(page.PageSize)
            .Select(x => new AssignmentView(x.a.Id, x.a.InterpreterId, x.Name, x.a.CaseId, x.Reference, x.a.Language, x.a.Mode, x.a.Situation,
                x.a.ScheduledAt, x.a.Minutes, x.a.Status, x.a.Note))
            .ToListAsync(ct);
        return new Page<AssignmentView>(items, page.Page, page.PageSize, total);
    }
}
