using System.CommandLine;
using Glocal.Indicators;

namespace Glocal.Cli.Index;

/// <summary>
/// <c>glocal index build | uncertainty | sensitivity</c>: the composite-indicator engine from a shell. A thin
/// wrapper: every command delegates to <see cref="IndexBuild"/> or <see cref="IndexAnalyses"/> in Glocal.Indicators.
/// </summary>
public static class IndexCommand
{
    public static Command Create() => new("index", "Build a composite indicator from COINr-style iData/iMeta tables, and analyse its robustness")
    {
        Build(),
        Analysis("uncertainty", "Uncertainty analysis: N replications drawing the alternatives of the spec's \"uncertainty\" section; scores, ranks and rank statistics",
            (o, runs, seed, ct) => IndexAnalyses.UncertaintyAsync(o.Data, o.Meta, o.Spec, o.Out, runs, seed, o.Weights, ct)),
        Analysis("sensitivity", "Variance-based sensitivity analysis on a Saltelli design of base size N: first-order and total indices with bootstrap intervals",
            (o, runs, seed, ct) => IndexAnalyses.SensitivityAsync(o.Data, o.Meta, o.Spec, o.Out, runs, seed, o.Weights, ct)),
    };

    private static Command Build()
    {
        var options = new InputOptions();
        var command = new Command("build", "Run the pipeline of a spec and write one CSV per stage (Raw, Denominated, Screened, Imputed, Treated, Normalised, Aggregated, Aggregated_ranks) and the audit tables");
        options.AddTo(command);
        command.SetAction((result, ct) => RunAsync(async () =>
        {
            var o = options.Read(result);
            var build = await IndexBuild.RunAsync(o.Data, o.Meta, o.Spec, o.Out, o.Weights, ct);
            Console.WriteLine($"Built {build.Stages.Count - 1} stages for {build.Final.RowCount} rows; files in {o.Out}.");
        }));
        return command;
    }

    private static Command Analysis(string name, string description, Func<Inputs, int, long, CancellationToken, Task> run)
    {
        var options = new InputOptions();
        var runs = new Option<int>("--runs") { Description = "Number of replications (uncertainty) or base sample size N (sensitivity)", DefaultValueFactory = _ => 1000 };
        var seed = new Option<long>("--seed") { Description = "Random seed (the same seed gives the same results)", DefaultValueFactory = _ => 1 };
        var command = new Command(name, description);
        options.AddTo(command);
        command.Options.Add(runs);
        command.Options.Add(seed);
        command.SetAction((result, ct) => RunAsync(async () =>
        {
            var o = options.Read(result);
            var n = result.GetValue(runs);
            if (n < 2)
            {
                throw new IndicatorInputException("--runs", null, null, "give at least 2 runs.");
            }

            await run(o, n, result.GetValue(seed), ct);
            Console.WriteLine($"Index {name} analysis with {n} runs written to {o.Out}.");
        }));
        return command;
    }

    private static async Task<int> RunAsync(Func<Task> action)
    {
        try
        {
            await action();
            return 0;
        }
        catch (IndicatorInputException e)
        {
            await Console.Error.WriteLineAsync($"error [indicator_input]: {e.Message}");
            return 1;
        }
        catch (IOException e)
        {
            await Console.Error.WriteLineAsync($"error [io]: {e.Message}");
            return 1;
        }
        catch (UnauthorizedAccessException e)
        {
            await Console.Error.WriteLineAsync($"error [io]: {e.Message}");
            return 1;
        }
    }

    private sealed record Inputs(string Data, string Meta, string Spec, string Out, string? Weights);

    private sealed class InputOptions
    {
        private readonly Option<FileInfo> _data = new("--data") { Description = "iData CSV: uCode, uName, Time, *_group, denominators, one column per indicator", Required = true };
        private readonly Option<FileInfo> _meta = new("--meta") { Description = "iMeta CSV: Level, iCode, iName, Direction, Weight, Unit, Target, Denominator, Parent, Type", Required = true };
        private readonly Option<FileInfo> _spec = new("--spec") { Description = "Pipeline spec (JSON): { \"steps\": [ … ] } — see docs/indicators.md", Required = true };
        private readonly Option<DirectoryInfo> _out = new("--out") { Description = "Output directory (created if needed)", Required = true };
        private readonly Option<FileInfo?> _weights = new("--weights") { Description = "Optional weights CSV with columns iCode,Weight (overrides iMeta)" };

        public void AddTo(Command command)
        {
            command.Options.Add(_data);
            command.Options.Add(_meta);
            command.Options.Add(_spec);
            command.Options.Add(_out);
            command.Options.Add(_weights);
        }

        public Inputs Read(ParseResult result) => new(
            result.GetRequiredValue(_data).FullName,
            result.GetRequiredValue(_meta).FullName,
            result.GetRequiredValue(_spec).FullName,
            result.GetRequiredValue(_out).FullName,
            result.GetValue(_weights)?.FullName);
    }
}
