using Glocal.Core.Tenancy;

namespace Glocal.Core.Residents;

/// <summary>A counsellor's note on a case; the text is sealed because notes describe people.</summary>
public sealed class CaseNote : ITenantOwned
{
    public Guid Id { get; set; }

    public int MunicipalityId { get; set; }

    public Guid CaseId { get; set; }

    public required string TextSealed { get; set; }

    public required string Author { get; set; }

    public DateTime CreatedAt { get; set; }
}

/// <summary>A case passed to another agency. Needs recorded consent, or an override with a reason.</summary>
public sealed class Referral : ITenantOwned
{
    public Guid Id { get; set; }

    public int MunicipalityId { get; set; }

    public Guid CaseId { get; set; }

    public Agency Agency { get; set; }

    public ReferralStatus Status { get; set; } = ReferralStatus.Sent;

    /// <summary>The consent the referral relied on; null when it was overridden.</summary>
    public Guid? ConsentId { get; set; }

    /// <summary>Why consent was overridden (for example imminent danger); null when consent was recorded.</summary>
    public string? OverrideReason { get; set; }

    public string? OverriddenBy { get; set; }

    public DateTime ReferredAt { get; set; }

    public DateTime? CompletedAt { get; set; }

    public required string ReferredBy { get; set; }
}

/// <summary>What came of a case: wages recovered in won, a stay extended, …</summary>
public sealed class CaseOutcome : ITenantOwned
{
    public Guid Id { get; set; }

    public int MunicipalityId { get; set; }

    public Guid CaseId { get; set; }

    public OutcomeKind Kind { get; set; }

    /// <summary>Won recovered or awarded, when the outcome is money.</summary>
    public long? AmountWon { get; set; }

    public DateOnly RecordedOn { get; set; }

    public string? Note { get; set; }
}

public sealed class FollowUp : ITenantOwned
{
    public Guid Id { get; set; }

    public int MunicipalityId { get; set; }

    public Guid CaseId { get; set; }

    public DateOnly DueOn { get; set; }

    public required string Action { get; set; }

    public DateTime? DoneAt { get; set; }
}

/// <summary>
/// A person's consent: purpose, scope, when given, and withdrawal. Withdrawal never deletes the record,
/// so the history of what was allowed when stays provable.
/// </summary>
public sealed class ConsentRecord : ITenantOwned
{
    public Guid Id { get; set; }

    public int MunicipalityId { get; set; }

    public Guid ClientId { get; set; }

    public ConsentPurpose Purpose { get; set; }

    /// <summary>For referrals: agency names separated by spaces, or "*" for any agency.</summary>
    public required string Scope { get; set; }

    public DateOnly GivenOn { get; set; }

    public DateOnly? WithdrawnOn { get; set; }

    public required string RecordedBy { get; set; }

    public bool Covers(ConsentPurpose purpose, Agency? agency, DateOnly on) =>
        Purpose == purpose && GivenOn <= on && (WithdrawnOn is null || WithdrawnOn > on)
        && (agency is null || Scope == "*" || Scope.Split(' ', StringSplitOptions.RemoveEmptyEntries).Contains(agency.Value.ToString(), StringComparer.OrdinalIgnoreCase));
}
