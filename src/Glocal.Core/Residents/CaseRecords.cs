using System.ComponentModel.DataAnnotations;

namespace Glocal.Core.Residents;

public sealed record OpenCaseRequest(
    CaseChannel Channel,
    CaseCategory Category,
    [property: Required, RegularExpression("^[a-z]{2,3}(-[A-Za-z0-9]{2,8})*$", ErrorMessage = "Language must be a BCP 47 tag such as vi or zh-Hans.")] string Language,
    Guid? ClientId = null,
    bool InterpreterUsed = false,
    bool Sensitive = false,
    [property: StringLength(200)] string? Subject = null);

public sealed record UpdateCaseRequest(
    CaseCategory? Category = null,
    bool? Sensitive = null,
    bool? InterpreterUsed = null,
    Guid? ClientId = null,
    [property: StringLength(200)] string? Subject = null,
    [property: StringLength(256)] string? AssignedTo = null);

public sealed record ChangeCaseStatusRequest(CaseStatus Status);

public sealed record AddNoteRequest([property: Required, StringLength(4000, MinimumLength = 1)] string Text);

/// <summary>Refer a case. Without recorded consent, <see cref="OverrideReason"/> is required along with the override permission.</summary>
public sealed record ReferCaseRequest(Agency Agency, [property: StringLength(1000, MinimumLength = 10)] string? OverrideReason = null);

public sealed record ChangeReferralStatusRequest(ReferralStatus Status);

public sealed record RecordOutcomeRequest(
    OutcomeKind Kind,
    [property: Range(0, 10_000_000_000)] long? AmountWon = null,
    DateOnly? RecordedOn = null,
    [property: StringLength(500)] string? Note = null);

public sealed record AddFollowUpRequest(DateOnly DueOn, [property: Required, StringLength(300, MinimumLength = 1)] string Action);

public sealed record RecordConsentRequest(
    ConsentPurpose Purpose,
    [property: Required, StringLength(300, MinimumLength = 1)] string Scope,
    DateOnly GivenOn);

public sealed record WithdrawConsentRequest(DateOnly WithdrawnOn);

/// <summary>Filters of the case list; every one optional.</summary>
public sealed record CaseSearch(
    CaseStatus? Status = null,
    CaseCategory? Category = null,
    [property: StringLength(20)] string? Language = null,
    [property: StringLength(20)] string? Reference = null,
    DateOnly? From = null,
    DateOnly? To = null,
    [property: RegularExpression("^-?(opened|status|category|language|reference)$")] string? Sort = null,
    CaseChannel? Channel = null,
    bool? Sensitive = null);

/// <summary>Find cases by the person's exact name or registration number (through the keyed hash); a POST body keeps them out of URLs.</summary>
public sealed record CaseLookupRequest(
    [property: StringLength(100)] string? Name = null,
    [property: StringLength(20)] string? RegistrationNumber = null);

/// <summary>
/// A case in a list. <see cref="Name"/> is null when the caller may not see names, or when the case is
/// sensitive and the caller lacks <c>residents.read_sensitive</c> (then <see cref="NameHidden"/> is true).
/// </summary>
public sealed record CaseSummary(
    Guid Id, string ReferenceNumber, CaseStatus Status, CaseCategory Category, CaseChannel Channel, string Language,
    bool Sensitive, string? Name, bool NameHidden, DateTime OpenedAt, DateTime? FirstResponseAt, DateTime? ClosedAt);

public sealed record CaseNoteView(Guid Id, string Text, string Author, DateTime CreatedAt);

public sealed record ReferralView(Guid Id, Agency Agency, ReferralStatus Status, bool ConsentOverridden, string? OverrideReason, DateTime ReferredAt, DateTime? CompletedAt, string ReferredBy);

public sealed record OutcomeView(Guid Id, OutcomeKind Kind, long? AmountWon, DateOnly RecordedOn, string? Note);

public sealed record FollowUpView(Guid Id, DateOnly DueOn, string Action, DateTime? DoneAt);

public sealed record StatusChangeView(CaseStatus From, CaseStatus To, DateTime At, string By);

public sealed record ConsentView(Guid Id, Guid ClientId, ConsentPurpose Purpose, string Scope, DateOnly GivenOn, DateOnly? WithdrawnOn, string RecordedBy);

/// <summary>A case with its personal data revealed; producing it writes the access log.</summary>
public sealed record CaseDetails(
    Guid Id, string ReferenceNumber, CaseStatus Status, CaseCategory Category, CaseChannel Channel, string Language,
    bool InterpreterUsed, bool Sensitive, string? Subject, Guid? ClientId, string? ClientName,
    string? RequesterName, string? Contact, string? Message, DateTime OpenedAt, DateTime? FirstResponseAt, DateTime? ClosedAt,
    DateTime? AnonymisedAt, string? AssignedTo,
    IReadOnlyList<CaseNoteView> Notes, IReadOnlyList<ReferralView> Referrals, IReadOnlyList<OutcomeView> Outcomes,
    IReadOnlyList<FollowUpView> FollowUps, IReadOnlyList<StatusChangeView> History, IReadOnlyList<ConsentView> Consents);

/// <summary>What the caller may see, decided by the web layer from the principal's permissions.</summary>
public sealed record CaseViewer(bool CanSeeNames, bool CanSeeSensitive, bool CanOverrideConsent);
