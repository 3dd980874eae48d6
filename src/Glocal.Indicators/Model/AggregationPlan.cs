namespace Glocal.Indicators.Model;

/// <summary>
/// The index tree compiled to column indices for fast aggregation: node <c>n</c> (an aggregate, in level
/// order) is the column <c>IndicatorCount + n</c> and aggregates the columns <c>Children[n]</c> with
/// <c>Weights[n]</c>.
/// </summary>
public sealed record AggregationPlan(string[] Codes, int IndicatorCount, int[] NodeLevels, int[][] Children, double[][] Weights)
{
    /// <summary>Number of aggregate nodes.</summary>
    public int NodeCount => NodeLevels.Length;

    /// <summary>The same tree with other weights (aligned with <see cref="Children"/>).</summary>
    public AggregationPlan WithWeights(double[][] weights) => this with { Weights = weights };
}
