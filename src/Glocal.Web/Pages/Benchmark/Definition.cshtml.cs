using Glocal.Core.Access;
using Glocal.Core.Benchmark.Index;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Glocal.Web.Pages.Benchmark;

/// <summary>The index definition in force: pillars, indicators and their sources, the pipeline, the peer bands.</summary>
[Authorize(Permissions.BenchmarkRead)]
public sealed class DefinitionModel(IndexService index) : PageModel
{
    public IndexDefinition Current { get; private set; } = null!;

    public async Task OnGetAsync(CancellationToken ct) => Current = (await index.GetAsync(IndexTiers.Local, ct)).Definition ?? IndexDefinition.BuiltIn;
}
