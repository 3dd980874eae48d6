namespace Glocal.Indicators.Uncertainty;

/// <summary>
/// Counter-based uniform numbers: u(seed, stream, index) from the SplitMix64 finaliser (Steele, Lea &amp; Flood,
/// "Fast splittable pseudorandom number generators", OOPSLA 2014). Each replication draws from its own stream,
/// so results do not depend on how replications are scheduled across threads, and nothing is allocated.
/// </summary>
public static class CounterRandom
{
    /// <summary>A uniform number in [0, 1).</summary>
    public static double Uniform(long seed, long stream, long index)
    {
        var z = Mix(unchecked((ulong)seed + (0x9E3779B97F4A7C15UL * ((ulong)stream + 1))));
        z = Mix(unchecked(z + (0xBF58476D1CE4E5B9UL * ((ulong)index + 1))));
        return (z >> 11) * (1.0 / (1UL << 53));
    }

    private static ulong Mix(ulong z)
    {
        unchecked
        {
            z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9UL;
            z = (z ^ (z >> 27)) * 0x94D049BB133111EBUL;
            return z ^ (z >> 31);
        }
    }
}
