using Glocal.Core.Data;
using Glocal.Core.Policies.ComputedKpis;
using Glocal.Core.Shared;
using Microsoft.EntityFrameworkCore;

namespace Glocal.Core.Policies;

/// <summary>
/// Every write to the policy portfolio, with its rules. The tenant filter makes another municipality's
/// records invisible, so a foreign id is a 404; the audit interceptor stamps the municipality and logs changes.
/// </summary>
public sealed class PolicyService(GlocalDbContext db, ComputedKpiRegistry computed, TimeProvider clock)
{
    public async Task<Guid> CreatePolicyAsync(CreatePolicyRequest request, CancellationToken ct)
    {
        CheckYears(request.StartYear, request.EndYear);
        var policy = new Policy
        {
            Id = Guid.CreateVersion7(),
            Title = request.Title.Trim(),
            Summary = request.Summary?.Trim(),
            StartYear = request.StartYear,
            EndYear = request.EndYear,
            CreatedAt = clock.GetUtcNow().UtcDateTime,
        };
        db.Policies.Add(policy);
        await db.SaveChangesAsync(ct);
        return policy.Id;
    }

    public async Task UpdatePolicyAsync(Guid id, CreatePolicyRequest request, CancellationToken ct)
    {
        var policy = await db.Policies.SingleOrDefaultAsync(p => p.Id == id, ct) ?? throw new NotFoundException(nameof(Policy), id);
        CheckYears(request.StartYear, request.EndYear);
        policy.Title = request.Title.Trim();
        policy.Summary = request.Summary?.Trim();
        policy.StartYear = request.StartYear;
        policy.EndYear = request.EndYear;
        await db.SaveChangesAsync(ct);
    }

    public async Task<Guid> CreateProgrammeAsync(SaveProgrammeRequest request, CancellationToken ct)
    {
        await CheckProgrammeAsync(request, ct);
        var programme = new Programme
        {
            Id = Guid.CreateVersion7(),
            Name = "",
            LeadDepartment = "",
            CreatedAt = clock.GetUtcNow().UtcDateTime,
        };
        Apply(programme, request);
        db.Programmes.Add(programme);
        await db.SaveChangesAsync(ct);
        return programme.Id;
    }

    public async Task UpdateProgrammeAsync(Guid id, SaveProgrammeRequest request, CancellationToken ct)
    {
        var programme = await FindProgrammeAsync(id, ct);
        await CheckProgrammeAsync(request, ct);
        Apply(programme, request);
        await db.SaveChangesAsync(ct);
    }

    public async Task DeleteProgrammeAsync(Guid id, CancellationToken ct)
    {
        var programme = await db.Programmes.Include(p => p.BudgetLines).Include(p => p.Staff).Include(p => p.Partners)
            .Include(p => p.Kpis).ThenInclude(k => k.Values).SingleOrDefaultAsync(p => p.Id == id, ct)
            ?? throw new NotFoundException(nameof(Programme), id);
        db.Programmes.Remove(programme);
        await db.SaveChangesAsync(ct);
    }

    /// <summary>Sets the programme's line for a year and source: one line per (year, source), replaced on repeat.</summary>
    public async Task<Guid> SetBudgetLineAsync(Guid programmeId, SetBudgetLineRequest request, CancellationToken ct)
    {
        await FindProgrammeAsync(programmeId, ct);
        var line = await db.BudgetLines.SingleOrDefaultAsync(b => b.ProgrammeId == programmeId && b.Year == request.Year && b.Source == request.Source, ct);
        if (line is null)
        {
            line = new BudgetLine { Id = Guid.CreateVersion7(), ProgrammeId = programmeId, Year = request.Year, Source = request.Source };
            db.BudgetLines.Add(line);
        }

        line.PlannedKrw = request.PlannedKrw;
        line.ExecutedKrw = request.ExecutedKrw;
        await db.SaveChangesAsync(ct);
        return line.Id;
    }

    public async Task<Guid> SetStaffAsync(Guid programmeId, SetStaffRequest request, CancellationToken ct)
    {
        await FindProgrammeAsync(programmeId, ct);
        var staff = await db.StaffAllocations.SingleOrDefaultAsync(s => s.ProgrammeId == programmeId && s.Year == request.Year, ct);
        if (staff is null)
        {
            staff = new StaffAllocation { Id = Guid.CreateVersion7(), ProgrammeId = programmeId, Year = request.Year };
            db.StaffAllocations.Add(staff);
        }

        staff.Fte = request.Fte;
        await db.SaveChangesAsync(ct);
        return staff.Id;
    }

    public async Task<Guid> AddPartnerAsync(Guid programmeId, AddPartnerRequest request, CancellationToken ct)
    {
        await FindProgrammeAsync(programmeId, ct);
        var partner = new ProgrammePartner { Id = Guid.CreateVersion7(), ProgrammeId = programmeId, Name = request.Name.Trim(), Kind = request.Kind, Role = request.Role?.Trim() };
        db.ProgrammePartners.Add(partner);
        await db.SaveChangesAsync(ct);
        return partner.Id;
    }

    public async Task RemovePartnerAsync(Guid programmeId, Guid partnerId, CancellationToken ct)
    {
        var partner = await db.ProgrammePartners.SingleOrDefaultAsync(p => p.Id == partnerId && p.ProgrammeId == programmeId, ct)
            ?? throw new NotFoundException(nameof(ProgrammePartner), partnerId);
        db.ProgrammePartners.Remove(partner);
        await db.SaveChangesAsync(ct);
    }

    public async Task<Guid> AddKpiAsync(Guid programmeId, AddKpiRequest request, CancellationToken ct)
    {
        await FindProgrammeAsync(programmeId, ct);
        var code = string.IsNullOrWhiteSpace(request.ComputedCode) ? null : request.ComputedCode.Trim();
        if (code is not null && computed.Find(code) is null)
        {
            throw new BusinessRuleException("kpi_code_unknown", $"No module computes a KPI '{code}' in this installation.");
        }

        var kpi = new Kpi
        {
            Id = Guid.CreateVersion7(),
            ProgrammeId = programmeId,
            Name = request.Name.Trim(),
            Definition = request.Definition?.Trim(),
            Unit = request.Unit.Trim(),
            Kind = request.Kind,
            Baseline = request.Baseline,
            Target = request.Target,
            Frequency = request.Frequency,
            Source = request.Source?.Trim(),
            Owner = request.Owner?.Trim(),
            ComputedCode = code,
        };
        db.Kpis.Add(kpi);
        await db.SaveChangesAsync(ct);
        return kpi.Id;
    }

    public async Task<Guid> AddKpiValueAsync(Guid kpiId, AddKpiValueRequest request, CancellationToken ct)
    {
        var kpi = await db.Kpis.AsNoTracking().SingleOrDefaultAsync(k => k.Id == kpiId, ct) ?? throw new NotFoundException(nameof(Kpi), kpiId);
        if (kpi.ComputedCode is not null)
        {
            throw new BusinessRuleException("kpi_computed", "This KPI is computed from the module's records; its values cannot be typed.");
        }

        if (request.PeriodEnd < request.PeriodStart)
        {
            throw new BusinessRuleException("period_invalid", "The period ends before it starts.");
        }

        if (!double.IsFinite(request.Value))
        {
            throw new BusinessRuleException("value_invalid", "The value must be a finite number.");
        }

        var value = new KpiValue
        {
            Id = Guid.CreateVersion7(),
            KpiId = kpiId,
            PeriodStart = request.PeriodStart,
            PeriodEnd = request.PeriodEnd,
            Value = request.Value,
            Evidence = request.Evidence,
            EvidenceNote = request.EvidenceNote?.Trim(),
            RecordedAt = clock.GetUtcNow().UtcDateTime,
        };
        db.KpiValues.Add(value);
        await db.SaveChangesAsync(ct);
        return value.Id;
    }

    /// <summary>
    /// Links the programme to one record of another module. The target is looked up through the tenant filter,
    /// so a record of another municipality is as unknown as a missing one (404 link_target_unknown).
    /// </summary>
    public async Task<Guid> AddLinkAsync(Guid programmeId, AddLinkRequest request, CancellationToken ct)
    {
        await FindProgrammeAsync(programmeId, ct);
        var set = new[] { request.ExchangeProgrammeId, request.DelegationId, request.InvestmentProjectId, request.ResidentServiceId, request.KoreanCourseId }
            .Count(t => t is not null);
        if (set != 1)
        {
            throw new BusinessRuleException("link_target_required",
                "Name exactly one record to link: an exchange programme, a delegation, an investment project, a resident service or a Korean course.", 400);
        }

        var exists = request switch
        {
            { ExchangeProgrammeId: { } id } => await db.ExchangeProgrammes.AnyAsync(e => e.Id == id, ct),
            { DelegationId: { } id } => await db.Delegations.AnyAsync(d => d.Id == id, ct),
            { InvestmentProjectId: { } id } => await db.InvestmentProjects.AnyAsync(p => p.Id == id, ct),
            { ResidentServiceId: { } id } => await db.ResidentServices.AnyAsync(r => r.Id == id, ct),
            { KoreanCourseId: { } id } => await db.KoreanCourses.AnyAsync(c => c.Id == id, ct),
            _ => false,
        };
        if (!exists)
        {
            throw new BusinessRuleException("link_target_unknown", "The record to link does not exist in this municipality.", 404);
        }

        if (await db.ProgrammeLinks.AnyAsync(l => l.ProgrammeId == programmeId && l.ExchangeProgrammeId == request.ExchangeProgrammeId
            && l.DelegationId == request.DelegationId && l.InvestmentProjectId == request.InvestmentProjectId
            && l.ResidentServiceId == request.ResidentServiceId && l.KoreanCourseId == request.KoreanCourseId, ct))
        {
            throw new BusinessRuleException("link_exists", "The programme is already linked to this record.", 409);
        }

        var link = new ProgrammeLink
        {
            Id = Guid.CreateVersion7(),
            ProgrammeId = programmeId,
            ExchangeProgrammeId = request.ExchangeProgrammeId,
            DelegationId = request.DelegationId,
            InvestmentProjectId = request.InvestmentProjectId,
            ResidentServiceId = request.ResidentServiceId,
            KoreanCourseId = request.KoreanCourseId,
        };
        db.ProgrammeLinks.Add(link);
        await db.SaveChangesAsync(ct);
        return link.Id;
    }

    public async Task RemoveLinkAsync(Guid programmeId, Guid linkId, CancellationToken ct)
    {
        var link = await db.ProgrammeLinks.SingleOrDefaultAsync(l => l.Id == linkId && l.ProgrammeId == programmeId, ct)
            ?? throw new NotFoundException(nameof(ProgrammeLink), linkId);
        db.ProgrammeLinks.Remove(link);
        await db.SaveChangesAsync(ct);
    }

    private async Task<Programme> FindProgrammeAsync(Guid id, CancellationToken ct) =>
        await db.Programmes.SingleOrDefaultAsync(p => p.Id == id, ct) ?? throw new NotFoundException(nameof(Programme), id);

    private async Task CheckProgrammeAsync(SaveProgrammeRequest request, CancellationToken ct)
    {
        if (!await db.Policies.AnyAsync(p => p.Id == request.PolicyId, ct))
        {
            throw new BusinessRuleException("policy_unknown", "The policy does not exist in this municipality.");
        }

        if (request.EndDate is { } end && end < request.StartDate)
        {
            throw new BusinessRuleException("period_invalid", "The programme ends before it starts.");
        }

        if (!Enum.IsDefined(request.Orientation) || !Enum.IsDefined(request.Mode))
        {
            throw new BusinessRuleException("value_invalid", "Unknown orientation or mode.");
        }

        if (request.Pillars == Pillars.None || (request.Pillars & ~(Pillars.Residents | Pillars.Exchanges | Pillars.Investments)) != 0)
        {
            throw new BusinessRuleException("pillars_required", "Choose at least one pillar: Residents, Exchanges or Investments.");
        }
    }

    private static void Apply(Programme programme, SaveProgrammeRequest request)
    {
        programme.PolicyId = request.PolicyId;
        programme.Name = request.Name.Trim();
        programme.Description = request.Description?.Trim();
        programme.Pillars = request.Pillars;
        programme.Orientation = request.Orientation;
        programme.Mode = request.Mode;
        programme.LeadDepartment = request.LeadDepartment.Trim();
        programme.StartDate = request.StartDate;
        programme.EndDate = request.EndDate;
        programme.Participants = request.Participants;
    }

    private static void CheckYears(int start, int? end)
    {
        if (end is { } e && e < start)
        {
            throw new BusinessRuleException("period_invalid", "The policy ends before it starts.");
        }
    }
}
