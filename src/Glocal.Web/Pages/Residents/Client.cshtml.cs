using System.ComponentModel.DataAnnotations;
using Glocal.Core.Access;
using Glocal.Core.Data;
using Glocal.Core.Residents;
using Glocal.Core.Residents.Classes;
using Glocal.Core.Residents.Privacy;
using Glocal.Core.Shared;
using Glocal.Web.Api.Residents;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;

namespace Glocal.Web.Pages.Residents;

public sealed class ConsentInput
{
    public ConsentPurpose Purpose { get; set; } = ConsentPurpose.Referral;

    /// <summary>For referrals: agencies ticked, or all.</summary>
    public List<Agency> Agencies { get; set; } = [];

    public bool AnyAgency { get; set; }

    [StringLength(300)]
    public string? Scope { get; set; }

    [Required]
    public DateOnly? GivenOn { get; set; }
}

/// <summary>One client: personal data (the read is logged), consents, cases, classes; subject-access export and erasure.</summary>
[Authorize(Permissions.ResidentsReadPersonal)]
public sealed class ClientModel(ClientService clients, ConsentService consents, CaseService cases, ClassService classes, SubjectAccessService subjects, GlocalDbContext db)
    : ResidentsPageModel
{
    public ClientDetails Client { get; private set; } = null!;

    public IReadOnlyList<ConsentView> Consents { get; private set; } = [];

    public IReadOnlyList<CaseSummary> Cases { get; private set; } = [];

    public IReadOnlyList<CourseSummary> OpenCourses { get; private set; } = [];

    public IReadOnlyList<(string Course, int Level, EnrolmentStatus Status)> Enrolments { get; private set; } = [];

    private static readonly System.Text.Json.JsonSerializerOptions PackageJson = new(System.Text.Json.JsonSerializerDefaults.Web) { WriteIndented = true };

    public bool CanUpdate => ResidentsText.Can(User, Permissions.ResidentsUpdate);

    public bool CanExport => ResidentsText.Can(User, Permissions.ResidentsExport);

    public bool CanErase => ResidentsText.Can(User, Permissions.ResidentsDelete);

    public async Task<IActionResult> OnGetAsync(Guid id, CancellationToken ct)
    {
        try
        {
            Client = await clients.RevealAsync(id, ct);
        }
        catch (NotFoundException)
        {
            return NotFound();
        }

        Consents = await consents.ListAsync(id, ct);
        Cases = (await cases.ListAsync(new CaseSearch(), new PageRequest(1, PageRequest.MaxPageSize), CasesApi.ViewerOf(User), ct, [id])).Items;
        OpenCourses = (await classes.ListAsync(new CourseSearch(Current: true, Sort: "level"), new PageRequest(1, 50), ct)).Items;
        Enrolments = [.. (await (from e in db.Enrolments.AsNoTracking()
                                 join c in db.KoreanCourses on e.CourseId equals c.Id
                                 where e.ClientId == id
                                 orderby e.EnrolledOn
                                 select new { c.Name, c.Level, e.Status }).ToListAsync(ct)).Select(x => (x.Name, x.Level, x.Status))];
        return Page();
    }

    private Func<Task<IActionResult>> Rerender(Guid id, CancellationToken ct) => () => OnGetAsync(id, ct);

    public Task<IActionResult> OnPostConsentAsync(Guid id, ConsentInput consent, CancellationToken ct)
    {
        var scope = consent.Purpose != ConsentPurpose.Referral ? consent.Scope?.Trim()
            : consent.AnyAgency ? "*" : string.Join(' ', consent.Agencies.Distinct());
        if (string.IsNullOrWhiteSpace(scope))
        {
            ModelState.AddModelError("consent.Scope", consent.Purpose == ConsentPurpose.Referral ? "Tick at least one agency, or any agency." : "Describe the scope.");
        }

        return WriteAsync(Permissions.ResidentsUpdate, "Residents.Saved.Consent",
            () => consents.RecordAsync(id, new RecordConsentRequest(consent.Purpose, scope!, consent.GivenOn!.Value), ct), Rerender(id, ct), new { id });
    }

    public Task<IActionResult> OnPostWithdrawAsync(Guid id, Guid consentId, DateOnly withdrawnOn, CancellationToken ct) =>
        WriteAsync(Permissions.ResidentsUpdate, "Residents.Saved.Consent", () => consents.WithdrawAsync(id, consentId, withdrawnOn, ct), Rerender(id, ct), new { id });

    public Task<IActionResult> OnPostEnrolAsync(Guid id, Guid courseId, CancellationToken ct) =>
        WriteAsync(Permissions.ResidentsUpdate, "Residents.Saved.Enrolment", () => classes.EnrolAsync(courseId, new EnrolRequest(id), ct), Rerender(id, ct), new { id });

    /// <summary>Subject access: the same package as the API, as JSON or XLSX.</summary>
    public async Task<IActionResult> OnGetExportAsync(Guid id, string? format, CancellationToken ct)
    {
        if (!CanExport)
        {
            return Forbid();
        }

        try
        {
            var package = await subjects.ExportAsync(id, ct);
            if (format == "xlsx")
            {
                var file = Glocal.Core.Shared.Tabular.TabularExport.Write(SubjectAccessRows.Flatten(package), Glocal.Core.Shared.Tabular.ExportFormat.Xlsx, $"subject-access-{id}");
                return File(file.Content, file.ContentType, file.FileName);
            }

            return File(System.Text.Json.JsonSerializer.SerializeToUtf8Bytes(package, PackageJson),
                "application/json", $"subject-access-{id}.json");
        }
        catch (NotFoundException)
        {
            return NotFound();
        }
    }

    public async Task<IActionResult> OnPostEraseAsync(Guid id, ErasureGround ground, bool confirm, CancellationToken ct)
    {
        if (!CanErase)
        {
            return Forbid();
        }

        if (!confirm)
        {
            ModelState.AddModelError("confirm", "Tick the box to confirm the erasure.");
            return await OnGetAsync(id, ct);
        }

        try
        {
            await subjects.EraseAsync(id, new EraseClientRequest(ground), ct);
        }
        catch (NotFoundException)
        {
            return NotFound();
        }

        Saved = "Residents.Saved.Erased";
        return RedirectToPage("/Residents/Clients");
    }
}
