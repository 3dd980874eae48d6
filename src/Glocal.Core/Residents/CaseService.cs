using System.Security.Cryptography;
using Glocal.Core.Audit;
using Glocal.Core.Data;
using Glocal.Core.Shared;
using Glocal.Core.Tenancy;
using Microsoft.EntityFrameworkCore;

namespace Glocal.Core.Residents;

/// <summary>Opens and works consultation cases; every reveal of a case's personal data is logged.</summary>
public sealed class CaseService(GlocalDbContext db, IPersonalDataCipher cipher, PersonalDataAccessLog accessLog, TenantContext tenant, TimeProvider clock)
{
    public const string SubjectType = "ConsultationCase";

    /// <summary>No 0/O or 1/I/L: reference numbers are read over the phone.</summary>
    private const string ReferenceAlphabet = "ABCDEFGHJKMNPQRSTUVWXYZ23456789";

    private DateTime Now => clock.GetUtcNow().UtcDateTime;

    private DateOnly Today => KoreaTime.Today(clock);

    private string Actor => tenant.UserName ?? "system";

    public async Task<ConsultationCase> OpenAsync(OpenCaseRequest request, CancellationToken ct)
    {
        if (request.ClientId is { } clientId && !await db.Clients.AnyAsync(c => c.Id == clientId, ct))
        {
            throw new NotFoundException(nameof(Client), clientId);
        }

        var @case = NewCase(request.Channel, request.Category, request.Language);
        @case.ClientId = request.ClientId;
        @case.InterpreterUsed = request.InterpreterUsed;
        @case.Sensitive = request.Sensitive;
        @case.Subject = request.Subject?.Trim();
        @case.AssignedTo = tenant.UserName;
        db.ConsultationCases.Add(@case);
        await db.SaveChangesAsync(ct);
        return @case;
    }

    /// <summary>A case as the public portal creates it: sealed request text, in the municipality's queue as New.</summary>
    public ConsultationCase NewPortalCase(CaseCategory category, string language, string name, string contact, string message)
    {
        var @case = NewCase(CaseChannel.Online, category, language);
        @case.RequesterNameSealed = cipher.Encrypt(name.Trim());
        @case.ContactSealed = cipher.Encrypt(contact.Trim());
        @case.MessageSealed = cipher.Encrypt(message.Trim());
        return @case;
    }

    private ConsultationCase NewCase(CaseChannel channel, CaseCategory category, string language) => new()
    {
        Id = Guid.CreateVersion7(),
        ReferenceNumber = NewReference(),
        Channel = channel,
        Category = category,
        Language = language,
        OpenedAt = Now,
    };

    /// <summary>"R-" and eight characters: 31^8 ≈ 8.5e11, so guessing another person's reference is hopeless.</summary>
    public static string NewReference() => "R-" + RandomNumberGenerator.GetString(ReferenceAlphabet, 8);

    public async Task UpdateAsync(Guid id, UpdateCaseRequest request, CancellationToken ct)
    {
        var @case = await FindAsync(id, ct);
        if (request.ClientId is { } clientId)
        {
            if (!await db.Clients.AnyAsync(c => c.Id == clientId, ct))
            {
                throw new NotFoundException(nameof(Client), clientId);
            }

            @case.ClientId = clientId;
        }

        @case.Category = request.Category ?? @case.Category;
        @case.Sensitive = request.Sensitive ?? @case.Sensitive;
        @case.InterpreterUsed = request.InterpreterUsed ?? @case.InterpreterUsed;
        @case.Subject = request.Subject?.Trim() ?? @case.Subject;
        @case.AssignedTo = request.AssignedTo ?? @case.AssignedTo;
        await db.SaveChangesAsync(ct);
    }

    public async Task ChangeStatusAsync(Guid id, CaseStatus status, CancellationToken ct)
    {
        var @case = await FindAsync(id, ct);
        if (status == CaseStatus.Referred)
        {
            throw new BusinessRuleException("case_refer_with_referral", "A case becomes Referred by recording a referral to an agency.");
        }

        @case.MoveTo(status, Now, Actor);
        await db.SaveChangesAsync(ct);
    }

    public async Task ReopenAsync(Guid id, CancellationToken ct)
    {
        var @case = await FindAsync(id, ct);
        @case.Reopen(Now, Actor);
        await db.SaveChangesAsync(ct);
    }

    public async Task<Guid> AddNoteAsync(Guid id, AddNoteRequest request, CancellationToken ct)
    {
        var @case = await FindAsync(id, ct);
        RefuseIfAnonymised(@case);
        var note = new CaseNote { Id = Guid.CreateVersion7(), CaseId = id, TextSealed = cipher.Encrypt(request.Text.Trim()), Author = Actor, CreatedAt = Now };
        db.CaseNotes.Add(note);
        @case.Responded(Now);
        await db.SaveChangesAsync(ct);
        return note.Id;
    }

    /// <summary>
    /// Refers the case to an agency. The person's recorded consent for referral to that agency is required;
    /// without it, only a holder of <c>residents.override_consent</c> may refer, giving a reason, and the
    /// override is written to the audit trail as its own event.
    /// </summary>
    public async Task<Guid> ReferAsync(Guid id, ReferCaseRequest request, bool canOverride, CancellationToken ct)
    {
        var @case = await FindAsync(id, ct);
        RefuseIfAnonymised(@case);
        var today = Today;
        var consents = @case.ClientId is { } clientId
            ? await db.ConsentRecords.Where(c => c.ClientId == clientId && c.Purpose == ConsentPurpose.Referral).ToListAsync(ct)
            : [];
        var consent = consents.FirstOrDefault(c => c.Covers(ConsentPurpose.Referral, request.Agency, today));

        var referral = new Referral
        {
            Id = Guid.CreateVersion7(),
            CaseId = id,
            Agency = request.Agency,
            ReferredAt = Now,
            ReferredBy = Actor,
        };

        if (consent is not null)
        {
            referral.ConsentId = consent.Id;
        }
        else if (string.IsNullOrWhiteSpace(request.OverrideReason))
        {
            throw new BusinessRuleException("consent_required",
                @case.ClientId is null
                    ? "Link the case to a client and record their consent to referral before referring."
                    : $"The client has not consented to referral to {request.Agency}.");
        }
        else if (!canOverride)
        {
            throw new BusinessRuleException("consent_override_forbidden", "Referring without consent needs the consent-override permission.", 403);
        }
        else
        {
            referral.OverrideReason = request.OverrideReason.Trim();
            referral.OverriddenBy = Actor;
            db.AuditEvents.Add(new AuditEvent
            {
                OccurredAt = Now,
                MunicipalityId = @case.MunicipalityId,
                UserId = tenant.UserId,
                UserName = Actor,
                EntityType = "ConsentOverride",
                EntityId = referral.Id.ToString(),
                Action = AuditAction.Create,
                ChangedFields = $"Case={@case.ReferenceNumber},Agency={request.Agency}",
            });
        }

        db.Referrals.Add(referral);
        @case.MarkReferred(Now, Actor);
        await db.SaveChangesAsync(ct);
        return referral.Id;
    }

    public async Task ChangeReferralStatusAsync(Guid caseId, Guid referralId, ReferralStatus status, CancellationToken ct)
    {
        var referral = await db.Referrals.SingleOrDefaultAsync(r => r.Id == referralId && r.CaseId == caseId, ct)
            ?? throw new NotFoundException(nameof(Referral), referralId);
        if (referral.Status is ReferralStatus.Completed or ReferralStatus.Declined)
        {
            throw new BusinessRuleException("referral_finished", "This referral is already finished.");
        }

        referral.Status = status;
        referral.CompletedAt = status is ReferralStatus.Completed or ReferralStatus.Declined ? Now : null;
        await db.SaveChangesAsync(ct);
    }

    public async Task<Guid> RecordOutcomeAsync(Guid id, RecordOutcomeRequest request, CancellationToken ct)
    {
        var @case = await FindAsync(id, ct);
        RefuseIfAnonymised(@case);
        var outcome = new CaseOutcome
        {
            Id = Guid.CreateVersion7(), CaseId = id, Kind = request.Kind, AmountWon = request.AmountWon,
            RecordedOn = request.RecordedOn ?? Today, Note = request.Note?.Trim(),
        };
        db.CaseOutcomes.Add(outcome);
        await db.SaveChangesAsync(ct);
        return outcome.Id;
    }

    public async Task<Guid> AddFollowUpAsync(Guid id, AddFollowUpRequest request, CancellationToken ct)
    {
        var @case = await FindAsync(id, ct);
        RefuseIfAnonymised(@case);
        var followUp = new FollowUp { Id = Guid.CreateVersion7(), CaseId = id, DueOn = request.DueOn, Action = request.Action.Trim() };
        db.FollowUps.Add(followUp);
        await db.SaveChangesAsync(ct);
        return followUp.Id;
    }

    public async Task CompleteFollowUpAsync(Guid caseId, Guid followUpId, CancellationToken ct)
    {
        var followUp = await db.FollowUps.SingleOrDefaultAsync(f => f.Id == followUpId && f.CaseId == caseId, ct)
            ?? throw new NotFoundException(nameof(FollowUp), followUpId);
        followUp.DoneAt ??= Now;
        await db.SaveChangesAsync(ct);
    }

    /// <summary>The whole case with personal data decrypted; logs the read of the case and of its client.</summary>
    public async Task<CaseDetails> RevealAsync(Guid id, CancellationToken ct)
    {
        var @case = await db.ConsultationCases.AsNoTracking().Include(c => c.StatusChanges).SingleOrDefaultAsync(c => c.Id == id, ct)
            ?? throw new NotFoundException(SubjectType, id);
        var client = @case.ClientId is { } clientId ? await db.Clients.AsNoTracking().SingleOrDefaultAsync(c => c.Id == clientId, ct) : null;
        var notes = await db.CaseNotes.AsNoTracking().Where(n => n.CaseId == id).OrderBy(n => n.CreatedAt).ToListAsync(ct);
        var referrals = await db.Referrals.AsNoTracking().Where(r => r.CaseId == id).OrderBy(r => r.ReferredAt)
            .Select(r => new ReferralView(r.Id, r.Agency, r.Status, r.ConsentId == null, r.OverrideReason, r.ReferredAt, r.CompletedAt, r.ReferredBy)).ToListAsync(ct);
        var outcomes = await db.CaseOutcomes.AsNoTracking().Where(o => o.CaseId == id).OrderBy(o => o.RecordedOn)
            .Select(o => new OutcomeView(o.Id, o.Kind, o.AmountWon, o.RecordedOn, o.Note)).ToListAsync(ct);
        var followUps = await db.FollowUps.AsNoTracking().Where(f => f.CaseId == id).OrderBy(f => f.DueOn)
            .Select(f => new FollowUpView(f.Id, f.DueOn, f.Action, f.DoneAt)).ToListAsync(ct);
        var consents = client is null ? [] : await db.ConsentRecords.AsNoTracking().Where(c => c.ClientId == client.Id).OrderBy(c => c.GivenOn)
            .Select(c => new ConsentView(c.Id, c.ClientId, c.Purpose, c.Scope, c.GivenOn, c.WithdrawnOn, c.RecordedBy)).ToListAsync(ct);

        List<(string, string)> read = [(SubjectType, id.ToString())];
        if (client is not null)
        {
            read.Add((ClientService.SubjectType, client.Id.ToString()));
        }

        await accessLog.RecordAsync(read, "view", ct);

        return new CaseDetails(
            @case.Id, @case.ReferenceNumber, @case.Status, @case.Category, @case.Channel, @case.Language, @case.InterpreterUsed,
            @case.Sensitive, @case.Subject, @case.ClientId, client is null ? null : cipher.Decrypt(client.NameSealed),
            Open(@case.RequesterNameSealed), Open(@case.ContactSealed), Open(@case.MessageSealed),
            @case.OpenedAt, @case.FirstResponseAt, @case.ClosedAt, @case.AnonymisedAt, @case.AssignedTo,
            [.. notes.Select(n => new CaseNoteView(n.Id, cipher.Decrypt(n.TextSealed), n.Author, n.CreatedAt))],
            referrals, outcomes, followUps,
            [.. @case.StatusChanges.OrderBy(s => s.At).Select(s => new StatusChangeView(s.From, s.To, s.At, s.By))],
            consents);
    }

    /// <summary>
    /// The case list. Names are decrypted only for callers who may see them (and, for sensitive cases, who may
    /// see those); each row whose name is shown writes an access-log entry.
    /// </summary>
    public async Task<Page<CaseSummary>> ListAsync(CaseSearch search, PageRequest page, CaseViewer viewer, CancellationToken ct, IReadOnlyCollection<Guid>? clientIds = null)
    {
        var query = Filter(search);
        if (clientIds is not null)
        {
            query = query.Where(c => c.ClientId != null && clientIds.Contains(c.ClientId.Value));
        }

        var total = await query.CountAsync(ct);
        var rows = await Sort(query, search.Sort).Skip(page.Skip).Take(page.PageSize)
            .Select(c => new
            {
                Case = c,
                ClientName = db.Clients.Where(cl => cl.Id == c.ClientId).Select(cl => cl.NameSealed).FirstOrDefault(),
            })
            .ToListAsync(ct);

        var revealed = new List<string>();
        var items = rows.Select(r =>
        {
            var c = r.Case;
            var hidden = c.Sensitive && !viewer.CanSeeSensitive;
            string? name = null;
            if (viewer.CanSeeNames && !hidden)
            {
                name = Open(r.ClientName) ?? Open(c.RequesterNameSealed);
                if (name is not null)
                {
                    revealed.Add(c.Id.ToString());
                }
            }

            return new CaseSummary(c.Id, c.ReferenceNumber, c.Status, c.Category, c.Channel, c.Language, c.Sensitive, name, hidden,
                c.OpenedAt, c.FirstResponseAt, c.ClosedAt);
        }).ToList();

        if (revealed.Count > 0)
        {
            await accessLog.RecordAsync(SubjectType, revealed, "list", ct);
        }

        return new Page<CaseSummary>(items, page.Page, page.PageSize, total);
    }

    private IQueryable<ConsultationCase> Filter(CaseSearch search)
    {
        var query = db.ConsultationCases.AsNoTracking();
        if (search.Status is { } status)
        {
            query = query.Where(c => c.Status == status);
        }

        if (search.Category is { } category)
        {
            query = query.Where(c => c.Category == category);
        }

        if (search.Channel is { } channel)
        {
            query = query.Where(c => c.Channel == channel);
        }

        if (search.Sensitive is { } sensitive)
        {
            query = query.Where(c => c.Sensitive == sensitive);
        }

        if (!string.IsNullOrWhiteSpace(search.Language))
        {
            query = query.Where(c => c.Language == search.Language);
        }

        if (!string.IsNullOrWhiteSpace(search.Reference))
        {
            var reference = search.Reference.Trim().ToUpperInvariant();
            query = query.Where(c => c.ReferenceNumber == reference);
        }

        if (search.From is { } from)
        {
            var start = from.ToDateTime(TimeOnly.MinValue, DateTimeKind.Utc).AddHours(-KoreaTime.OffsetHours);
            query = query.Where(c => c.OpenedAt >= start);
        }

        if (search.To is { } to)
        {
            var end = to.AddDays(1).ToDateTime(TimeOnly.MinValue, DateTimeKind.Utc).AddHours(-KoreaTime.OffsetHours);
            query = query.Where(c => c.OpenedAt < end);
        }

        return query;
    }

    private static IQueryable<ConsultationCase> Sort(IQueryable<ConsultationCase> query, string? sort) => sort switch
    {
        "opened" => query.OrderBy(c => c.OpenedAt),
        "status" => query.OrderBy(c => c.Status).ThenByDescending(c => c.OpenedAt),
        "-status" => query.OrderByDescending(c => c.Status).ThenByDescending(c => c.OpenedAt),
        "category" => query.OrderBy(c => c.Category).ThenByDescending(c => c.OpenedAt),
        "-category" => query.OrderByDescending(c => c.Category).ThenByDescending(c => c.OpenedAt),
        "language" => query.OrderBy(c => c.Language).ThenByDescending(c => c.OpenedAt),
        "-language" => query.OrderByDescending(c => c.Language).ThenByDescending(c => c.OpenedAt),
        "reference" => query.OrderBy(c => c.ReferenceNumber),
        "-reference" => query.OrderByDescending(c => c.ReferenceNumber),
        _ => query.OrderByDescending(c => c.OpenedAt),
    };

    private async Task<ConsultationCase> FindAsync(Guid id, CancellationToken ct) =>
        await db.ConsultationCases.Include(c => c.StatusChanges).SingleOrDefaultAsync(c => c.Id == id, ct)
        ?? throw new NotFoundException(SubjectType, id);

    private static void RefuseIfAnonymised(ConsultationCase @case)
    {
        if (@case.AnonymisedAt is not null)
        {
            throw new BusinessRuleException("case_anonymised", "This case was anonymised under the retention policy.");
        }
    }

    private string? Open(string? sealedValue) => sealedValue is null ? null : cipher.Decrypt(sealedValue);
}
