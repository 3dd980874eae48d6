using System.Globalization;
using System.IO.Compression;
using System.Text;

namespace Glocal.Core.Exchanges;

/// <summary>
/// Country outlines from Natural Earth 1:110m (public domain, via the world-atlas package) drawn as SVG path
/// data in an equirectangular projection: x = longitude + 180, y = 85 − latitude, in degrees, so the view box is
/// 360 × 145 (Antarctica cut at 60° S). Points use the same projection, so a dot lands on its country.
/// </summary>
public sealed class WorldOutline
{
    public const double Width = 360;
    public const double North = 85;
    public const double South = -60;
    public const double Height = North - South;

    private readonly Lazy<IReadOnlyList<(string Name, string Path)>> countries = new(Load);

    public IReadOnlyList<(string Name, string Path)> Countries => countries.Value;

    public static (double X, double Y) Project(double latitude, double longitude) =>
        (Math.Round(longitude + 180, 2), Math.Round(North - Math.Clamp(latitude, South, North), 2));

    private static List<(string Name, string Path)> Load()
    {
        using var stream = typeof(WorldOutline).Assembly.GetManifestResourceStream("Glocal.Core.Exchanges.world.tsv.gz")
            ?? throw new InvalidOperationException("The world outline resource is missing from the assembly.");
        using var reader = new StreamReader(new GZipStream(stream, CompressionMode.Decompress));
        reader.ReadLine();
        var result = new List<(string, string)>();
        while (reader.ReadLine() is { Length: > 0 } line)
        {
            var f = line.Split('\t');
            if (f[1] == "Antarctica")
            {
                continue;
            }

            var path = new StringBuilder();
            foreach (var ring in f[2].Split('|'))
            {
                var first = true;
                foreach (var point in ring.Split(' '))
                {
                    var comma = point.IndexOf(',', StringComparison.Ordinal);
                    var (x, y) = Project(double.Parse(point[(comma + 1)..], CultureInfo.InvariantCulture), double.Parse(point[..comma], CultureInfo.InvariantCulture));
                    path.Append(first ? 'M' : 'L').Append(x.ToString("0.##", CultureInfo.InvariantCulture)).Append(',').Append(y.ToString("0.##", CultureInfo.InvariantCulture));
                    first = false;
                }

                path.Append('Z');
            }

            result.Add((f[1], path.ToString()));
        }

        return result;
    }
}
