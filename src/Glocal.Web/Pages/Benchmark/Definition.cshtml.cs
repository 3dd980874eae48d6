using System.ComponentModel.DataAnnotations;
using System.Globalization;
using System.Text.Json.Nodes;
using Glocal.Core.Access;
using Glocal.Core.Benchmark.Index;
using Glocal.Core.Shared;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Glocal.Web.Pages.Benchmark;

/// <summary>The index definition in force, every version, and the forms to propose a version and to approve or reject one.</summary>
[Authorize(Permissions.BenchmarkRead)]
public sealed class DefinitionModel(IndexDefinitionStore store, IndexService index, PublicationService publications) : PageModel
{
    public IndexDefinition Current { get; private set; } = null!;

    public IReadOnlyList<DefinitionVersionSummary> Versions { get; private set; } = [];

    /// <summary>The module indicators this municipality may publish into the index, and whether it does.</summary>
    public IReadOnlyList<PublicationState> Publications { get; private set; } = [];

    [BindProperty]
    [Required]
    public string? ProposalJson { get; set; }

    [BindProperty]
    [MaxLength(1000)]
    public string? Note { get; set; }

    [TempData]
    public string? Message { get; set; }

    public bool CanPropose => User.HasClaim(GlocalClaims.Permission, Permissions.BenchmarkUpdate);

    public bool CanApprove => User.HasClaim(GlocalClaims.Permission, Permissions.BenchmarkApprove);

    public async Task OnGetAsync(CancellationToken ct) => await LoadAsync(prefill: true, ct);

    public async Task<IActionResult> OnPostProposeAsync(CancellationToken ct)
    {
        if (!CanPropose)
        {
            return Forbid();
        }

        if (ModelState.IsValid)
        {
            try
            {
                var proposed = await store.ProposeAsync(ProposalJson!, Note, ct);
                Message = proposed.Version;
                return RedirectToPage(null, null, null, "bm-versions-h");
            }
            catch (BusinessRuleException e)
            {
                ModelState.AddModelError(nameof(ProposalJson), $"{e.Code}: {e.Message}");
            }
        }

        await LoadAsync(prefill: false, ct);
        return Page();
    }

    public async Task<IActionResult> OnPostPublishAsync(string indicator, bool published, CancellationToken ct)
    {
        if (!CanPropose)
        {
            return Forbid();
        }

        await publications.SetAsync(indicator, published, ct);
        return RedirectToPage(null, null, null, "bm-publish-h");
    }

    public Task<IActionResult> OnPostApproveAsync(string version, CancellationToken ct) => DecideAsync(version, approve: true, ct);

    public Task<IActionResult> OnPostRejectAsync(string version, CancellationToken ct) => DecideAsync(version, approve: false, ct);

    private async Task<IActionResult> DecideAsync(string version, bool approve, CancellationToken ct)
    {
        if (!CanApprove)
        {
            return Forbid();
        }

        ModelState.Remove(nameof(ProposalJson));
        try
        {
            await store.DecideAsync(version, approve, Note, d => index.TrialAsync(d, ct), ct);
            Message = version;
            return RedirectToPage(null, null, null, "bm-versions-h");
        }
        catch (BusinessRuleException e)
        {
            ModelState.AddModelError(string.Empty, $"{e.Code}: {e.Message}");
        }

        await LoadAsync(prefill: true, ct);
        return Page();
    }

    private async Task LoadAsync(bool prefill, CancellationToken ct)
    {
        Current = await store.CurrentAsync(ct);
        Versions = await store.ListAsync(ct);
        Publications = await publications.ListAsync(ct);
        if (prefill)
        {
            ProposalJson = NextDraft((await store.GetAsync(Current.Version, ct)).Json, Versions.Select(v => v.Version).ToHashSet(StringComparer.Ordinal));
        }
    }

    /// <summary>The version in force with the next free version number, as the starting point of an edit.</summary>
    public static string NextDraft(string json, IReadOnlySet<string> taken)
    {
        var node = JsonNode.Parse(json)!.AsObject();
        var version = node["version"]!.GetValue<string>();
        var dot = version.IndexOf('.', StringComparison.Ordinal);
        var year = version[..dot];
        var number = int.Parse(version[(dot + 1)..], CultureInfo.InvariantCulture);
        string next;
        do
        {
            number++;
            next = string.Create(CultureInfo.InvariantCulture, $"{year}.{number}");
        }
        while (taken.Contains(next));

        node["version"] = next;
        return node.ToJsonString(new System.Text.Json.JsonSerializerOptions { WriteIndented = true, Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping });
    }
}
