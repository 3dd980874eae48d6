namespace Glocal.Indicators.Operations;

/// <summary>Descriptive statistics over the non-missing (non-NaN) values of a span.</summary>
public static class Stats
{
    public static int CountPresent(ReadOnlySpan<double> x)
    {
        var n = 0;
        foreach (var v in x)
        {
            if (!double.IsNaN(v))
            {
                n++;
            }
        }

        return n;
    }

    public static double Mean(ReadOnlySpan<double> x)
    {
        double sum = 0;
        var n = 0;
        foreach (var v in x)
        {
            if (!double.IsNaN(v))
            {
                sum += v;
                n++;
            }
        }

        return n == 0 ? double.NaN : sum / n;
    }

    public static double Min(ReadOnlySpan<double> x)
    {
        var m = double.PositiveInfinity;
        var any = false;
        foreach (var v in x)
        {
            if (!double.IsNaN(v))
            {
                any = true;
                if (v < m)
                {
                    m = v;
                }
            }
        }

        return any ? m : double.NaN;
    }

    public static double Max(ReadOnlySpan<double> x)
    {
        var m = double.NegativeInfinity;
        var any = false;
        foreach (var v in x)
        {
            if (!double.IsNaN(v))
            {
                any = true;
                if (v > m)
                {
                    m = v;
                }
            }
        }

        return any ? m : double.NaN;
    }

    /// <summary>Sample standard deviation (denominator n − 1), as R's <c>sd</c>.</summary>
    public static double StdDev(ReadOnlySpan<double> x)
    {
        var mean = Mean(x);
        double ss = 0;
        var n = 0;
        foreach (var v in x)
        {
            if (!double.IsNaN(v))
            {
                ss += (v - mean) * (v - mean);
                n++;
            }
        }

        return n < 2 ? double.NaN : Math.Sqrt(ss / (n - 1));
    }

    /// <summary>Median (mean of the two middle values for an even count), as R's <c>median</c>.</summary>
    public static double Median(ReadOnlySpan<double> x) => Quantile(x, 0.5);

    /// <summary>Quantile by linear interpolation between order statistics (R's default, type 7).</summary>
    public static double Quantile(ReadOnlySpan<double> x, double p)
    {
        var present = new double[CountPresent(x)];
        if (present.Length == 0)
        {
            return double.NaN;
        }

        var k = 0;
        foreach (var v in x)
        {
            if (!double.IsNaN(v))
            {
                present[k++] = v;
            }
        }

        Array.Sort(present);
        return SortedQuantile(present, p);
    }

    /// <summary>Type-7 quantile of an already sorted array without NaN.</summary>
    public static double SortedQuantile(ReadOnlySpan<double> sorted, double p)
    {
        var h = (sorted.Length - 1) * p;
        var lo = (int)Math.Floor(h);
        var hi = Math.Min(lo + 1, sorted.Length - 1);
        return sorted[lo] + ((h - lo) * (sorted[hi] - sorted[lo]));
    }

    /// <summary>
    /// Sample skewness, "type 2" (as e1071::skewness type 2, Excel's SKEW, and COINr's <c>skew</c>):
    /// G1 = √n Σd³ / (Σd²)^{3/2} · √(n(n−1)) / (n−2), with d = x − mean. Needs n ≥ 3.
    /// Reference: Joanes &amp; Gill (1998), "Comparing measures of sample skewness and kurtosis".
    /// </summary>
    public static double Skew(ReadOnlySpan<double> x) => SkewKurtosis(x).Skew;

    /// <summary>
    /// Sample excess kurtosis, "type 2" (e1071 type 2, Excel's KURT, COINr's <c>kurt</c>):
    /// r = n Σd⁴ / (Σd²)², G2 = ((n+1)(r−3) + 6)(n−1) / ((n−2)(n−3)). Needs n ≥ 4.
    /// Reference: Joanes &amp; Gill (1998).
    /// </summary>
    public static double Kurtosis(ReadOnlySpan<double> x) => SkewKurtosis(x).Kurtosis;

    /// <summary>Type-2 skewness and kurtosis (see <see cref="Skew"/>, <see cref="Kurtosis"/>) in two passes; NaN when too few values.</summary>
    public static (double Skew, double Kurtosis, int Count) SkewKurtosis(ReadOnlySpan<double> x)
    {
        double sum = 0;
        var n = 0;
        foreach (var v in x)
        {
            if (!double.IsNaN(v))
            {
                sum += v;
                n++;
            }
        }

        var mean = sum / n;
        double s2 = 0, s3 = 0, s4 = 0;
        foreach (var v in x)
        {
            if (!double.IsNaN(v))
            {
                var d = v - mean;
                var d2 = d * d;
                s2 += d2;
                s3 += d * d * d;
                s4 += d2 * d2;
            }
        }

        var skew = n < 3 ? double.NaN : Math.Sqrt(n) * s3 / Math.Pow(s2, 1.5) * Math.Sqrt(n * (n - 1.0)) / (n - 2);
        var r = n * s4 / (s2 * s2);
        var kurt = n < 4 ? double.NaN : (((n + 1) * (r - 3)) + 6) * (n - 1) / ((n - 2.0) * (n - 3.0));
        return (skew, kurt, n);
    }

    /// <summary>Pearson correlation over pairs where both values are present.</summary>
    public static double Pearson(ReadOnlySpan<double> x, ReadOnlySpan<double> y)
    {
        double sx = 0, sy = 0;
        var n = 0;
        for (var i = 0; i < x.Length; i++)
        {
            if (!double.IsNaN(x[i]) && !double.IsNaN(y[i]))
            {
                sx += x[i];
                sy += y[i];
                n++;
            }
        }

        if (n < 2)
        {
            return double.NaN;
        }

        double mx = sx / n, my = sy / n, sxy = 0, sxx = 0, syy = 0;
        for (var i = 0; i < x.Length; i++)
        {
            if (!double.IsNaN(x[i]) && !double.IsNaN(y[i]))
            {
                var dx = x[i] - mx;
                var dy = y[i] - my;
                sxy += dx * dy;
                sxx += dx * dx;
                syy += dy * dy;
            }
        }

        return sxy / Math.Sqrt(sxx * syy);
    }

    /// <summary>Spearman correlation: Pearson on average ranks (ties averaged) of pairwise-complete values.</summary>
    public static double Spearman(ReadOnlySpan<double> x, ReadOnlySpan<double> y)
    {
        var xs = new List<double>(x.Length);
        var ys = new List<double>(x.Length);
        for (var i = 0; i < x.Length; i++)
        {
            if (!double.IsNaN(x[i]) && !double.IsNaN(y[i]))
            {
                xs.Add(x[i]);
                ys.Add(y[i]);
            }
        }

        return Pearson(Ranking.AverageRanks([.. xs]), Ranking.AverageRanks([.. ys]));
    }
}
