using System.Globalization;
using System.IO.Compression;

namespace Glocal.Core.Exchanges;

/// <summary>A city of the world as the gazetteer knows it, ready to become a partner.</summary>
public sealed record GazetteerCity(
    int GeoNameId, string Name, string? NameKo, string? NameLocal, string CountryCode, string? Region,
    double Latitude, double Longitude, long Population, PartnerLevel SuggestedLevel);

/// <summary>
/// World cities of 15,000 people or more outside Korea, from GeoNames (built by tools/gazetteer into an
/// embedded resource, so no network call is made). Search matches English, ASCII, Korean and local-script
/// names; exact matches come first, then prefixes, each by population, so "Anshan" finds Anshan, Liaoning.
/// </summary>
public sealed class Gazetteer
{
    private readonly Lazy<Entry[]> entries = new(Load);

    public int Count => entries.Value.Length;

    public IReadOnlyList<GazetteerCity> Search(string? query, string? countryCode = null, int limit = 10)
    {
        var q = Normalise(query);
        if (q.Length < 2)
        {
            return [];
        }

        var country = countryCode?.Trim().ToUpperInvariant();
        return entries.Value
            .Where(e => string.IsNullOrEmpty(country) || e.City.CountryCode == country)
            .Select(e => (e.City, Rank: e.Keys.Min(k => k == q ? 0 : k.StartsWith(q, StringComparison.Ordinal) ? 1 : k.Contains(q, StringComparison.Ordinal) ? 2 : 3)))
            .Where(x => x.Rank < 3)
            .OrderBy(x => x.Rank).ThenByDescending(x => x.City.Population).ThenBy(x => x.City.GeoNameId)
            .Take(Math.Clamp(limit, 1, 50))
            .Select(x => x.City)
            .ToList();
    }

    /// <summary>The most populous city of <paramref name="countryCode"/> with exactly this name in any script ("안산시", "Anshan").</summary>
    public GazetteerCity? FindByName(string name, string countryCode)
    {
        var key = Normalise(name);
        var country = countryCode.ToUpperInvariant();
        return entries.Value.Where(e => e.City.CountryCode == country && e.Keys.Contains(key))
            .OrderByDescending(e => e.City.Population).Select(e => e.City).FirstOrDefault();
    }

    public GazetteerCity? Find(int geoNameId) => entries.Value.FirstOrDefault(e => e.City.GeoNameId == geoNameId)?.City;

    private sealed record Entry(GazetteerCity City, string[] Keys);

    private static string Normalise(string? text) => (text ?? "").Trim().ToLowerInvariant().Replace(" ", "", StringComparison.Ordinal);

    private static Entry[] Load()
    {
        using var stream = typeof(Gazetteer).Assembly.GetManifestResourceStream("Glocal.Core.Exchanges.cities.tsv.gz")
            ?? throw new InvalidOperationException("The gazetteer resource is missing from the assembly.");
        using var reader = new StreamReader(new GZipStream(stream, CompressionMode.Decompress));
        reader.ReadLine(); // header
        var list = new List<Entry>(24_000);
        while (reader.ReadLine() is { Length: > 0 } line)
        {
            // geonameid name ascii ko local country admin1 region lat lon population feature
            var f = line.Split('\t');
            var ko = f[3].Split('|', StringSplitOptions.RemoveEmptyEntries);
            var city = new GazetteerCity(
                int.Parse(f[0], CultureInfo.InvariantCulture), f[1], ko.FirstOrDefault(k => k.EndsWith('시')) ?? ko.FirstOrDefault(), HanScriptCountries.Contains(f[5]) ? Empty(f[4]) : null, f[5], Empty(f[7]),
                double.Parse(f[8], CultureInfo.InvariantCulture), double.Parse(f[9], CultureInfo.InvariantCulture),
                long.Parse(f[10], CultureInfo.InvariantCulture),
                f[11] is "PPLA2" or "PPLA3" or "PPLA4" or "PPL" or "PPLA" or "PPLC" ? PartnerLevel.City : PartnerLevel.District);
            list.Add(new Entry(city, [.. new[] { f[1], f[2], f[4] }.Concat(ko).Where(k => k.Length > 0).Select(Normalise).Distinct()]));
        }

        return [.. list];
    }

    // GeoNames' CJK alternate names are the local name only where Chinese characters or kana are the local script.
    private static readonly HashSet<string> HanScriptCountries = ["CN", "JP", "TW", "HK", "MO"];

    private static string? Empty(string text) => text.Length == 0 ? null : text;
}
