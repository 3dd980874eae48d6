using System.ComponentModel.DataAnnotations;
using Glocal.Core.Policies;
using Glocal.Core.Policies.ComputedKpis;
using Glocal.Core.Shared;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Glocal.Web.Pages.Policies;

/// <summary>One programme: its money, staff, partners and KPIs, and the showcase score with its reasons.</summary>
[Authorize("policies.read")]
public sealed class ProgrammeModel(PortfolioQueries queries, PolicyService policies, ComputedKpiRegistry registry, IAuthorizationService authorization) : PageModel
{
    public ProgrammeDetails Programme { get; private set; } = null!;

    public IReadOnlyList<ComputedKpiCode> Codes => registry.Codes;

    [BindProperty]
    public BudgetForm Budget { get; set; } = new();

    [BindProperty]
    public StaffForm Staff { get; set; } = new();

    [BindProperty]
    public PartnerForm Partner { get; set; } = new();

    [BindProperty]
    public KpiForm Kpi { get; set; } = new();

    [BindProperty]
    public ValueForm Value { get; set; } = new();

    /// <summary>The kind of record chosen in the first step of adding a link (<c>?linkKind=</c>).</summary>
    [BindProperty(SupportsGet = true, Name = "linkKind")]
    public LinkKind? LinkKind { get; set; }

    [BindProperty]
    public LinkForm Link { get; set; } = new();

    /// <summary>The municipality's records of <see cref="LinkKind"/> offered in the second step.</summary>
    public IReadOnlyList<LinkTarget> LinkTargets { get; private set; } = [];

    public sealed class LinkForm
    {
        public LinkKind Kind { get; set; }
        [Required(ErrorMessage = "Required")] public Guid? TargetId { get; set; }
    }

    /// <summary>The staff page of a linked record, where one exists (the portal's service directory has none).</summary>
    public static string? PageOf(LinkRecord link) => link.Kind switch
    {
        nameof(Core.Policies.LinkKind.ExchangeProgramme) => $"/Exchanges/Programme/{link.TargetId}",
        nameof(Core.Policies.LinkKind.Delegation) => $"/Exchanges/Delegation/{link.TargetId}",
        nameof(Core.Policies.LinkKind.InvestmentProject) => $"/Investments/Project/{link.TargetId}",
        nameof(Core.Policies.LinkKind.KoreanCourse) => $"/Residents/Course/{link.TargetId}",
        _ => null,
    };

    public sealed class BudgetForm
    {
        [Range(2000, 2100)] public int Year { get; set; }
        public FundingSource Source { get; set; } = FundingSource.City;
        [Range(0, long.MaxValue)] public long PlannedKrw { get; set; }
        [Range(0, long.MaxValue)] public long? ExecutedKrw { get; set; }
    }

    public sealed class StaffForm
    {
        [Range(2000, 2100)] public int Year { get; set; }
        [Range(0.0, 1000.0)] public double Fte { get; set; }
    }

    public sealed class PartnerForm
    {
        [Required(ErrorMessage = "Required"), StringLength(200)] public string Name { get; set; } = "";
        public PartnerKind Kind { get; set; }
        [StringLength(200)] public string? Role { get; set; }
    }

    public sealed class KpiForm
    {
        [Required(ErrorMessage = "Required"), StringLength(200)] public string Name { get; set; } = "";
        [Required(ErrorMessage = "Required"), StringLength(40)] public string Unit { get; set; } = "";
        public KpiKind Kind { get; set; } = KpiKind.Outcome;
        public KpiFrequency Frequency { get; set; } = KpiFrequency.Annual;
        public double? Baseline { get; set; }
        public double? Target { get; set; }
        [StringLength(200)] public string? Source { get; set; }
        [StringLength(100)] public string? Owner { get; set; }
        [StringLength(80)] public string? ComputedCode { get; set; }
    }

    public sealed class ValueForm
    {
        public Guid KpiId { get; set; }
        public DateOnly PeriodStart { get; set; }
        public DateOnly PeriodEnd { get; set; }
        public double Value { get; set; }
        public EvidenceGrade Evidence { get; set; } = EvidenceGrade.B;
        [StringLength(500)] public string? EvidenceNote { get; set; }
    }

    public async Task<IActionResult> OnGetAsync(Guid id, CancellationToken ct)
    {
        await LoadAsync(id, ct);
        return Page();
    }

    public Task<IActionResult> OnPostBudgetAsync(Guid id, CancellationToken ct) => ChangeAsync(id, "policies.update", nameof(Budget),
        () => policies.SetBudgetLineAsync(id, new SetBudgetLineRequest(Budget.Year, Budget.Source, Budget.PlannedKrw, Budget.ExecutedKrw), ct), ct);

    public Task<IActionResult> OnPostStaffAsync(Guid id, CancellationToken ct) => ChangeAsync(id, "policies.update", nameof(Staff),
        () => policies.SetStaffAsync(id, new SetStaffRequest(Staff.Year, Staff.Fte), ct), ct);

    public Task<IActionResult> OnPostPartnerAsync(Guid id, CancellationToken ct) => ChangeAsync(id, "policies.update", nameof(Partner),
        () => policies.AddPartnerAsync(id, new AddPartnerRequest(Partner.Name, Partner.Kind, Partner.Role), ct), ct);

    public Task<IActionResult> OnPostKpiAsync(Guid id, CancellationToken ct) => ChangeAsync(id, "policies.create", nameof(Kpi),
        () => policies.AddKpiAsync(id, new AddKpiRequest(Kpi.Name, Kpi.Unit, Kpi.Kind, Kpi.Frequency, Kpi.Baseline, Kpi.Target, null, Kpi.Source, Kpi.Owner, Kpi.ComputedCode), ct), ct);

    public Task<IActionResult> OnPostValueAsync(Guid id, CancellationToken ct) => ChangeAsync(id, "policies.update", nameof(Value),
        async () =>
        {
            // The KPI must belong to this programme: a value is never filed under another programme's page.
            if ((await queries.ProgrammeAsync(id, ct)).Kpis.All(k => k.Id != Value.KpiId))
            {
                throw new NotFoundException(nameof(Core.Policies.Kpi), Value.KpiId);
            }

            return await policies.AddKpiValueAsync(Value.KpiId, new AddKpiValueRequest(Value.PeriodStart, Value.PeriodEnd, Value.Value, Value.Evidence, Value.EvidenceNote), ct);
        }, ct);

    public Task<IActionResult> OnPostLinkAsync(Guid id, CancellationToken ct) => ChangeAsync(id, "policies.update", nameof(Link),
        () => policies.AddLinkAsync(id, AddLinkRequest.For(Link.Kind, Link.TargetId!.Value), ct), ct);

    public Task<IActionResult> OnPostUnlinkAsync(Guid id, Guid linkId, CancellationToken ct) => ChangeAsync(id, "policies.update", "Unlink",
        async () =>
        {
            await policies.RemoveLinkAsync(id, linkId, ct);
            return linkId;
        }, ct);

    /// <summary>Runs one form's change if the user may and that form is valid; the other forms' fields are not validated.</summary>
    private async Task<IActionResult> ChangeAsync(Guid id, string permission, string form, Func<Task<Guid>> change, CancellationToken ct)
    {
        if (!(await authorization.AuthorizeAsync(User, permission)).Succeeded)
        {
            return Forbid();
        }

        foreach (var key in ModelState.Keys.Where(k => !k.StartsWith(form + ".", StringComparison.Ordinal)).ToList())
        {
            ModelState.Remove(key);
        }

        if (ModelState.IsValid)
        {
            try
            {
                await change();
                return Redirect($"/Policies/Programme/{id}");
            }
            catch (BusinessRuleException e)
            {
                ModelState.AddModelError(string.Empty, e.Message);
            }
        }

        await LoadAsync(id, ct);
        return Page();
    }

    private async Task LoadAsync(Guid id, CancellationToken ct)
    {
        Programme = await queries.ProgrammeAsync(id, ct);
        if (LinkKind is { } kind && Enum.IsDefined(kind))
        {
            Link.Kind = kind;
            LinkTargets = await queries.LinkTargetsAsync(kind, ct);
        }

        var year = Programme.StartDate.Year;
        if (Budget.Year == 0)
        {
            Budget.Year = year;
        }

        if (Staff.Year == 0)
        {
            Staff.Year = year;
        }

        if (Value.PeriodStart == default)
        {
            var end = Programme.EndDate ?? Programme.StartDate;
            Value.PeriodStart = end.AddDays(1);
            Value.PeriodEnd = end.AddMonths(3);
        }
    }
}
