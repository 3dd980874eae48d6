using Glocal.Core.Tenancy;

namespace Glocal.Core.Benchmark.Statistics;

/// <summary>
/// Follows a region through its code changes (강원 42 → 51, 전북 45 → 52, 군위 47720 → 27720) to the entry valid today,
/// so a unit keeps one identity across the years of a panel.
/// </summary>
public sealed class RegionLineage
{
    private readonly Dictionary<int, Municipality> current = [];
    private readonly Dictionary<string, Municipality> currentByCode = new(StringComparer.Ordinal);

    public RegionLineage(IReadOnlyList<Municipality> registry)
    {
        foreach (var m in registry)
        {
            var head = m;
            while (head.ValidTo is { } end && registry.FirstOrDefault(n => n.ValidFrom == end.AddDays(1) && n.Kind == head.Kind
                && (n.NameKo == head.NameKo || n.Code[2..] == head.Code[2..])) is { } next)
            {
                head = next;
            }

            current[m.Id] = head;
            currentByCode.TryAdd(m.Code + "@" + m.ValidFrom.ToString("yyyyMMdd", System.Globalization.CultureInfo.InvariantCulture), head);
        }

        Registry = registry;
    }

    public IReadOnlyList<Municipality> Registry { get; }

    /// <summary>The entry valid today for a registry id (the id itself when it never changed).</summary>
    public Municipality Current(int municipalityId) => current[municipalityId];

    /// <summary>The entry valid today for the entry of this code valid at the date, or null.</summary>
    public Municipality? Current(string code, DateOnly at) =>
        Registry.FirstOrDefault(m => m.Code == code && m.ValidFrom <= at && (m.ValidTo is null || m.ValidTo >= at)) is { } m ? CurrentOf(m) : null;

    private Municipality CurrentOf(Municipality m) =>
        m.Id != 0 ? current[m.Id] : currentByCode[m.Code + "@" + m.ValidFrom.ToString("yyyyMMdd", System.Globalization.CultureInfo.InvariantCulture)];

    /// <summary>The entry of a current unit that was valid at the date (its predecessor before a code change).</summary>
    public Municipality AsOf(Municipality currentUnit, DateOnly at) =>
        Registry.FirstOrDefault(m => m.ValidFrom <= at && (m.ValidTo is null || m.ValidTo >= at) && ReferenceEquals(CurrentOf(m), currentUnit)) ?? currentUnit;
}
