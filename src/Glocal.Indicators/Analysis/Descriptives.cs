using Glocal.Indicators.Model;
using Glocal.Indicators.Operations;

namespace Glocal.Indicators.Analysis;

/// <summary>Descriptive statistics of one column, with COINr-style flags.</summary>
public sealed record ColumnStatistics(
    string Code,
    int Count,
    double Min,
    double Max,
    double Mean,
    double Median,
    double StdDev,
    double Skew,
    double Kurtosis,
    int Unique,
    double Availability,
    double ZeroShare,
    bool FlagSkewKurt,
    bool FlagLowAvailability,
    bool FlagLowUnique);

/// <summary>
/// Descriptive statistics per column (COINr <c>get_stats</c>): availability = present/rows, flags when
/// |skew| ≥ s and kurtosis ≥ k (the treatment test fails), availability below a threshold (default 0.66),
/// or fewer unique values than a share of rows (default 0.5).
/// </summary>
public static class Descriptives
{
    public static IReadOnlyList<ColumnStatistics> Compute(DataSet data, double skew = 2, double kurtosis = 3.5, double availability = 0.66, double unique = 0.5)
    {
        var result = new List<ColumnStatistics>(data.Codes.Length);
        for (var c = 0; c < data.Codes.Length; c++)
        {
            var x = data.Columns[c];
            var n = Stats.CountPresent(x);
            var sk = Stats.Skew(x);
            var ku = Stats.Kurtosis(x);
            var distinct = x.Where(v => !double.IsNaN(v)).Distinct().Count();
            var zeros = x.Count(v => v == 0);
            result.Add(new ColumnStatistics(data.Codes[c], n, Stats.Min(x), Stats.Max(x), Stats.Mean(x), Stats.Median(x), Stats.StdDev(x),
                sk, ku, distinct, (double)n / x.Length, n == 0 ? double.NaN : (double)zeros / n,
                Math.Abs(sk) >= skew && ku >= kurtosis, (double)n / x.Length < availability, (double)distinct / x.Length < unique));
        }

        return result;
    }
}
