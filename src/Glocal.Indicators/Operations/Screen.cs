using Glocal.Indicators.Model;

namespace Glocal.Indicators.Operations;

/// <summary>One row of the screening summary (COINr's <c>Screen</c> DataSummary table).</summary>
public sealed record ScreenSummaryRow(
    string Unit,
    int Time,
    int Missing,
    int Zero,
    int MissingOrZero,
    double DataAvailability,
    double NonZero,
    bool LowData,
    bool LowNonZero,
    bool LowDataOrZero,
    bool Included);

/// <summary>The screening audit: a summary row per unit and time, and the removed units.</summary>
public sealed record ScreenReport(IReadOnlyList<ScreenSummaryRow> Summary, IReadOnlyList<string> RemovedUnits);

/// <summary>
/// Unit screening by data availability, as COINr's <c>Screen</c>: availability = 1 − missing/n, non-zero share
/// = 1 − zeros/n (over the n indicators); a unit is removed when the chosen share is below its threshold.
/// </summary>
public static class Screen
{
    public static (DataSet Data, ScreenReport Report) Apply(DataSet data, ScreenStep step)
    {
        var n = data.Codes.Length;
        var keep = new List<int>(data.RowCount);
        var summary = new List<ScreenSummaryRow>(data.RowCount);
        var removed = new List<string>();
        for (var r = 0; r < data.RowCount; r++)
        {
            int missing = 0, zero = 0;
            foreach (var column in data.Columns)
            {
                if (double.IsNaN(column[r]))
                {
                    missing++;
                }
                else if (column[r] == 0)
                {
                    zero++;
                }
            }

            var availability = 1 - ((double)missing / n);
            var nonZero = 1 - ((double)zero / n);
            var lowData = availability < step.Threshold;
            var lowNonZero = nonZero < step.NonZeroThreshold;
            var included = step.By switch
            {
                ScreenBy.Na => !lowData,
                ScreenBy.Zeros => !lowNonZero,
                ScreenBy.NaAndZeros => !(lowData || lowNonZero),
            };
            summary.Add(new ScreenSummaryRow(data.Units[r], data.Times[r], missing, zero, missing + zero,
                availability, nonZero, lowData, lowNonZero, lowData || lowNonZero, included));
            if (included)
            {
                keep.Add(r);
            }
            else
            {
                removed.Add(data.Units[r]);
            }
        }

        // Data sets are never mutated once returned, so an unchanged one is shared rather than copied.
        return (keep.Count == data.RowCount ? data : data.SelectRows(keep), new ScreenReport(summary, removed));
    }
}
