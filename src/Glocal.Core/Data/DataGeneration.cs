using System.Collections.Concurrent;

namespace Glocal.Core.Data;

/// <summary>
/// A counter per municipality (and one for data no municipality owns) that moves after every save that changed
/// product data, so figures computed from that data can be remembered until it changes (ADR 0073). Audit and
/// access-log rows do not move it: reading a case writes one, and a case read does not change any figure.
/// </summary>
public sealed class DataGeneration
{
    private readonly ConcurrentDictionary<int, long> municipalities = new();
    private long shared;
    private long anyMunicipality;

    /// <summary>What the data a municipality's figures are computed from looked like at one moment.</summary>
    public readonly record struct Stamp(long Shared, long Municipality);

    public Stamp Of(int municipalityId) => new(Interlocked.Read(ref shared), municipalities.GetValueOrDefault(municipalityId));

    /// <summary>What the data of all municipalities together looked like: for figures that compare them.</summary>
    public Stamp OfAll() => new(Interlocked.Read(ref shared), Interlocked.Read(ref anyMunicipality));

    public void Advance(int municipalityId)
    {
        municipalities.AddOrUpdate(municipalityId, 1, (_, value) => value + 1);
        Interlocked.Increment(ref anyMunicipality);
    }

    /// <summary>Reference data, statistics or anything else several municipalities read has changed.</summary>
    public void AdvanceShared() => Interlocked.Increment(ref shared);
}
