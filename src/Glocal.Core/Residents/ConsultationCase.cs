using Glocal.Core.Shared;
using Glocal.Core.Tenancy;

namespace Glocal.Core.Residents;

/// <summary>
/// One consultation: a resident's problem from first contact to closing. The workflow lives here; free
/// text that may identify someone (the portal request, its contact details) is sealed like client data.
/// </summary>
public sealed class ConsultationCase : ITenantOwned
{
    public Guid Id { get; set; }

    public int MunicipalityId { get; set; }

    /// <summary>What the resident is told to quote; unique within the municipality, not guessable.</summary>
    public required string ReferenceNumber { get; set; }

    public Guid? ClientId { get; set; }

    public CaseChannel Channel { get; set; }

    public CaseCategory Category { get; set; }

    /// <summary>BCP 47 tag of the language the consultation is held in.</summary>
    public required string Language { get; set; }

    public bool InterpreterUsed { get; set; }

    /// <summary>Hides the person's name in lists from staff without <c>residents.read_sensitive</c>.</summary>
    public bool Sensitive { get; set; }

    public CaseStatus Status { get; private set; } = CaseStatus.New;

    /// <summary>Short staff summary, no personal data.</summary>
    public string? Subject { get; set; }

    /// <summary>Name given on a portal request, sealed.</summary>
    public string? RequesterNameSealed { get; set; }

    /// <summary>Phone or e-mail given on a portal request, sealed.</summary>
    public string? ContactSealed { get; set; }

    /// <summary>The portal request's message, sealed.</summary>
    public string? MessageSealed { get; set; }

    public DateTime OpenedAt { get; set; }

    /// <summary>First time staff acted on the case (status change or note): the response-time measure.</summary>
    public DateTime? FirstResponseAt { get; private set; }

    public DateTime? ClosedAt { get; private set; }

    /// <summary>Set when retention removed the personal data of a long-closed case.</summary>
    public DateTime? AnonymisedAt { get; set; }

    public string? AssignedTo { get; set; }

    public List<CaseStatusChange> StatusChanges { get; } = [];

    public void MoveTo(CaseStatus next, DateTime at, string by)
    {
        if (!Status.CanMoveTo(next))
        {
            throw new BusinessRuleException("case_transition_not_allowed", $"A case cannot move from {Status} to {next}.");
        }

        Record(next, at, by);
        if (next == CaseStatus.Closed)
        {
            ClosedAt = at;
        }
    }

    public void Reopen(DateTime at, string by)
    {
        if (Status != CaseStatus.Closed)
        {
            throw new BusinessRuleException("case_not_closed", "Only a closed case can be reopened.");
        }

        if (AnonymisedAt is not null)
        {
            throw new BusinessRuleException("case_anonymised", "An anonymised case cannot be reopened.");
        }

        Record(CaseStatus.InProgress, at, by);
        ClosedAt = null;
    }

    /// <summary>Referring moves an open case to Referred; a referral on an already referred case keeps it there.</summary>
    public void MarkReferred(DateTime at, string by)
    {
        if (Status == CaseStatus.Closed)
        {
            throw new BusinessRuleException("case_closed", "Reopen the case before referring it.");
        }

        if (Status != CaseStatus.Referred)
        {
            Record(CaseStatus.Referred, at, by);
        }
    }

    public void Responded(DateTime at) => FirstResponseAt ??= at;

    private void Record(CaseStatus next, DateTime at, string by)
    {
        StatusChanges.Add(new CaseStatusChange { CaseId = Id, MunicipalityId = MunicipalityId, From = Status, To = next, At = at, By = by });
        Status = next;
        Responded(at);
    }
}

/// <summary>One step of a case's workflow, kept for the case history and the response-time figures.</summary>
public sealed class CaseStatusChange : ITenantOwned
{
    public Guid Id { get; set; }

    public int MunicipalityId { get; set; }

    public Guid CaseId { get; set; }

    public CaseStatus From { get; set; }

    public CaseStatus To { get; set; }

    public DateTime At { get; set; }

    public required string By { get; set; }
}
