using System.ComponentModel.DataAnnotations;
using Glocal.Core.Access;
using Glocal.Core.Exchanges;
using Glocal.Core.Shared;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Localization;

namespace Glocal.Web.Pages.Exchanges;

/// <summary>One partner: computed figures, timeline, agreements, delegations and the forms an exchange officer uses.</summary>
[Authorize(Permissions.ExchangesRead)]
public sealed class PartnerModel(ExchangeQueries queries, ExchangeService exchanges, IAuthorizationService authorization, IStringLocalizer<SharedResource> localizer) : PageModel
{
    public PartnerDetails Partner { get; private set; } = null!;

    public string? Message { get; private set; }

    [BindProperty]
    public ActivityInput Activity { get; set; } = new();

    [BindProperty]
    public AgreementInput NewAgreement { get; set; } = new();

    [BindProperty]
    public DelegationInput NewDelegation { get; set; } = new();

    public sealed class ActivityInput
    {
        [Required(ErrorMessage = "Required")]
        public DateOnly? OccurredOn { get; set; }

        public ActivityKind Kind { get; set; } = ActivityKind.Exchange;

        public bool Substantive { get; set; }

        public ExchangeDirection Direction { get; set; } = ExchangeDirection.Bilateral;

        [Required(ErrorMessage = "Required"), StringLength(300)]
        public string Title { get; set; } = "";

        [Range(0, 1_000_000)]
        public int Participants { get; set; }

        [Range(0, long.MaxValue)]
        public long CostWon { get; set; }

        [Range(0, 1000)]
        public int OutputInvestmentLeads { get; set; }

        [Range(0, 100_000)]
        public int OutputStudentsExchanged { get; set; }

        [Range(0, 1000)]
        public int OutputAgreements { get; set; }

        [Range(0, 1000)]
        public int OutputContracts { get; set; }

        public Guid? AgreementId { get; set; }

        public Guid? ProgrammeId { get; set; }

        public Guid? DelegationId { get; set; }
    }

    public sealed class AgreementInput
    {
        public AgreementType Type { get; set; } = AgreementType.Friendship;

        [Required(ErrorMessage = "Required")]
        public DateOnly? SignedOn { get; set; }

        public List<ExchangeFields> Fields { get; set; } = [];

        public DateOnly? CouncilApprovedOn { get; set; }

        [StringLength(50)]
        public string? CouncilResolutionNumber { get; set; }

        [StringLength(2000)]
        public string? Motive { get; set; }
    }

    public sealed class DelegationInput
    {
        public ExchangeDirection Direction { get; set; } = ExchangeDirection.Outbound;

        public DelegationHead Head { get; set; } = DelegationHead.Officials;

        [Required(ErrorMessage = "Required"), StringLength(500)]
        public string Purpose { get; set; } = "";

        [Required(ErrorMessage = "Required")]
        public DateOnly? StartsOn { get; set; }

        [Required(ErrorMessage = "Required")]
        public DateOnly? EndsOn { get; set; }

        /// <summary>Officials (the field keeps its old name so existing links and tests still bind).</summary>
        [Range(0, 10_000)]
        public int Members { get; set; }

        [Range(0, 10_000)]
        public int MembersCouncil { get; set; }

        [Range(0, 10_000)]
        public int MembersBusiness { get; set; }

        [Range(0, 10_000)]
        public int MembersCitizens { get; set; }

        [Range(0, 10_000)]
        public int MembersStudents { get; set; }

        [Range(0, long.MaxValue)]
        public long CostWon { get; set; }

        public DateOnly? ApprovedOn { get; set; }

        [StringLength(500)]
        public string? FollowUp { get; set; }

        public DateOnly? FollowUpDueOn { get; set; }
    }

    public async Task OnGetAsync(Guid id, CancellationToken ct)
    {
        Partner = await queries.PartnerAsync(id, ct);
        Activity.OccurredOn = queries.Today;
        Message = TempData["Exchanges.Saved"] is string key ? localizer[key].Value : null;
    }

    public Task<IActionResult> OnPostActivityAsync(Guid id, CancellationToken ct) => WriteAsync(id, "Activity", () => exchanges.LogActivityAsync(new LogActivityRequest(
        id, Activity.OccurredOn!.Value, Activity.Kind, Activity.Substantive, Activity.Title, Activity.Direction, Activity.Participants, Activity.CostWon,
        Activity.OutputAgreements, Activity.OutputInvestmentLeads, Activity.OutputStudentsExchanged, Activity.OutputContracts,
        Activity.AgreementId, Activity.ProgrammeId, Activity.DelegationId), ct), "Exchanges.Activity.Logged", ct);

    public Task<IActionResult> OnPostAgreementAsync(Guid id, CancellationToken ct) => WriteAsync(id, "NewAgreement", () => exchanges.AddAgreementAsync(new CreateAgreementRequest(
        id, NewAgreement.Type, NewAgreement.SignedOn!.Value, NewAgreement.Fields.Aggregate(ExchangeFields.None, (a, b) => a | b),
        NewAgreement.CouncilApprovedOn, NewAgreement.CouncilResolutionNumber, NewAgreement.Motive), ct), "Exchanges.Agreement.Added", ct);

    public Task<IActionResult> OnPostDelegationAsync(Guid id, CancellationToken ct) => WriteAsync(id, "NewDelegation", () => exchanges.AddDelegationAsync(new CreateDelegationRequest(
        id, NewDelegation.Direction, NewDelegation.Head, NewDelegation.Purpose, NewDelegation.StartsOn!.Value, NewDelegation.EndsOn!.Value, NewDelegation.CostWon,
        MembersOfficials: NewDelegation.Members, MembersCouncil: NewDelegation.MembersCouncil, MembersBusiness: NewDelegation.MembersBusiness,
        MembersCitizens: NewDelegation.MembersCitizens, MembersStudents: NewDelegation.MembersStudents, ApprovedOn: NewDelegation.ApprovedOn,
        FollowUps: string.IsNullOrWhiteSpace(NewDelegation.FollowUp) || NewDelegation.FollowUpDueOn is null ? null : [new FollowUpLine(NewDelegation.FollowUp, NewDelegation.FollowUpDueOn.Value)]), ct),
        "Exchanges.Delegation.Added", ct);

    public Task<IActionResult> OnPostFollowUpDoneAsync(Guid id, Guid followUpId, CancellationToken ct) =>
        WriteAsync(id, null, async () => { await exchanges.CompleteFollowUpAsync(followUpId, new CompleteFollowUpRequest(), ct); return followUpId; }, "Exchanges.FollowUp.Done", ct, Permissions.ExchangesUpdate);

    public Task<IActionResult> OnPostAgreementStatusAsync(Guid id, Guid agreementId, AgreementStatus status, string? reason, CancellationToken ct) =>
        WriteAsync(id, null, async () => { await exchanges.ChangeAgreementStatusAsync(agreementId, new ChangeAgreementStatusRequest(status, reason), ct); return agreementId; },
            "Exchanges.Agreement.StatusChanged", ct, Permissions.ExchangesUpdate);

    /// <summary>Validates only the submitted form, runs the write, and shows the page again with the result.</summary>
    private async Task<IActionResult> WriteAsync(Guid id, string? form, Func<Task<Guid>> write, string success, CancellationToken ct, string permission = Permissions.ExchangesCreate)
    {
        if (!(await authorization.AuthorizeAsync(User, permission)).Succeeded)
        {
            return Forbid();
        }

        foreach (var key in ModelState.Keys.Where(k => form is null || !k.StartsWith(form + ".", StringComparison.Ordinal)).ToList())
        {
            ModelState.Remove(key);
        }

        if (ModelState.IsValid)
        {
            try
            {
                await write();
                Message = localizer[success];
                ModelState.Clear();
                (Activity, NewAgreement, NewDelegation) = (new(), new(), new());
            }
            catch (Exception e) when (FormErrors.TryAdd(ModelState, localizer, e, "Exchanges"))
            {
            }
        }

        Partner = await queries.PartnerAsync(id, ct);
        Activity.OccurredOn ??= queries.Today;
        return Page();
    }
}
