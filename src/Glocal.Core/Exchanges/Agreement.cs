using Glocal.Core.Shared;
using Glocal.Core.Tenancy;

namespace Glocal.Core.Exchanges;

/// <summary>
/// A signed agreement with a partner. A sister-city agreement (자매결연) needs the council's approval
/// date and resolution number; status changes keep their reason in <see cref="StatusHistory"/>.
/// </summary>
public sealed class Agreement : ITenantOwned
{
    public Guid Id { get; set; }

    public int MunicipalityId { get; set; }

    public Guid PartnerCityId { get; set; }

    public PartnerCity? PartnerCity { get; set; }

    public AgreementType Type { get; set; }

    public DateOnly SignedOn { get; set; }

    public ExchangeFields Fields { get; set; }

    public DateOnly? CouncilApprovedOn { get; set; }

    public string? CouncilResolutionNumber { get; set; }

    public AgreementStatus Status { get; private set; } = AgreementStatus.Active;

    public string? StatusReason { get; private set; }

    /// <summary>Why and how the relationship began (교류 배경과 동기).</summary>
    public string? Motive { get; set; }

    public List<AgreementStatusChange> StatusHistory { get; set; } = [];

    /// <summary>Checks the rules that hold for any agreement, new or edited.</summary>
    public void Validate(DateOnly today)
    {
        if (Type == AgreementType.SisterCity)
        {
            if (CouncilApprovedOn is null || string.IsNullOrWhiteSpace(CouncilResolutionNumber))
            {
                throw new BusinessRuleException("agreement_council_approval_required",
                    "A sister-city agreement needs the council's approval date and resolution number.");
            }

            if (CouncilApprovedOn > SignedOn)
            {
                throw new BusinessRuleException("agreement_council_approval_after_signing",
                    "The council must approve a sister-city agreement before it is signed.");
            }
        }

        if (SignedOn > today)
        {
            throw new BusinessRuleException("agreement_signed_in_future", "An agreement cannot be signed in the future.");
        }

        if (Fields == ExchangeFields.None)
        {
            throw new BusinessRuleException("agreement_fields_required", "Name at least one field of exchange.");
        }
    }

    /// <summary>Suspends, terminates or reactivates the agreement; leaving Active needs a reason, and a terminated agreement stays terminated.</summary>
    public void ChangeStatus(AgreementStatus next, string? reason, DateOnly on)
    {
        if (next == Status)
        {
            throw new BusinessRuleException("agreement_status_unchanged", $"The agreement is already {Status}.");
        }

        if (Status == AgreementStatus.Terminated)
        {
            throw new BusinessRuleException("agreement_terminated", "A terminated agreement cannot change status; sign a new one.");
        }

        if (next != AgreementStatus.Active && string.IsNullOrWhiteSpace(reason))
        {
            throw new BusinessRuleException("agreement_status_reason_required", "Give the reason for suspending or terminating the agreement.");
        }

        Status = next;
        StatusReason = reason?.Trim();
        // No id here: EF generates it, and so sees the entry as new even when the agreement is already tracked.
        StatusHistory.Add(new AgreementStatusChange { Status = next, Reason = StatusReason, ChangedOn = on });
    }
}

public sealed class AgreementStatusChange : ITenantOwned
{
    public Guid Id { get; set; }

    public int MunicipalityId { get; set; }

    public Guid AgreementId { get; set; }

    public AgreementStatus Status { get; set; }

    public string? Reason { get; set; }

    public DateOnly ChangedOn { get; set; }
}
