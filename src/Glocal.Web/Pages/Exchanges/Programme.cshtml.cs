using System.ComponentModel.DataAnnotations;
using Glocal.Core.Access;
using Glocal.Core.Exchanges;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Localization;

namespace Glocal.Web.Pages.Exchanges;

/// <summary>
/// Creates (?partner=…) or edits (/{id}) a programme with its budget by year and source, planned and executed.
/// Blank budget rows are ignored, so the form offers a few spare rows without any script.
/// </summary>
[Authorize(Permissions.ExchangesRead)]
public sealed class ProgrammeModel(ExchangeQueries queries, ExchangeService exchanges, IAuthorizationService authorization, IStringLocalizer<SharedResource> localizer) : PageModel
{
    public const int SpareRows = 3;

    [BindProperty]
    public ProgrammeInput Input { get; set; } = new();

    public PartnerDetails Partner { get; private set; } = null!;

    public bool IsNew => Input.Id is null;

    public sealed class ProgrammeInput
    {
        public Guid? Id { get; set; }

        public Guid PartnerCityId { get; set; }

        public long Version { get; set; }

        [Required(ErrorMessage = "Required"), StringLength(200)]
        public string Name { get; set; } = "";

        public ExchangeFields Field { get; set; } = ExchangeFields.CultureArts;

        public ExchangeDirection Direction { get; set; } = ExchangeDirection.Bilateral;

        public ProgrammeFormat Format { get; set; } = ProgrammeFormat.JointProject;

        public ProgrammeRecurrence Recurrence { get; set; } = ProgrammeRecurrence.Annual;

        [Range(1990, 2100)]
        public int StartYear { get; set; }

        [Range(1990, 2100)]
        public int? EndYear { get; set; }

        public Guid? AgreementId { get; set; }

        public List<BudgetInput> Budgets { get; set; } = [];
    }

    public sealed class BudgetInput
    {
        [Range(1990, 2100)]
        public int? Year { get; set; }

        public FundingSource Source { get; set; } = FundingSource.City;

        [Range(0, long.MaxValue)]
        public long? PlannedWon { get; set; }

        [Range(0, long.MaxValue)]
        public long? ExecutedWon { get; set; }

        public bool IsBlank => Year is null && PlannedWon is null && ExecutedWon is null;
    }

    public async Task<IActionResult> OnGetAsync(Guid? id, Guid? partner, CancellationToken ct)
    {
        if (!(await authorization.AuthorizeAsync(User, id is null ? Permissions.ExchangesCreate : Permissions.ExchangesUpdate)).Succeeded)
        {
            return Forbid();
        }

        if (id is { } programmeId)
        {
            var programme = await queries.ProgrammeAsync(programmeId, ct);
            Input = new ProgrammeInput
            {
                Id = programme.Id, PartnerCityId = programme.PartnerCityId, Version = programme.Version, Name = programme.Name, Field = programme.Field,
                Direction = programme.Direction, Format = programme.Format, Recurrence = programme.Recurrence, StartYear = programme.StartYear,
                EndYear = programme.EndYear, AgreementId = programme.AgreementId,
                Budgets = [.. programme.Budgets.Select(b => new BudgetInput { Year = b.Year, Source = b.Source, PlannedWon = b.PlannedWon, ExecutedWon = b.ExecutedWon })],
            };
        }
        else if (partner is { } partnerId)
        {
            Input = new ProgrammeInput { PartnerCityId = partnerId, StartYear = queries.Today.Year };
        }
        else
        {
            return NotFound();
        }

        Partner = await queries.PartnerAsync(Input.PartnerCityId, ct);
        PadBudgets();
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(Guid? id, CancellationToken ct)
    {
        Input.Id = id;
        var permission = id is null ? Permissions.ExchangesCreate : Permissions.ExchangesUpdate;
        if (!(await authorization.AuthorizeAsync(User, permission)).Succeeded)
        {
            return Forbid();
        }

        var lines = Input.Budgets.Where(b => !b.IsBlank).ToList();
        if (lines.Any(b => b.Year is null || b.PlannedWon is null))
        {
            ModelState.AddModelError(string.Empty, localizer["Exchanges.Programme.BudgetIncomplete"]);
        }

        if (ModelState.IsValid)
        {
            var budgets = lines.Select(b => new BudgetLine(b.Year!.Value, b.Source, b.PlannedWon!.Value, b.ExecutedWon)).ToList();
            try
            {
                if (id is { } programmeId)
                {
                    await exchanges.UpdateProgrammeAsync(programmeId, new UpdateProgrammeRequest(Input.Name, Input.Field, Input.Direction, Input.Format, Input.Recurrence,
                        Input.StartYear, Input.EndYear, Input.EndYear is null, Input.AgreementId, Input.AgreementId is null, budgets), Input.Version, ct);
                }
                else
                {
                    await exchanges.AddProgrammeAsync(new CreateProgrammeRequest(Input.PartnerCityId, Input.Name, Input.Field, Input.Direction, Input.Format, Input.Recurrence,
                        Input.StartYear, Input.EndYear, Input.AgreementId, budgets), ct);
                }

                TempData["Exchanges.Saved"] = "Exchanges.Programme.Saved";
                return RedirectToPage("/Exchanges/Partner", null, new { id = Input.PartnerCityId }, "programmes");
            }
            catch (Exception e) when (FormErrors.TryAdd(ModelState, localizer, e, "Exchanges"))
            {
            }
        }

        if (id is { } existing)
        {
            // The partner comes from the stored programme, never from the posted form.
            Input.PartnerCityId = (await queries.ProgrammeAsync(existing, ct)).PartnerCityId;
        }

        Partner = await queries.PartnerAsync(Input.PartnerCityId, ct);
        PadBudgets();
        return Page();
    }

    private void PadBudgets()
    {
        Input.Budgets = [.. Input.Budgets.Where(b => !b.IsBlank)];
        for (var i = 0; i < SpareRows; i++)
        {
            Input.Budgets.Add(new BudgetInput());
        }
    }
}
