using Glocal.Indicators.Io;
using Glocal.Indicators.Model;

namespace Glocal.Indicators.Tests.Support;

/// <summary>Locates ../shared/data beside the repository and loads the COINr ASEM example.</summary>
public static class TestData
{
    private static readonly Lazy<string> SharedData = new(FindSharedData);
    private static readonly Lazy<IndexInput> AsemInput = new(() => IndexInputReader.Read(AsemPath("ASEM_iData.csv"), AsemPath("ASEM_iMeta.csv")));

    public static string AsemPath(string file) => Path.Combine(SharedData.Value, "coinr_asem", file);

    public static string ExpectedP1(string file) => Path.Combine(SharedData.Value, "coinr_asem", "expected_P1", file);

    public static string Spec(string name) => Path.Combine(AppContext.BaseDirectory, "Specs", name);

    public static IndexInput Asem => AsemInput.Value;

    public static PipelineSpec P1 => PipelineSpecReader.Read(Spec("p1.json"));

    private static string FindSharedData()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            var candidate = Path.Combine(dir.FullName, "shared", "data");
            if (Directory.Exists(Path.Combine(candidate, "coinr_asem")))
            {
                return candidate;
            }
        }

        throw new DirectoryNotFoundException($"No shared/data/coinr_asem above {AppContext.BaseDirectory}; clone the shared data beside the repository.");
    }
}
