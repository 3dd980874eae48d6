using System.Globalization;
using Glocal.Core.Benchmark.Index;
using Microsoft.Extensions.Localization;

namespace Glocal.Web.Pages.Benchmark;

/// <summary>How the benchmark pages say names, peer groups and numbers in the current UI language.</summary>
public static class BenchmarkText
{
    public static bool English => CultureInfo.CurrentUICulture.TwoLetterISOLanguageName == "en";

    public static string Name(string ko, string en) => English ? en : ko;

    public static string Name(IndexRankRow row) => Name(row.NameKo, row.NameEn);

    public static string Pillar(IndexDefinition? definition, string code) =>
        definition?.Pillars.FirstOrDefault(p => p.Code == code) is { } p ? Name(p.NameKo, p.NameEn) : code;

    public static string Indicator(IndexDefinition? definition, string code) =>
        definition?.Indicators.FirstOrDefault(i => i.Code == code) is { } i ? Name(i.NameKo, i.NameEn) : code;

    public static string Score(double value) => double.IsFinite(value) ? value.ToString("0.0", CultureInfo.CurrentCulture) : "–";

    public static string Change(double? value) =>
        value is { } v && double.IsFinite(v) ? (v > 0 ? "+" : "") + v.ToString("0.0", CultureInfo.CurrentCulture) : "–";

    public static string Percent(double share) => double.IsFinite(share) ? share.ToString("0.0%", CultureInfo.CurrentCulture) : "–";

    public static string Count(double value) => double.IsFinite(value) ? value.ToString("N0", CultureInfo.CurrentCulture) : "–";

    public static string Raw(double? value) => value is { } v && double.IsFinite(v)
        ? (Math.Abs(v) >= 100 ? v.ToString("N0", CultureInfo.CurrentCulture) : v.ToString("0.####", CultureInfo.CurrentCulture))
        : "–";

    /// <summary>"Population 300,000–600,000 · foreign residents 7% or more".</summary>
    public static string PeerGroup(IStringLocalizer l, IndexDefinition? definition, string group)
    {
        if (definition is null)
        {
            return group;
        }

        var b = PeerGroups.Describe(definition.PeerGroups, group);
        string Range(double? from, double? to, Func<double, string> format) => (from, to) switch
        {
            (null, { } t) => l["Benchmark.Peer.Below", format(t)],
            ({ } f, null) => l["Benchmark.Peer.AtLeast", format(f)],
            ({ } f, { } t) => $"{format(f)}–{format(t)}",
            _ => "?",
        };
        return l["Benchmark.Peer.Describe", group, Range(b.PopulationFrom, b.PopulationTo, v => v.ToString("N0", CultureInfo.CurrentCulture)),
            Range(b.ShareFrom, b.ShareTo, v => v.ToString("0%", CultureInfo.CurrentCulture))];
    }
}
