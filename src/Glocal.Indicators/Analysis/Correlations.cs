using Glocal.Indicators.Model;
using Glocal.Indicators.Operations;

namespace Glocal.Indicators.Analysis;

public enum CorrelationMethod
{
    Pearson,
    Spearman,
}

/// <summary>A correlation between two codes.</summary>
public sealed record CorrelationPair(string A, string B, double R);

/// <summary>
/// Correlation analysis (OECD/JRC Handbook, step 5 "multivariate analysis"; COINr <c>get_corr</c>,
/// <c>get_corr_flags</c>, <c>get_cronbach</c>, <c>get_denom_corr</c>), pairwise-complete.
/// </summary>
public static class Correlations
{
    public static double Correlate(ReadOnlySpan<double> x, ReadOnlySpan<double> y, CorrelationMethod method) =>
        method == CorrelationMethod.Pearson ? Stats.Pearson(x, y) : Stats.Spearman(x, y);

    /// <summary>The correlation matrix of the given codes.</summary>
    public static double[,] Matrix(DataSet data, IReadOnlyList<string> codes, CorrelationMethod method = CorrelationMethod.Pearson)
    {
        var cols = codes.Select(data.Column).ToArray();
        var m = new double[codes.Count, codes.Count];
        for (var i = 0; i < codes.Count; i++)
        {
            m[i, i] = 1;
            for (var j = i + 1; j < codes.Count; j++)
            {
                m[i, j] = m[j, i] = Correlate(cols[i], cols[j], method);
            }
        }

        return m;
    }

    /// <summary>Each code's correlation with its parent (needs an aggregated data set).</summary>
    public static IReadOnlyList<CorrelationPair> WithParent(DataSet aggregated, IndexStructure structure, CorrelationMethod method = CorrelationMethod.Pearson) =>
        structure.AllCodes
            .Where(c => structure.ByCode[c].Parent is not null)
            .Select(c => new CorrelationPair(c, structure.ByCode[c].Parent!, Correlate(aggregated.Column(c), aggregated.Column(structure.ByCode[c].Parent!), method)))
            .ToList();

    /// <summary>Correlations between siblings (children of the same parent) at a level.</summary>
    public static IReadOnlyList<CorrelationPair> WithinGroups(DataSet data, IndexStructure structure, int level = 1, CorrelationMethod method = CorrelationMethod.Pearson)
    {
        var result = new List<CorrelationPair>();
        foreach (var kids in structure.Children.Values.Where(k => structure.ByCode[k[0]].Level == level))
        {
            for (var i = 0; i < kids.Length; i++)
            {
                for (var j = i + 1; j < kids.Length; j++)
                {
                    result.Add(new CorrelationPair(kids[i], kids[j], Correlate(data.Column(kids[i]), data.Column(kids[j]), method)));
                }
            }
        }

        return result;
    }

    /// <summary>Sibling pairs whose correlation exceeds a threshold (collinearity) or is below a negative one.</summary>
    public static IReadOnlyList<CorrelationPair> Flags(DataSet data, IndexStructure structure, double high = 0.9, double low = -0.4, int level = 1, CorrelationMethod method = CorrelationMethod.Pearson) =>
        WithinGroups(data, structure, level, method).Where(p => p.R > high || p.R < low).ToList();

    /// <summary>Correlations of each code with each denominator column.</summary>
    public static IReadOnlyList<CorrelationPair> WithDenominators(DataSet data, IndexInput input, CorrelationMethod method = CorrelationMethod.Pearson)
    {
        var result = new List<CorrelationPair>();
        foreach (var (name, values) in input.Denominators)
        {
            var aligned = Enumerable.Range(0, data.RowCount).Select(r => values[input.RowOf(data.Units[r], data.Times[r])]).ToArray();
            for (var c = 0; c < data.Codes.Length; c++)
            {
                result.Add(new CorrelationPair(data.Codes[c], name, Correlate(data.Columns[c], aligned, method)));
            }
        }

        return result;
    }

    /// <summary>
    /// Cronbach's alpha of a set of columns: α = k/(k − 1) · (1 − Σ var(xᵢ) / var(Σ xᵢ)), over complete rows.
    /// Reference: Cronbach (1951); OECD/JRC Handbook (2008) §5.
    /// </summary>
    public static double CronbachAlpha(DataSet data, IReadOnlyList<string> codes)
    {
        var cols = codes.Select(data.Column).ToArray();
        var rows = Enumerable.Range(0, data.RowCount).Where(r => cols.All(c => !double.IsNaN(c[r]))).ToArray();
        var k = cols.Length;
        if (k < 2 || rows.Length < 2)
        {
            return double.NaN;
        }

        var itemVariance = cols.Sum(c => Variance(rows.Select(r => c[r]).ToArray()));
        var totals = rows.Select(r => cols.Sum(c => c[r])).ToArray();
        return k / (k - 1.0) * (1 - (itemVariance / Variance(totals)));
    }

    private static double Variance(double[] x)
    {
        var sd = Stats.StdDev(x);
        return sd * sd;
    }
}
