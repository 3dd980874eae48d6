using System.Globalization;

namespace Glocal.Core.Benchmark.Index;

/// <summary>The bounds of a peer group: population [min, max) and foreign-resident share [min, max); null = open.</summary>
public sealed record PeerGroupBounds(string Group, double? PopulationFrom, double? PopulationTo, double? ShareFrom, double? ShareTo);

/// <summary>
/// Peer groups as the ICC Index forms them: a population band × a foreign-resident share band. Bands are upper
/// bounds (exclusive); a unit above the last bound is in the last band + 1. "P2·F3" = population band 2, share band 3.
/// </summary>
public static class PeerGroups
{
    public static string Assign(PeerBands bands, double population, double foreignShare) =>
        string.Create(CultureInfo.InvariantCulture, $"P{Band(bands.PopulationBands, population)}·F{Band(bands.ForeignShareBands, foreignShare)}");

    /// <summary>1-based band: 1 below the first bound, n + 1 at or above the last; 0 when the value is missing.</summary>
    public static int Band(IReadOnlyList<double> bounds, double value) =>
        double.IsNaN(value) ? 0 : bounds.Count(b => value >= b) + 1;

    /// <summary>What a group name means in the definition's bands (for "population 300,000–600,000, share 7% or more").</summary>
    public static PeerGroupBounds Describe(PeerBands bands, string group)
    {
        var parts = group.Split('·');
        if (parts.Length != 2 || !int.TryParse(parts[0].AsSpan(1), NumberStyles.None, CultureInfo.InvariantCulture, out var p)
            || !int.TryParse(parts[1].AsSpan(1), NumberStyles.None, CultureInfo.InvariantCulture, out var f))
        {
            return new PeerGroupBounds(group, null, null, null, null);
        }

        static (double? From, double? To) Range(IReadOnlyList<double> bounds, int band) =>
            band <= 0 ? (null, null) : (band >= 2 ? bounds[Math.Min(band - 2, bounds.Count - 1)] : null, band <= bounds.Count ? bounds[band - 1] : null);

        var (popFrom, popTo) = Range(bands.PopulationBands, p);
        var (shareFrom, shareTo) = Range(bands.ForeignShareBands, f);
        return new PeerGroupBounds(group, popFrom, popTo, shareFrom, shareTo);
    }
}
