using System.Text;
using Glocal.Indicators.Io;
using Glocal.Indicators.Uncertainty;

namespace Glocal.Indicators;

/// <summary>
/// The entry points behind <c>glocal index uncertainty</c> and <c>glocal index sensitivity</c>: the same inputs as
/// a build, a spec with an <c>"uncertainty"</c> section, a number of runs and a seed.
/// </summary>
public static class IndexAnalyses
{
    // R's write.csv writes no byte-order mark; neither do we, so headers compare equal.
    private static readonly UTF8Encoding Utf8NoBom = new(encoderShouldEmitUTF8Identifier: false);

    /// <summary>
    /// Runs <paramref name="runs"/> replications and writes Uncertainty_Scores.csv, Uncertainty_Ranks.csv
    /// (one row per replication) and Uncertainty_RankStats.csv.
    /// </summary>
    public static async Task<UncertaintyResult> UncertaintyAsync(
        string dataPath, string metaPath, string specPath, string outDir, int runs, long seed, string? weightsPath = null,
        CancellationToken cancellationToken = default)
    {
        var input = IndexInputReader.Read(dataPath, metaPath);
        var spec = PipelineSpecReader.Read(specPath);
        var weights = weightsPath is null ? null : WeightsReader.Read(weightsPath);
        var result = UncertaintyAnalysis.Run(input, spec, runs, seed, weights);
        Directory.CreateDirectory(outDir);
        await WriteRunsAsync("Uncertainty", result, spec.Uncertainty!, outDir, runs, cancellationToken);
        return result;
    }

    /// <summary>
    /// Runs a Saltelli design with base sample <paramref name="runs"/> (N(k + 2) replications) and writes
    /// Sensitivity_Indices.csv, Sensitivity_Scores.csv, Sensitivity_Ranks.csv and Sensitivity_RankStats.csv.
    /// </summary>
    public static async Task<SensitivityResult> SensitivityAsync(
        string dataPath, string metaPath, string specPath, string outDir, int runs, long seed, string? weightsPath = null,
        CancellationToken cancellationToken = default)
    {
        var input = IndexInputReader.Read(dataPath, metaPath);
        var spec = PipelineSpecReader.Read(specPath);
        var weights = weightsPath is null ? null : WeightsReader.Read(weightsPath);
        var result = SensitivityAnalysis.Run(input, spec, runs, seed, weights);
        Directory.CreateDirectory(outDir);
        await File.WriteAllTextAsync(Path.Combine(outDir, "Sensitivity_Indices.csv"), AnalysisWriter.IndicesCsv(result.Indices), Utf8NoBom, cancellationToken);
        await WriteRunsAsync("Sensitivity", result.Runs, spec.Uncertainty!, outDir, runs, cancellationToken);
        return result;
    }

    private static async Task WriteRunsAsync(string prefix, UncertaintyResult result, Model.UncertaintySpec spec, string outDir, int weightSets, CancellationToken ct)
    {
        await File.WriteAllTextAsync(Path.Combine(outDir, prefix + "_Scores.csv"), AnalysisWriter.ReplicationsCsv(result, spec, ranks: false, weightSets), Utf8NoBom, ct);
        await File.WriteAllTextAsync(Path.Combine(outDir, prefix + "_Ranks.csv"), AnalysisWriter.ReplicationsCsv(result, spec, ranks: true, weightSets), Utf8NoBom, ct);
        await File.WriteAllTextAsync(Path.Combine(outDir, prefix + "_RankStats.csv"), AnalysisWriter.RankStatisticsCsv(result.Statistics), Utf8NoBom, ct);
    }
}
