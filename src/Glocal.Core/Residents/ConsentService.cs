using Glocal.Core.Data;
using Glocal.Core.Shared;
using Glocal.Core.Tenancy;
using Microsoft.EntityFrameworkCore;

namespace Glocal.Core.Residents;

/// <summary>Records and withdraws a client's consents; withdrawal keeps the record so past referrals stay explained.</summary>
public sealed class ConsentService(GlocalDbContext db, TenantContext tenant)
{
    public async Task<ConsentView> RecordAsync(Guid clientId, RecordConsentRequest request, CancellationToken ct)
    {
        if (!await db.Clients.AnyAsync(c => c.Id == clientId, ct))
        {
            throw new NotFoundException(nameof(Client), clientId);
        }

        var scope = NormaliseScope(request.Purpose, request.Scope);
        var consent = new ConsentRecord
        {
            Id = Guid.CreateVersion7(),
            ClientId = clientId,
            Purpose = request.Purpose,
            Scope = scope,
            GivenOn = request.GivenOn,
            RecordedBy = tenant.UserName ?? "system",
        };
        db.ConsentRecords.Add(consent);
        await db.SaveChangesAsync(ct);
        return View(consent);
    }

    public async Task<ConsentView> WithdrawAsync(Guid clientId, Guid consentId, DateOnly on, CancellationToken ct)
    {
        var consent = await db.ConsentRecords.SingleOrDefaultAsync(c => c.Id == consentId && c.ClientId == clientId, ct)
            ?? throw new NotFoundException(nameof(ConsentRecord), consentId);
        if (consent.WithdrawnOn is not null)
        {
            throw new BusinessRuleException("consent_already_withdrawn", "This consent was already withdrawn.", 409);
        }

        if (on < consent.GivenOn)
        {
            throw new BusinessRuleException("consent_withdrawn_before_given", "Consent cannot be withdrawn before it was given.");
        }

        consent.WithdrawnOn = on;
        await db.SaveChangesAsync(ct);
        return View(consent);
    }

    public Task<List<ConsentView>> ListAsync(Guid clientId, CancellationToken ct) =>
        db.ConsentRecords.AsNoTracking().Where(c => c.ClientId == clientId).OrderBy(c => c.GivenOn)
            .Select(c => new ConsentView(c.Id, c.ClientId, c.Purpose, c.Scope, c.GivenOn, c.WithdrawnOn, c.RecordedBy))
            .ToListAsync(ct);

    /// <summary>Referral scopes name agencies (or "*"); other purposes keep their free-text scope.</summary>
    private static string NormaliseScope(ConsentPurpose purpose, string scope)
    {
        var trimmed = scope.Trim();
        if (purpose != ConsentPurpose.Referral || trimmed == "*")
        {
            return trimmed;
        }

        var agencies = new List<string>();
        foreach (var part in trimmed.Split([' ', ','], StringSplitOptions.RemoveEmptyEntries))
        {
            if (!Enum.TryParse<Agency>(part, ignoreCase: true, out var agency) || int.TryParse(part, out _))
            {
                throw new BusinessRuleException("consent_scope_unknown_agency",
                    $"'{part}' is not an agency; use {string.Join(", ", Enum.GetNames<Agency>())} or *.", 400);
            }

            agencies.Add(agency.ToString());
        }

        return string.Join(' ', agencies.Distinct());
    }

    private static ConsentView View(ConsentRecord c) => new(c.Id, c.ClientId, c.Purpose, c.Scope, c.GivenOn, c.WithdrawnOn, c.RecordedBy);
}
