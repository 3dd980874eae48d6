using System.ComponentModel.DataAnnotations;
using Glocal.Core.Access;
using Glocal.Core.Exchanges;
using Glocal.Core.Investments;
using Glocal.Core.Shared;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Localization;

namespace Glocal.Web.Pages.Investments;

/// <summary>
/// Opens a project (/Investments/ProjectForm) or edits its descriptive fields (/{id}). The stage moves only on the
/// project page; the hidden version turns an edit made on a stale form into a clear message (ADR 0023).
/// </summary>
[Authorize(Permissions.InvestmentsRead)]
public sealed class ProjectFormModel(InvestmentQueries queries, InvestmentService service, ExchangeQueries exchanges, IAuthorizationService authorization,
    IStringLocalizer<SharedResource> localizer) : PageModel
{
    [BindProperty]
    public ProjectInput Input { get; set; } = new();

    public ProjectDetails? Project { get; private set; }

    public bool IsNew => Project is null;

    public IReadOnlyList<CompanySummary> Companies { get; private set; } = [];

    public IReadOnlyList<DelegationDetails> Delegations { get; private set; } = [];

    public bool CanSeeConfidential => InvestmentDisplay.CanSeeConfidential(User);

    public sealed class ProjectInput
    {
        public long Version { get; set; }

        public Guid? CompanyId { get; set; }

        [Required(ErrorMessage = "Required"), StringLength(200)]
        public string Title { get; set; } = "";

        [StringLength(60)]
        public string? CodeName { get; set; }

        public ProjectSource Source { get; set; } = ProjectSource.Direct;

        public Guid? SourceDelegationId { get; set; }

        public InvestmentType Type { get; set; }

        public SiteType SiteType { get; set; }

        [StringLength(200)]
        public string? SiteName { get; set; }

        [Required(ErrorMessage = "Required"), StringLength(100)]
        public string ResponsibleOfficer { get; set; } = "";

        [Range(0, 100)]
        public int ProbabilityPercent { get; set; } = 10;

        public DateOnly? ExpectedDecisionOn { get; set; }
    }

    public async Task<IActionResult> OnGetAsync(Guid? id, Guid? company, CancellationToken ct)
    {
        if (!(await authorization.AuthorizeAsync(User, id is null ? Permissions.InvestmentsCreate : Permissions.InvestmentsUpdate)).Succeeded)
        {
            return Forbid();
        }

        if (id is { } projectId)
        {
            if (!await LoadAsync(projectId, ct))
            {
                return NotFound();
            }

            var p = Project!;
            Input = new ProjectInput
            {
                Version = p.Version, CompanyId = p.Company.Id, Title = p.Title, CodeName = p.CodeName, Source = p.Source, SourceDelegationId = p.Origin.DelegationId,
                Type = p.Type, SiteType = p.SiteType, SiteName = p.SiteName, ResponsibleOfficer = p.ResponsibleOfficer, ProbabilityPercent = p.ProbabilityPercent,
                ExpectedDecisionOn = p.ExpectedDecisionOn,
            };
        }
        else
        {
            Input.CompanyId = company;
            await LoadChoicesAsync(ct);
        }

        return Page();
    }

    public async Task<IActionResult> OnPostAsync(Guid? id, CancellationToken ct)
    {
        if (!(await authorization.AuthorizeAsync(User, id is null ? Permissions.InvestmentsCreate : Permissions.InvestmentsUpdate)).Succeeded)
        {
            return Forbid();
        }

        if (id is null && Input.CompanyId is null)
        {
            ModelState.AddModelError("Input.CompanyId", localizer["Investments.Error.company_unknown"]);
        }

        if (ModelState.IsValid)
        {
            try
            {
                var projectId = id;
                if (id is { } existing)
                {
                    await service.UpdateProjectAsync(existing, new UpdateProjectRequest(Input.Title, Input.ResponsibleOfficer, Input.Type, Input.SiteType, Input.SiteName ?? "",
                        Input.ProbabilityPercent, Input.ExpectedDecisionOn, Input.ExpectedDecisionOn is null), Input.Version, CanSeeConfidential, ct);
                }
                else
                {
                    if (!string.IsNullOrWhiteSpace(Input.CodeName) && !CanSeeConfidential)
                    {
                        return Forbid();
                    }

                    projectId = await service.CreateProjectAsync(new CreateProjectRequest(Input.CompanyId!.Value, Input.Title, Input.ResponsibleOfficer, Input.Source, Input.Type,
                        Input.SiteType, Input.CodeName, Input.SiteName, Input.ProbabilityPercent, Input.ExpectedDecisionOn,
                        Input.Source == ProjectSource.PartnerCityDelegation ? Input.SourceDelegationId : null), ct);
                }

                TempData["Saved"] = id is null ? "Investments.Saved.ProjectCreated" : "Investments.Saved.Project";
                return RedirectToPage("/Investments/Project", new { id = projectId });
            }
            catch (NotFoundException)
            {
                return NotFound();
            }
            catch (Exception e) when (FormErrors.TryAdd(ModelState, localizer, e, "Investments"))
            {
            }
        }

        if (id is { } again)
        {
            if (!await LoadAsync(again, ct))
            {
                return NotFound();
            }
        }
        else
        {
            await LoadChoicesAsync(ct);
        }

        return Page();
    }

    private async Task<bool> LoadAsync(Guid id, CancellationToken ct)
    {
        try
        {
            Project = await queries.GetProjectAsync(id, CanSeeConfidential, ct);
            return true;
        }
        catch (NotFoundException)
        {
            return false;
        }
    }

    private async Task LoadChoicesAsync(CancellationToken ct)
    {
        Companies = (await queries.ListCompaniesAsync(new CompanySearch(), new PageRequest { Page = 1, PageSize = PageRequest.MaxPageSize }, CanSeeConfidential, ct)).Items;
        Delegations = await exchanges.AllDelegationsAsync(new DelegationListRequest(), ct);
    }
}
