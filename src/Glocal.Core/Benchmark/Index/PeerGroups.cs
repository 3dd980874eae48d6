using System.Globalization;

namespace Glocal.Core.Benchmark.Index;

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
}
