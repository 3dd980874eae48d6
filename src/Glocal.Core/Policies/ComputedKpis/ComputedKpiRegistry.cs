namespace Glocal.Core.Policies.ComputedKpis;

/// <summary>The computed KPI providers registered in this installation, by code.</summary>
public sealed class ComputedKpiRegistry(IEnumerable<IComputedKpiProvider> providers)
{
    private readonly Dictionary<string, IComputedKpiProvider> byCode = providers.ToDictionary(p => p.Code, StringComparer.Ordinal);

    public IReadOnlyList<ComputedKpiCode> Codes =>
        [.. byCode.Values.OrderBy(p => p.Code, StringComparer.Ordinal).Select(p => new ComputedKpiCode(p.Code, p.Module, p.Unit, p.Description))];

    public IComputedKpiProvider? Find(string? code) => code is not null && byCode.TryGetValue(code, out var provider) ? provider : null;
}
