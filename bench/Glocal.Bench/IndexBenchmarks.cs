using BenchmarkDotNet.Attributes;
using Glocal.Indicators;
using Glocal.Indicators.Io;
using Glocal.Indicators.Model;
using Glocal.Indicators.Uncertainty;

namespace Glocal.Bench;

/// <summary>One build of the COINr ASEM example (P1) and of a national panel, in memory (inputs already parsed).</summary>
[MemoryDiagnoser]
[SimpleJob(launchCount: 1, warmupCount: 3, iterationCount: 10)]
public class IndexBuildBenchmarks
{
    private IndexInput _asem = null!;
    private PipelineSpec _p1 = null!;
    private IndexInput _panel = null!;
    private PipelineSpec _national = null!;

    [GlobalSetup]
    public void Setup()
    {
        _asem = BenchData.Asem();
        _p1 = PipelineSpecReader.Parse(BenchData.P1);
        _panel = BenchData.NationalPanel();
        _national = PipelineSpecReader.Parse(BenchData.NationalSpec);
    }

    [Benchmark(Description = "ASEM build (P1, 51 units × 49 indicators)")]
    public IndexBuildResult AsemBuild() => Pipeline.Run(_asem, _p1.Steps);

    [Benchmark(Description = "National panel build (243 × 60 × 15 years)")]
    public IndexBuildResult NationalPanelBuild() => Pipeline.Run(_panel, _national.Steps);
}

/// <summary>
/// Uncertainty (N replications) and sensitivity (Saltelli design, base N, 4 inputs → 6N runs, 1000 bootstrap
/// resamples) on ASEM, each from a fresh engine so the stage cache is built inside the measurement.
/// </summary>
[MemoryDiagnoser]
[SimpleJob(launchCount: 1, warmupCount: 2, iterationCount: 8)]
public class IndexAnalysisBenchmarks
{
    private IndexInput _asem = null!;
    private PipelineSpec _spec = null!;

    [Params(100, 1000)]
    public int N { get; set; }

    [GlobalSetup]
    public void Setup()
    {
        _asem = BenchData.Asem();
        _spec = PipelineSpecReader.Parse(BenchData.P1Uncertainty);
    }

    [Benchmark(Description = "Uncertainty analysis")]
    public UncertaintyResult Uncertainty() => UncertaintyAnalysis.Run(_asem, _spec, N, seed: 1);

    [Benchmark(Description = "Sensitivity analysis (6N runs)")]
    public SensitivityResult Sensitivity() => SensitivityAnalysis.Run(_asem, _spec, N, seed: 1);
}

/// <summary>One replication on a warm engine: what a replication costs and allocates once stages are cached.</summary>
[MemoryDiagnoser]
[SimpleJob(launchCount: 1, warmupCount: 3, iterationCount: 10)]
public class ReplicationBenchmarks
{
    private ReplicationEngine _engine = null!;
    private ReplicationBuffers _buffers = null!;
    private double[] _scores = null!;
    private double[] _ranks = null!;
    private double[][] _draws = null!;
    private int _next;

    [GlobalSetup]
    public void Setup()
    {
        var spec = PipelineSpecReader.Parse(BenchData.P1Uncertainty);
        _engine = new ReplicationEngine(BenchData.Asem(), spec.Steps, spec.Uncertainty!);
        _buffers = _engine.CreateBuffers();
        _scores = new double[_engine.Units.Length];
        _ranks = new double[_engine.Units.Length];
        _draws = Enumerable.Range(0, 1024).Select(j => Enumerable.Range(0, 4).Select(i => CounterRandom.Uniform(9, j, i)).ToArray()).ToArray();
        foreach (var d in _draws)
        {
            _engine.Run(d, 1, 1000, _buffers, _scores, _ranks); // warm every cached stage
        }
    }

    [Benchmark(Description = "One replication (warm stage cache)")]
    public double OneReplication()
    {
        _engine.Run(_draws[_next++ & 1023], 1, 1000, _buffers, _scores, _ranks);
        return _ranks[0];
    }
}
