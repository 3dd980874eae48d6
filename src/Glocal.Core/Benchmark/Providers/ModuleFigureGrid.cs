namespace Glocal.Core.Benchmark.Providers;

/// <summary>Every (municipality, year) a provider was asked about gets a value: a year with nothing recorded is 0, not missing.</summary>
internal static class ModuleFigureGrid
{
    public static IReadOnlyList<(int MunicipalityId, int Year, double Value)> Fill(IReadOnlyCollection<int> ids, IReadOnlyList<int> years, Func<int, int, double> value) =>
        [.. from id in ids.Order() from year in years select (id, year, value(id, year))];

    public static DateOnly YearEnd(int year) => new(year, 12, 31);
}
