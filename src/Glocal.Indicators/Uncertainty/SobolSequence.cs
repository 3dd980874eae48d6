namespace Glocal.Indicators.Uncertainty;

/// <summary>
/// The Sobol low-discrepancy sequence (Sobol 1967) with Joe &amp; Kuo's direction numbers ("new-joe-kuo-6.21201",
/// Joe &amp; Kuo 2008), in Gray-code order (Antonov &amp; Saleev 1979), skipping the all-zero first point.
/// Supports up to 21 dimensions, i.e. sensitivity analyses of up to 10 inputs (a Saltelli design needs 2k).
/// </summary>
public static class SobolSequence
{
    private const int Bits = 52;

    // Per dimension from the second: degree s, polynomial coefficients a, initial direction numbers m.
    private static readonly (int S, int A, int[] M)[] Table =
    [
        (1, 0, [1]),
        (2, 1, [1, 3]),
        (3, 1, [1, 3, 1]),
        (3, 2, [1, 1, 1]),
        (4, 1, [1, 1, 3, 3]),
        (4, 4, [1, 3, 5, 13]),
        (5, 2, [1, 1, 5, 5, 17]),
        (5, 4, [1, 1, 5, 5, 5]),
        (5, 7, [1, 1, 7, 11, 19]),
        (5, 11, [1, 1, 5, 1, 1]),
        (5, 13, [1, 1, 1, 3, 11]),
        (5, 14, [1, 3, 5, 5, 31]),
        (6, 1, [1, 3, 3, 9, 7, 49]),
        (6, 13, [1, 1, 1, 15, 21, 21]),
        (6, 16, [1, 3, 1, 13, 27, 49]),
        (6, 19, [1, 1, 1, 15, 7, 5]),
        (6, 22, [1, 3, 1, 15, 13, 25]),
        (6, 25, [1, 1, 5, 5, 19, 61]),
        (7, 1, [1, 3, 7, 11, 23, 15, 103]),
        (7, 4, [1, 3, 7, 13, 13, 15, 69]),
    ];

    /// <summary>The largest supported dimension.</summary>
    public static int MaxDimensions => Table.Length + 1;

    /// <summary>The first <paramref name="count"/> points (after the origin) in <paramref name="dimensions"/> dimensions: <c>[point][dim]</c>.</summary>
    public static double[][] Generate(int count, int dimensions)
    {
        if (dimensions < 1 || dimensions > MaxDimensions)
        {
            throw new ArgumentOutOfRangeException(nameof(dimensions), dimensions, $"the Sobol sequence here supports 1 to {MaxDimensions} dimensions.");
        }

        var v = new ulong[dimensions][];
        for (var d = 0; d < dimensions; d++)
        {
            v[d] = Directions(d);
        }

        var points = new double[count][];
        var x = new ulong[dimensions];
        for (ulong i = 0; i < (ulong)count; i++)
        {
            var c = System.Numerics.BitOperations.TrailingZeroCount(~i);
            var point = new double[dimensions];
            for (var d = 0; d < dimensions; d++)
            {
                x[d] ^= v[d][c];
                point[d] = x[d] / (double)(1UL << Bits);
            }

            points[i] = point;
        }

        return points;
    }

    private static ulong[] Directions(int dimension)
    {
        var v = new ulong[Bits];
        if (dimension == 0)
        {
            for (var i = 0; i < Bits; i++)
            {
                v[i] = 1UL << (Bits - 1 - i);
            }

            return v;
        }

        var (s, a, m) = Table[dimension - 1];
        for (var i = 0; i < Math.Min(s, Bits); i++)
        {
            v[i] = (ulong)m[i] << (Bits - 1 - i);
        }

        for (var i = s; i < Bits; i++)
        {
            v[i] = v[i - s] ^ (v[i - s] >> s);
            for (var k = 1; k < s; k++)
            {
                if (((a >> (s - 1 - k)) & 1) == 1)
                {
                    v[i] ^= v[i - k];
                }
            }
        }

        return v;
    }
}
