using Glocal.Core.Data;
using Glocal.Core.Shared;
using Microsoft.EntityFrameworkCore;

namespace Glocal.Core.Exchanges;

/// <summary>Every write of the exchange module, with its rules; the pages, the API, the import and the demo all come through here.</summary>
public sealed class ExchangeService(GlocalDbContext db, TimeProvider clock)
{
    public async Task<Guid> CreatePartnerAsync(CreatePartnerRequest request, CancellationToken ct)
    {
        var partner = new PartnerCity
        {
            Id = Guid.CreateVersion7(),
            NameKo = request.NameKo.Trim(),
            NameEn = request.NameEn.Trim(),
            NameLocal = Blank(request.NameLocal),
            CountryCode = request.CountryCode.ToUpperInvariant(),
            Region = Blank(request.Region),
            Level = request.Level,
            Population = request.Population,
            Latitude = request.Latitude,
            Longitude = request.Longitude,
            GeoNameId = request.GeoNameId,
            Notes = Blank(request.Notes),
            CreatedAt = clock.GetUtcNow().UtcDateTime,
        };
        if (partner.CountryCode == "KR")
        {
            throw new BusinessRuleException("partner_domestic", "A partner city is a foreign local government; domestic partners are not recorded here.");
        }

        if (await db.PartnerCities.AnyAsync(p => p.CountryCode == partner.CountryCode && p.NameEn == partner.NameEn && p.Region == partner.Region, ct))
        {
            throw new BusinessRuleException("partner_duplicate", $"{partner.NameEn} ({partner.CountryCode}) is already a partner.", 409);
        }

        db.PartnerCities.Add(partner);
        await db.SaveChangesAsync(ct);
        return partner.Id;
    }

    /// <summary>Changes a partner's descriptive fields; <paramref name="expectedVersion"/> is the version the editor read (If-Match, the form's hidden field).</summary>
    public async Task UpdatePartnerAsync(Guid id, UpdatePartnerRequest request, long? expectedVersion, CancellationToken ct)
    {
        var partner = await db.PartnerCities.SingleOrDefaultAsync(p => p.Id == id, ct) ?? throw new NotFoundException(nameof(PartnerCity), id);
        VersionGuard.Check(db, partner, expectedVersion);
        partner.NameKo = request.NameKo?.Trim() ?? partner.NameKo;
        partner.NameEn = request.NameEn?.Trim() ?? partner.NameEn;
        partner.NameLocal = request.NameLocal is null ? partner.NameLocal : Blank(request.NameLocal);
        partner.Region = request.Region is null ? partner.Region : Blank(request.Region);
        partner.Level = request.Level ?? partner.Level;
        partner.Population = request.Population ?? partner.Population;
        partner.Notes = request.Notes is null ? partner.Notes : Blank(request.Notes);
        if (partner.NameEn.Length == 0 || partner.NameKo.Length == 0)
        {
            throw new BusinessRuleException("partner_name_required", "A partner keeps a Korean and an English name.");
        }

        if (await db.PartnerCities.AnyAsync(p => p.Id != id && p.CountryCode == partner.CountryCode && p.NameEn == partner.NameEn && p.Region == partner.Region, ct))
        {
            throw new BusinessRuleException("partner_duplicate", $"{partner.NameEn} ({partner.CountryCode}) is already a partner.", 409);
        }

        await db.SaveChangesAsync(ct);
    }

    public async Task<Guid> AddAgreementAsync(CreateAgreementRequest request, CancellationToken ct)
    {
        await RequirePartnerAsync(request.PartnerCityId, ct);
        var agreement = new Agreement
        {
            Id = Guid.CreateVersion7(),
            PartnerCityId = request.PartnerCityId,
            Type = request.Type,
            SignedOn = request.SignedOn,
            Fields = request.Fields,
            CouncilApprovedOn = request.CouncilApprovedOn,
            CouncilResolutionNumber = Blank(request.CouncilResolutionNumber),
            Motive = Blank(request.Motive),
        };
        agreement.Validate(Today);
        if (await db.Agreements.AnyAsync(a => a.PartnerCityId == agreement.PartnerCityId && a.Type == agreement.Type && a.SignedOn == agreement.SignedOn, ct))
        {
            throw new BusinessRuleException("agreement_duplicate", "This agreement is already recorded.", 409);
        }

        db.Agreements.Add(agreement);
        await db.SaveChangesAsync(ct);
        return agreement.Id;
    }

    public async Task ChangeAgreementStatusAsync(Guid id, ChangeAgreementStatusRequest request, CancellationToken ct)
    {
        var agreement = await db.Agreements.Include(a => a.StatusHistory).SingleOrDefaultAsync(a => a.Id == id, ct)
            ?? throw new NotFoundException(nameof(Agreement), id);
        var on = request.On ?? Today;
        if (on > Today)
        {
            throw new BusinessRuleException("agreement_status_in_future", "A status change cannot be dated in the future.");
        }

        agreement.ChangeStatus(request.Status, request.Reason, on);
        await db.SaveChangesAsync(ct);
    }

    /// <summary>Corrects an agreement's terms; the rules of a new agreement hold for the result.</summary>
    public async Task UpdateAgreementAsync(Guid id, UpdateAgreementRequest request, long? expectedVersion, CancellationToken ct)
    {
        var agreement = await db.Agreements.SingleOrDefaultAsync(a => a.Id == id, ct) ?? throw new NotFoundException(nameof(Agreement), id);
        VersionGuard.Check(db, agreement, expectedVersion);
        agreement.Type = request.Type ?? agreement.Type;
        agreement.SignedOn = request.SignedOn ?? agreement.SignedOn;
        agreement.Fields = request.Fields ?? agreement.Fields;
        agreement.CouncilApprovedOn = request.CouncilApprovedOn ?? agreement.CouncilApprovedOn;
        agreement.CouncilResolutionNumber = request.CouncilResolutionNumber is null ? agreement.CouncilResolutionNumber : Blank(request.CouncilResolutionNumber);
        agreement.Motive = request.Motive is null ? agreement.Motive : Blank(request.Motive);
        agreement.Validate(Today);
        if (await db.Agreements.AnyAsync(a => a.Id != id && a.PartnerCityId == agreement.PartnerCityId && a.Type == agreement.Type && a.SignedOn == agreement.SignedOn, ct))
        {
            throw new BusinessRuleException("agreement_duplicate", "This agreement is already recorded.", 409);
        }

        await db.SaveChangesAsync(ct);
    }

    public async Task<Guid> AddProgrammeAsync(CreateProgrammeRequest request, CancellationToken ct)
    {
        await RequirePartnerAsync(request.PartnerCityId, ct);
        await RequireLinkAsync(db.Agreements.Where(a => a.Id == request.AgreementId), request.AgreementId, request.PartnerCityId, "agreement", ct);
        var budgets = request.Budgets ?? [];
        CheckProgramme(request.Field, request.StartYear, request.EndYear, budgets);

        var programme = new ExchangeProgramme
        {
            Id = Guid.CreateVersion7(),
            PartnerCityId = request.PartnerCityId,
            AgreementId = request.AgreementId,
            Name = request.Name.Trim(),
            Field = request.Field,
            Direction = request.Direction,
            Format = request.Format,
            Recurrence = request.Recurrence,
            StartYear = request.StartYear,
            EndYear = request.EndYear,
            Budgets = [.. budgets.Select(b => new ProgrammeBudget { Id = Guid.CreateVersion7(), Year = b.Year, Source = b.Source, PlannedWon = b.PlannedWon, ExecutedWon = b.ExecutedWon })],
        };
        db.ExchangeProgrammes.Add(programme);
        await db.SaveChangesAsync(ct);
        return programme.Id;
    }

    /// <summary>Edits a programme; budget lines, when given, replace the old ones (one per year and source).</summary>
    public async Task UpdateProgrammeAsync(Guid id, UpdateProgrammeRequest request, long? expectedVersion, CancellationToken ct)
    {
        var programme = await db.ExchangeProgrammes.Include(p => p.Budgets).SingleOrDefaultAsync(p => p.Id == id, ct)
            ?? throw new NotFoundException(nameof(ExchangeProgramme), id);
        VersionGuard.Check(db, programme, expectedVersion);
        if (request.AgreementId is { } agreementId)
        {
            await RequireLinkAsync(db.Agreements.Where(a => a.Id == agreementId), agreementId, programme.PartnerCityId, "agreement", ct);
        }

        programme.Name = request.Name?.Trim() ?? programme.Name;
        programme.Field = request.Field ?? programme.Field;
        programme.Direction = request.Direction ?? programme.Direction;
        programme.Format = request.Format ?? programme.Format;
        programme.Recurrence = request.Recurrence ?? programme.Recurrence;
        programme.StartYear = request.StartYear ?? programme.StartYear;
        programme.EndYear = request.ClearEndYear ? null : request.EndYear ?? programme.EndYear;
        programme.AgreementId = request.ClearAgreement ? null : request.AgreementId ?? programme.AgreementId;
        var budgets = request.Budgets ?? [.. programme.Budgets.Select(b => new BudgetLine(b.Year, b.Source, b.PlannedWon, b.ExecutedWon))];
        CheckProgramme(programme.Field, programme.StartYear, programme.EndYear, budgets);
        if (request.Budgets is not null)
        {
            // Lines are matched by year and source so an unchanged line keeps its id and its audit history.
            var wanted = budgets.ToDictionary(b => (b.Year, b.Source));
            foreach (var line in programme.Budgets.Where(b => !wanted.ContainsKey((b.Year, b.Source))).ToList())
            {
                programme.Budgets.Remove(line);
                db.Remove(line);
            }

            foreach (var line in budgets)
            {
                var existing = programme.Budgets.SingleOrDefault(b => b.Year == line.Year && b.Source == line.Source);
                if (existing is null)
                {
                    // Added explicitly: a new child with its key set would otherwise be taken for an existing row.
                    db.Add(new ProgrammeBudget { Id = Guid.CreateVersion7(), ProgrammeId = programme.Id, Year = line.Year, Source = line.Source, PlannedWon = line.PlannedWon, ExecutedWon = line.ExecutedWon });
                }
                else
                {
                    (existing.PlannedWon, existing.ExecutedWon) = (line.PlannedWon, line.ExecutedWon);
                }
            }
        }

        await db.SaveChangesAsync(ct);
    }

    public async Task<Guid> AddDelegationAsync(CreateDelegationRequest request, CancellationToken ct)
    {
        await RequirePartnerAsync(request.PartnerCityId, ct);
        await RequireLinkAsync(db.ExchangeProgrammes.Where(p => p.Id == request.ProgrammeId).Select(p => p.PartnerCityId), request.ProgrammeId, request.PartnerCityId, "programme", ct);
        CheckDelegation(request.Direction, request.StartsOn, request.EndsOn, request.ApprovedOn, request.ReportedOn);

        var delegation = new Delegation
        {
            Id = Guid.CreateVersion7(),
            PartnerCityId = request.PartnerCityId,
            ProgrammeId = request.ProgrammeId,
            Direction = request.Direction,
            Head = request.Head,
            MembersOfficials = request.MembersOfficials,
            MembersCouncil = request.MembersCouncil,
            MembersBusiness = request.MembersBusiness,
            MembersCitizens = request.MembersCitizens,
            MembersStudents = request.MembersStudents,
            Purpose = request.Purpose.Trim(),
            StartsOn = request.StartsOn,
            EndsOn = request.EndsOn,
            CostWon = request.CostWon,
            ApprovedOn = request.ApprovedOn,
            ReportedOn = request.ReportedOn,
            ReportSummary = Blank(request.ReportSummary),
            FollowUps = [.. (request.FollowUps ?? []).Select(f => new DelegationFollowUp { Id = Guid.CreateVersion7(), Description = f.Description.Trim(), DueOn = f.DueOn })],
        };
        db.Delegations.Add(delegation);
        await db.SaveChangesAsync(ct);
        return delegation.Id;
    }

    /// <summary>Edits a delegation: after the trip this is where the report is recorded; the delegation rules hold for the result.</summary>
    public async Task UpdateDelegationAsync(Guid id, UpdateDelegationRequest request, long? expectedVersion, CancellationToken ct)
    {
        var delegation = await db.Delegations.SingleOrDefaultAsync(d => d.Id == id, ct) ?? throw new NotFoundException(nameof(Delegation), id);
        VersionGuard.Check(db, delegation, expectedVersion);
        delegation.Direction = request.Direction ?? delegation.Direction;
        delegation.Head = request.Head ?? delegation.Head;
        delegation.Purpose = request.Purpose?.Trim() ?? delegation.Purpose;
        delegation.StartsOn = request.StartsOn ?? delegation.StartsOn;
        delegation.EndsOn = request.EndsOn ?? delegation.EndsOn;
        delegation.CostWon = request.CostWon ?? delegation.CostWon;
        delegation.MembersOfficials = request.MembersOfficials ?? delegation.MembersOfficials;
        delegation.MembersCouncil = request.MembersCouncil ?? delegation.MembersCouncil;
        delegation.MembersBusiness = request.MembersBusiness ?? delegation.MembersBusiness;
        delegation.MembersCitizens = request.MembersCitizens ?? delegation.MembersCitizens;
        delegation.MembersStudents = request.MembersStudents ?? delegation.MembersStudents;
        delegation.ApprovedOn = request.ApprovedOn ?? delegation.ApprovedOn;
        delegation.ReportedOn = request.ReportedOn ?? delegation.ReportedOn;
        delegation.ReportSummary = request.ReportSummary is null ? delegation.ReportSummary : Blank(request.ReportSummary);
        CheckDelegation(delegation.Direction, delegation.StartsOn, delegation.EndsOn, delegation.ApprovedOn, delegation.ReportedOn);
        if (delegation.ReportedOn > Today)
        {
            throw new BusinessRuleException("delegation_report_in_future", "A report cannot be dated in the future.");
        }

        await db.SaveChangesAsync(ct);
    }

    public async Task<Guid> AddFollowUpAsync(Guid delegationId, FollowUpLine line, CancellationToken ct)
    {
        if (!await db.Delegations.AnyAsync(d => d.Id == delegationId, ct))
        {
            throw new NotFoundException(nameof(Delegation), delegationId);
        }

        var followUp = new DelegationFollowUp { Id = Guid.CreateVersion7(), DelegationId = delegationId, Description = line.Description.Trim(), DueOn = line.DueOn };
        db.DelegationFollowUps.Add(followUp);
        await db.SaveChangesAsync(ct);
        return followUp.Id;
    }

    public async Task CompleteFollowUpAsync(Guid id, CompleteFollowUpRequest request, CancellationToken ct)
    {
        var followUp = await db.DelegationFollowUps.SingleOrDefaultAsync(f => f.Id == id, ct) ?? throw new NotFoundException(nameof(DelegationFollowUp), id);
        if (followUp.DoneOn is not null)
        {
            throw new BusinessRuleException("follow_up_done", "This follow-up is already done.", 409);
        }

        var on = request.DoneOn ?? Today;
        if (on > Today)
        {
            throw new BusinessRuleException("follow_up_done_in_future", "A follow-up cannot be done in the future.");
        }

        followUp.DoneOn = on;
        await db.SaveChangesAsync(ct);
    }

    public async Task<Guid> LogActivityAsync(LogActivityRequest request, CancellationToken ct)
    {
        await RequirePartnerAsync(request.PartnerCityId, ct);
        await RequireLinkAsync(db.Agreements.Where(a => a.Id == request.AgreementId).Select(a => a.PartnerCityId), request.AgreementId, request.PartnerCityId, "agreement", ct);
        await RequireLinkAsync(db.ExchangeProgrammes.Where(p => p.Id == request.ProgrammeId).Select(p => p.PartnerCityId), request.ProgrammeId, request.PartnerCityId, "programme", ct);
        await RequireLinkAsync(db.Delegations.Where(d => d.Id == request.DelegationId).Select(d => d.PartnerCityId), request.DelegationId, request.PartnerCityId, "delegation", ct);
        if (request.OccurredOn > Today)
        {
            throw new BusinessRuleException("activity_in_future", "Log an activity once it has happened; plan future ones as a programme.");
        }

        var activity = new ExchangeActivity
        {
            Id = Guid.CreateVersion7(),
            PartnerCityId = request.PartnerCityId,
            AgreementId = request.AgreementId,
            ProgrammeId = request.ProgrammeId,
            DelegationId = request.DelegationId,
            OccurredOn = request.OccurredOn,
            Kind = request.Kind,
            Substantive = request.Substantive,
            Direction = request.Direction,
            Title = request.Title.Trim(),
            Participants = request.Participants,
            CostWon = request.CostWon,
            OutputAgreements = request.OutputAgreements,
            OutputInvestmentLeads = request.OutputInvestmentLeads,
            OutputStudentsExchanged = request.OutputStudentsExchanged,
            OutputContracts = request.OutputContracts,
        };
        db.ExchangeActivities.Add(activity);
        await db.SaveChangesAsync(ct);
        return activity.Id;
    }

    public async Task<Guid?> FindPartnerIdAsync(string nameEn, string countryCode, CancellationToken ct) =>
        await db.PartnerCities.Where(p => p.NameEn == nameEn && p.CountryCode == countryCode).Select(p => (Guid?)p.Id).FirstOrDefaultAsync(ct);

    private DateOnly Today => RelationshipRules.Today(clock);

    private async Task RequirePartnerAsync(Guid id, CancellationToken ct)
    {
        if (!await db.PartnerCities.AnyAsync(p => p.Id == id, ct))
        {
            throw new NotFoundException(nameof(PartnerCity), id);
        }
    }

    private static async Task RequireLinkAsync(IQueryable<Guid> partnerOfLinked, Guid? linkedId, Guid partnerId, string what, CancellationToken ct)
    {
        if (linkedId is null)
        {
            return;
        }

        var owner = await partnerOfLinked.Select(p => (Guid?)p).SingleOrDefaultAsync(ct);
        if (owner != partnerId)
        {
            throw new BusinessRuleException($"{what}_not_of_partner", $"The linked {what} does not belong to this partner city.");
        }
    }

    private static async Task RequireLinkAsync(IQueryable<Agreement> linked, Guid? linkedId, Guid partnerId, string what, CancellationToken ct) =>
        await RequireLinkAsync(linked.Select(a => a.PartnerCityId), linkedId, partnerId, what, ct);

    private static void CheckProgramme(ExchangeFields field, int startYear, int? endYear, IReadOnlyList<BudgetLine> budgets)
    {
        if (!IsSingleField(field))
        {
            throw new BusinessRuleException("programme_field_single", "A programme has exactly one field of exchange.");
        }

        if (endYear < startYear)
        {
            throw new BusinessRuleException("programme_years", "A programme cannot end before it starts.");
        }

        if (budgets.GroupBy(b => (b.Year, b.Source)).Any(g => g.Count() > 1))
        {
            throw new BusinessRuleException("programme_budget_duplicate", "Give one budget line per year and source.");
        }

        if (budgets.Any(b => b.PlannedWon < 0 || b.ExecutedWon < 0))
        {
            throw new BusinessRuleException("programme_budget_negative", "Budget amounts cannot be negative.");
        }
    }

    private static void CheckDelegation(ExchangeDirection direction, DateOnly startsOn, DateOnly endsOn, DateOnly? approvedOn, DateOnly? reportedOn)
    {
        if (endsOn < startsOn)
        {
            throw new BusinessRuleException("delegation_dates", "A delegation cannot end before it starts.");
        }

        if (direction == ExchangeDirection.Bilateral)
        {
            throw new BusinessRuleException("delegation_direction", "A delegation either goes out or comes in.");
        }

        // 공무국외출장: an outbound trip is approved before departure.
        if (direction == ExchangeDirection.Outbound && approvedOn is { } approved && approved > startsOn)
        {
            throw new BusinessRuleException("delegation_approval_after_departure", "An outbound delegation must be approved before it leaves.");
        }

        if (reportedOn is { } reported && reported < endsOn)
        {
            throw new BusinessRuleException("delegation_report_before_return", "The report cannot predate the end of the trip.");
        }
    }

    internal static bool IsSingleField(ExchangeFields field) => field != ExchangeFields.None && (field & (field - 1)) == 0;

    private static string? Blank(string? text) => string.IsNullOrWhiteSpace(text) ? null : text.Trim();
}
