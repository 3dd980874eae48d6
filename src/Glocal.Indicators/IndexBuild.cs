using System.Text;
using Glocal.Indicators.Io;
using Glocal.Indicators.Model;
using Glocal.Indicators.Operations;

namespace Glocal.Indicators;

/// <summary>
/// The entry point behind <c>glocal index build</c>: reads iData, iMeta, the spec and optional weights, runs the
/// pipeline and writes one CSV per stage (Raw, Denominated, Screened, Imputed, Treated, Normalised, Aggregated,
/// Aggregated_ranks) plus the audit tables of the steps that ran.
/// </summary>
public static class IndexBuild
{
    // R's write.csv writes no byte-order mark; neither do we, so headers compare equal.
    private static readonly UTF8Encoding Utf8NoBom = new(encoderShouldEmitUTF8Identifier: false);

    public static async Task<IndexBuildResult> RunAsync(
        string dataPath, string metaPath, string specPath, string outDir, string? weightsPath = null, CancellationToken cancellationToken = default)
    {
        var input = IndexInputReader.Read(dataPath, metaPath);
        var spec = PipelineSpecReader.Read(specPath);
        var weights = weightsPath is null ? null : WeightsReader.Read(weightsPath);
        var result = Pipeline.Run(input, spec.Steps, weights);
        await WriteAsync(result, outDir, cancellationToken);
        return result;
    }

    /// <summary>Writes the stages and audit tables of a build into a directory (created if needed).</summary>
    public static async Task WriteAsync(IndexBuildResult result, string outDir, CancellationToken cancellationToken = default)
    {
        Directory.CreateDirectory(outDir);
        foreach (var (name, content) in Files(result))
        {
            await File.WriteAllTextAsync(Path.Combine(outDir, name + ".csv"), content, Utf8NoBom, cancellationToken);
        }

        // The steps with every parameter explicit: the record of what ran, replayable with --spec.
        await File.WriteAllTextAsync(Path.Combine(outDir, "Pipeline.json"), PipelineSpecWriter.Write(result.Steps), Utf8NoBom, cancellationToken);
    }

    private static string TrendsCsv(IEnumerable<Trend> trends) =>
        "\"uCode\",\"iCode\",\"FromTime\",\"ToTime\",\"CAGR\"\n" + string.Concat(trends
            .OrderBy(t => t.Unit, StringComparer.Ordinal)
            .Select(t => $"{CsvTable.Quote(t.Unit)},{CsvTable.Quote(t.Code)},{t.FromTime},{t.ToTime},{CsvTable.FormatNumber(t.Cagr)}\n"));

    /// <summary>The files of a build, by name without extension.</summary>
    public static IEnumerable<(string Name, string Content)> Files(IndexBuildResult result)
    {
        var panel = result.Input.Raw.IsPanel;
        var written = new HashSet<string>(StringComparer.Ordinal);
        foreach (var stage in result.Stages.Reverse())
        {
            if (written.Add(stage.Name))
            {
                yield return (stage.Name, StageWriter.DataSetCsv(stage.Data));
                if (stage.Step is AggregateStep)
                {
                    yield return (stage.Name + "_ranks", StageWriter.DataSetCsv(Results.Ranks(stage.Data)));
                    yield return ("Results", Results.TableCsv(stage.Data, result.Input.Structure));
                    if (panel)
                    {
                        yield return ("Results_Trends", TrendsCsv(Results.Trends(stage.Data)));
                    }
                }
            }
        }

        if (result.Screen is { } screen)
        {
            yield return ("Screen_DataSummary", StageWriter.ScreenSummaryCsv(screen, panel));
            yield return ("Screen_RemovedUnits", StageWriter.RemovedUnitsCsv(screen));
        }

        if (result.Treat is { } treat && result.Stage("Treated") is { } treated)
        {
            yield return ("Treat_DetsTable", StageWriter.TreatDetailsCsv(treat, panel));
            yield return ("Treat_TreatedPoints", StageWriter.TreatedPointsCsv(treat, treated));
        }

        if (result.Plan is not null)
        {
            yield return ("Effective_weights", StageWriter.EffectiveWeightsCsv(Weights.Effective(result.Input.Structure, result.Weights)));
        }
    }
}
