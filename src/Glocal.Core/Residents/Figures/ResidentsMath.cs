namespace Glocal.Core.Residents.Figures;

/// <summary>The residents module's figures as pure functions over facts: no database, no clock (tested by hand-checked examples).</summary>
public static class ResidentsMath
{
    /// <summary>Cases opened per Korean calendar month from <paramref name="from"/>'s month to <paramref name="to"/>'s, zeros included.</summary>
    public static IReadOnlyList<MonthCount> ByMonth(IEnumerable<CaseFact> cases, DateOnly from, DateOnly to)
    {
        var counts = cases.Select(c => KoreaDate(c.OpenedAt)).GroupBy(d => (d.Year, d.Month)).ToDictionary(g => g.Key, g => g.Count());
        var months = new List<MonthCount>();
        for (var m = new DateOnly(from.Year, from.Month, 1); m <= to; m = m.AddMonths(1))
        {
            months.Add(new MonthCount(m.Year, m.Month, counts.GetValueOrDefault((m.Year, m.Month))));
        }

        return months;
    }

    /// <summary>Counts by a key, largest first, ties by key.</summary>
    public static IReadOnlyList<KeyCount> CountBy<T>(IEnumerable<T> items, Func<T, string> key) =>
        [.. items.GroupBy(key, StringComparer.Ordinal).Select(g => new KeyCount(g.Key, g.Count())).OrderByDescending(k => k.Count).ThenBy(k => k.Key, StringComparer.Ordinal)];

    public static ResponseTimes Response(IEnumerable<CaseFact> cases)
    {
        var list = cases.ToList();
        var hours = list.Where(c => c.FirstResponseAt is not null).Select(c => (c.FirstResponseAt!.Value - c.OpenedAt).TotalHours).ToList();
        return new ResponseTimes(hours.Count, list.Count - hours.Count, Median(hours), hours.Count == 0 ? null : Math.Round(hours.Average(), 2));
    }

    public static ReferralFigures Referrals(IEnumerable<ReferralStatus> statuses)
    {
        var list = statuses.ToList();
        var completed = list.Count(s => s == ReferralStatus.Completed);
        var declined = list.Count(s => s == ReferralStatus.Declined);
        var finished = completed + declined;
        return new ReferralFigures(list.Count, completed, declined, list.Count - finished, finished == 0 ? null : Math.Round((double)completed / finished, 4));
    }

    /// <summary>count × 1,000 ÷ residents, four decimals; null without a positive denominator.</summary>
    public static double? Per1000(double count, double? residents) => residents is > 0 ? Math.Round(count * 1000 / residents.Value, 4) : null;

    /// <summary>The middle value (mean of the two middle ones for an even count), two decimals; null when empty.</summary>
    public static double? Median(IReadOnlyCollection<double> values)
    {
        if (values.Count == 0)
        {
            return null;
        }

        var sorted = values.Order().ToArray();
        var mid = sorted.Length / 2;
        var median = sorted.Length % 2 == 1 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
        return Math.Round(median, 2);
    }

    /// <summary>
    /// Residents by language from nationality counts: each nationality's count goes to its language; a total larger
    /// than the named nationalities gives the remainder to <see cref="NationalityLanguages.Unknown"/>.
    /// </summary>
    public static Dictionary<string, double> ResidentsByLanguage(IEnumerable<(string Nationality, double Count)> byNationality, double? total = null)
    {
        var result = new Dictionary<string, double>(StringComparer.Ordinal);
        var named = 0.0;
        foreach (var (nationality, count) in byNationality)
        {
            var language = NationalityLanguages.OfTableName(nationality);
            result[language] = result.GetValueOrDefault(language) + count;
            named += count;
        }

        if (total is { } t && t > named)
        {
            result[NationalityLanguages.Unknown] = result.GetValueOrDefault(NationalityLanguages.Unknown) + (t - named);
        }

        return result;
    }

    /// <summary>Shares of a national table applied to a local total: each language gets total × its national share.</summary>
    public static Dictionary<string, double> Scale(IReadOnlyDictionary<string, double> national, double localTotal)
    {
        var sum = national.Values.Sum();
        return sum <= 0 ? [] : national.ToDictionary(kv => kv.Key, kv => localTotal * kv.Value / sum, StringComparer.Ordinal);
    }

    /// <summary>
    /// The coverage gap. A language is served when a counsellor or an interpreter speaks it (compared by primary
    /// language subtag, so zh-Hans is served by zh); the unknown bucket is never counted as unserved or served.
    /// </summary>
    public static CoverageGap Coverage(
        IReadOnlyDictionary<string, double> residents, IReadOnlyDictionary<string, int> clients, IReadOnlyDictionary<string, int> cases,
        ServedLanguages served, CoverageSource source, DateOnly? referenceDate)
    {
        static HashSet<string> Bases(IEnumerable<string> tags) => tags.Select(Base).ToHashSet(StringComparer.Ordinal);
        var counsellors = Bases(served.Counsellors);
        var interpreters = Bases(served.Interpreters);
        var classes = Bases(served.Classes);
        var portal = Bases(served.Portal);

        // Fold every tag to its primary subtag so "zh-Hans" residents and "zh" clients land in one row.
        var languages = new Dictionary<string, (double Residents, int Clients, int Cases)>(StringComparer.Ordinal);
        foreach (var (tag, n) in residents)
        {
            var b = Base(tag);
            var v = languages.GetValueOrDefault(b);
            languages[b] = (v.Residents + n, v.Clients, v.Cases);
        }

        foreach (var (tag, n) in clients)
        {
            var b = Base(tag);
            var v = languages.GetValueOrDefault(b);
            languages[b] = (v.Residents, v.Clients + n, v.Cases);
        }

        foreach (var (tag, n) in cases)
        {
            var b = Base(tag);
            var v = languages.GetValueOrDefault(b);
            languages[b] = (v.Residents, v.Clients, v.Cases + n);
        }

        var totalResidents = languages.Values.Sum(v => v.Residents);
        var rows = languages
            .Select(kv => new LanguageCoverage(kv.Key, Math.Round(kv.Value.Residents, 1),
                totalResidents > 0 ? Math.Round(kv.Value.Residents / totalResidents, 4) : 0, kv.Value.Clients, kv.Value.Cases,
                counsellors.Contains(kv.Key), interpreters.Contains(kv.Key), classes.Contains(kv.Key), portal.Contains(kv.Key)))
            .OrderByDescending(r => r.Residents).ThenByDescending(r => r.Clients).ThenBy(r => r.Language, StringComparer.Ordinal)
            .ToList();

        var known = rows.Where(r => r.Language != NationalityLanguages.Unknown).ToList();
        var knownResidents = known.Sum(r => r.Residents);
        var unserved = known.Where(r => !r.Served).Sum(r => r.Residents);
        return new CoverageGap(rows, Math.Round(totalResidents, 1), Math.Round(unserved, 1),
            knownResidents > 0 ? Math.Round(unserved / knownResidents, 4) : null, source, referenceDate,
            known.Where(r => !r.Served).Sum(r => r.Clients), known.Sum(r => r.Clients));
    }

    /// <summary>The primary language subtag, lower case: "zh-Hans" → "zh".</summary>
    public static string Base(string tag)
    {
        var t = tag.Trim();
        var dash = t.IndexOf('-', StringComparison.Ordinal);
        return (dash > 0 ? t[..dash] : t).ToLowerInvariant();
    }

    public static DateOnly KoreaDate(DateTime utc) => DateOnly.FromDateTime(utc.AddHours(KoreaTime.OffsetHours));
}
