namespace Glocal.Indicators.Operations;

/// <summary>Ranks as R's <c>rank</c> computes them; missing values (NaN) keep a missing rank.</summary>
public static class Ranking
{
    /// <summary>
    /// Ranks with 1 = the highest value and ties sharing the best (lowest) rank: rank = 1 + #{j : x_j &gt; x_i}.
    /// This is COINr's results ranking (<c>rank(-x, ties.method = "min")</c>).
    /// </summary>
    public static double[] HighIsBest(ReadOnlySpan<double> x)
    {
        var ranks = new double[x.Length];
        HighIsBest(x, ranks, new double[x.Length]);
        return ranks;
    }

    /// <summary>Allocation-free form of <see cref="HighIsBest(ReadOnlySpan{double})"/>; scratch needs x.Length.</summary>
    public static void HighIsBest(ReadOnlySpan<double> x, Span<double> ranks, Span<double> scratch)
    {
        var n = 0;
        foreach (var v in x)
        {
            if (!double.IsNaN(v))
            {
                scratch[n++] = -v;
            }
        }

        var sorted = scratch[..n];
        sorted.Sort();
        for (var i = 0; i < x.Length; i++)
        {
            ranks[i] = double.IsNaN(x[i]) ? double.NaN : 1 + CountLess(sorted, -x[i]);
        }
    }

    /// <summary>Ascending ranks with ties at the minimum (R's <c>rank(x, ties.method = "min", na.last = "keep")</c>).</summary>
    public static double[] LowIsFirst(ReadOnlySpan<double> x)
    {
        var sorted = Present(x);
        var ranks = new double[x.Length];
        for (var i = 0; i < x.Length; i++)
        {
            ranks[i] = double.IsNaN(x[i]) ? double.NaN : 1 + CountLess(sorted, x[i]);
        }

        return ranks;
    }

    /// <summary>Ascending ranks with ties averaged (R's default <c>rank</c>), for Spearman correlation.</summary>
    public static double[] AverageRanks(ReadOnlySpan<double> x)
    {
        var sorted = Present(x);
        var ranks = new double[x.Length];
        for (var i = 0; i < x.Length; i++)
        {
            if (double.IsNaN(x[i]))
            {
                ranks[i] = double.NaN;
                continue;
            }

            var less = CountLess(sorted, x[i]);
            var lessOrEqual = CountLessOrEqual(sorted, x[i]);
            ranks[i] = (less + 1 + lessOrEqual) / 2.0;
        }

        return ranks;
    }

    private static double[] Present(ReadOnlySpan<double> x)
    {
        var list = new double[Stats.CountPresent(x)];
        var k = 0;
        foreach (var v in x)
        {
            if (!double.IsNaN(v))
            {
                list[k++] = v;
            }
        }

        Array.Sort(list);
        return list;
    }

    /// <summary>Number of elements strictly less than v in a sorted span.</summary>
    private static int CountLess(ReadOnlySpan<double> sorted, double v)
    {
        int lo = 0, hi = sorted.Length;
        while (lo < hi)
        {
            var mid = (lo + hi) >>> 1;
            if (sorted[mid] < v)
            {
                lo = mid + 1;
            }
            else
            {
                hi = mid;
            }
        }

        return lo;
    }

    private static int CountLessOrEqual(ReadOnlySpan<double> sorted, double v)
    {
        int lo = 0, hi = sorted.Length;
        while (lo < hi)
        {
            var mid = (lo + hi) >>> 1;
            if (sorted[mid] <= v)
            {
                lo = mid + 1;
            }
            else
            {
                hi = mid;
            }
        }

        return lo;
    }
}
