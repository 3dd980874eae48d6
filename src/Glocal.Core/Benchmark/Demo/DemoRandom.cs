namespace Glocal.Core.Benchmark.Demo;

/// <summary>
/// A small deterministic generator (SplitMix64 seeded by FNV-1a of a key) so the synthetic demo figures are the
/// same on every machine and every run; <see cref="string.GetHashCode()"/> changes per process and cannot be used.
/// </summary>
internal sealed class DemoRandom(string key)
{
    private ulong state = Fnv1a(key);

    public double Uniform(double low, double high) => low + ((high - low) * Next());

    public double LogUniform(double low, double high) => Math.Exp(Uniform(Math.Log(low), Math.Log(high)));

    private double Next()
    {
        state += 0x9E3779B97F4A7C15;
        var z = state;
        z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9;
        z = (z ^ (z >> 27)) * 0x94D049BB133111EB;
        z ^= z >> 31;
        return (z >> 11) * (1.0 / (1UL << 53));
    }

    private static ulong Fnv1a(string text)
    {
        var hash = 14695981039346656037UL;
        foreach (var c in text)
        {
            hash = (hash ^ c) * 1099511628211UL;
        }

        return hash;
    }
}
