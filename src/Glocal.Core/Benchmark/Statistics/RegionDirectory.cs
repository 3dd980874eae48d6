using Glocal.Core.Tenancy;

namespace Glocal.Core.Benchmark.Statistics;

/// <summary>
/// Resolves the regions named in a statistics file — by 5-digit code or by Korean name within a province — to the
/// registry entry valid at the file's reference date. Built from the same code list as the registry table.
/// </summary>
public sealed class RegionDirectory
{
    private static readonly Lazy<RegionDirectory> BuiltInDirectory = new(() => new RegionDirectory(RegistryLoader.ReadBuiltIn()));
    private static readonly string[] NationalNames = ["전국", "합계", "계", "총계", "national", "korea"];
    private readonly IReadOnlyList<Municipality> all;

    public RegionDirectory(IReadOnlyList<Municipality> municipalities) => all = municipalities;

    public static RegionDirectory BuiltIn => BuiltInDirectory.Value;

    public IReadOnlyList<Municipality> All => all;

    public static bool IsNational(string codeOrName) =>
        codeOrName == StatisticObservation.National || NationalNames.Contains(codeOrName.Trim().ToLowerInvariant());

    /// <summary>The entry with this code valid at the date, or null.</summary>
    public Municipality? ByCode(string code, DateOnly at) =>
        all.FirstOrDefault(m => m.Code == code && m.ValidFrom <= at && (m.ValidTo is null || m.ValidTo >= at));

    /// <summary>
    /// A code or a Korean name (with or without the province) valid at the date. Names are looked up inside
    /// <paramref name="provinceCode"/> when given, since 중구 or 강서구 exist in several cities.
    /// </summary>
    public Municipality? Resolve(string codeOrName, string? provinceCode, DateOnly at)
    {
        var text = codeOrName.Trim();
        if (text.Length == 5 && text.All(char.IsAsciiDigit))
        {
            return ByCode(text, at);
        }

        var bare = text.Replace(" ", "", StringComparison.Ordinal);
        var candidates = all.Where(m => m.ValidFrom <= at && (m.ValidTo is null || m.ValidTo >= at)
            && (provinceCode is null || m.ProvinceCode == provinceCode)
            && (Squash(m.NameKo) == bare || Squash(m.FullNameKo) == bare)).ToList();
        return candidates.Count == 1 ? candidates[0] : null;
    }

    private static string Squash(string name) => name.Replace(" ", "", StringComparison.Ordinal);
}
