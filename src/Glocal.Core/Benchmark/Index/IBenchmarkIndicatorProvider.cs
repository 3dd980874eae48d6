namespace Glocal.Core.Benchmark.Index;

/// <summary>
/// A module figure an index indicator can take from a municipality's own data, named in the definition
/// (<c>"provider": "exchanges.activities"</c>). It is read only for municipalities that chose to publish that
/// indicator; for the others the public series stands. A module registers its provider in Core's wiring; a name
/// with no registered provider is reported by the build, and the public series is used.
/// </summary>
public interface IBenchmarkIndicatorProvider
{
    /// <summary>The name the definition uses, e.g. <c>exchanges.activities</c>.</summary>
    string Name { get; }

    /// <summary>Values per municipality id and year, for the given municipalities only (reads bypass the tenant filter on purpose).</summary>
    Task<IReadOnlyList<(int MunicipalityId, int Year, double Value)>> ReadAsync(IReadOnlyCollection<int> municipalityIds, IReadOnlyList<int> years, CancellationToken ct);
}
