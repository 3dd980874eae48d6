using System.Globalization;

namespace Glocal.Core.Investments;

/// <summary>
/// An exact ratio of two integer totals (arrived ÷ pledged, jobs verified ÷ pledged). It is shown as a
/// percentage rounded half up to a tenth of a percent, computed on integers; an empty denominator has no rate.
/// </summary>
public readonly record struct Ratio(long Numerator, long Denominator)
{
    /// <summary>Per-mille rounded half up (613 = 61.3%), or null when the denominator is zero.</summary>
    public long? PerMille => Denominator <= 0
        ? null
        : (long)((((Int128)Numerator * 2000) + Denominator) / (2 * (Int128)Denominator));

    /// <summary>"61.3%", or "–" when there is nothing to divide by.</summary>
    public string Percent => PerMille is { } p
        ? (p / 10).ToString(CultureInfo.InvariantCulture) + "." + (p % 10).ToString(CultureInfo.InvariantCulture) + "%"
        : "–";

    public override string ToString() => Percent;
}
