using System.Text.RegularExpressions;
using System.Xml.Linq;
using Glocal.Core.Residents;

namespace Glocal.Web.Tests.Residents;

/// <summary>
/// The portal's strings exist in all twelve languages: same keys, nothing empty, placeholders kept, and no
/// value left as the English (or Korean) text, which is what an untranslated key looks like.
/// </summary>
public partial class PortalResourceParityTests
{
    /// <summary>Values that are legitimately the same as English in that language (loanwords, names).</summary>
    private static readonly HashSet<(string Language, string Key)> SameAsEnglishAllowed = [];

    private static string Folder()
    {
        var directory = new DirectoryInfo(AppContext.BaseDirectory);
        while (directory is not null && !File.Exists(Path.Combine(directory.FullName, "Glocal.slnx")))
        {
            directory = directory.Parent;
        }

        return Path.Combine(directory!.FullName, "src", "Glocal.Web", "Resources", "Portal");
    }

    private static Dictionary<string, string> Read(string language) =>
        XDocument.Load(Path.Combine(Folder(), language == "ko" ? "PortalResource.resx" : $"PortalResource.{language}.resx")).Root!.Elements("data")
            .ToDictionary(d => (string)d.Attribute("name")!, d => (string)d.Element("value")!);

    public static TheoryData<string> Languages() => [.. PortalLanguages.All];

    [Theory]
    [MemberData(nameof(Languages))]
    public void EveryLanguage_HasEveryKey_TranslatedWithItsPlaceholders(string language)
    {
        var korean = Read("ko");
        var english = Read("en");
        var strings = Read(language);
        korean.Keys.Except(strings.Keys).ShouldBeEmpty($"missing in {language}");
        strings.Keys.Except(korean.Keys).ShouldBeEmpty($"only in {language}");
        korean.Count.ShouldBeGreaterThan(50);
        foreach (var (key, value) in strings)
        {
            value.ShouldNotBeNullOrWhiteSpace($"{language} {key}");
            Placeholders(value).ShouldBe(Placeholders(korean[key]), $"{language} {key}");
            if (language != "en" && !SameAsEnglishAllowed.Contains((language, key)))
            {
                value.ShouldNotBe(english[key], $"{language} {key} is the English text");
            }

            if (language != "ko")
            {
                value.ShouldNotContain(c => c >= '가' && c <= '힣', $"{language} {key} contains Korean");
            }
        }
    }

    [Fact]
    public void EveryPortalKeyUsedInPages_IsDefined()
    {
        var korean = Read("ko");
        var pages = Path.Combine(Folder(), "..", "..", "Pages", "Portal");
        var used = Directory.EnumerateFiles(pages, "*.cs*", SearchOption.AllDirectories)
            .SelectMany(f => UsedKey().Matches(File.ReadAllText(f)).Select(m => m.Groups[1].Value))
            .ToHashSet();
        used.Count.ShouldBeGreaterThan(30);
        used.Where(k => !korean.ContainsKey(k)).ShouldBeEmpty();
        foreach (var category in Enum.GetNames<CaseCategory>())
        {
            korean.ShouldContainKey($"Portal.Category.{category}");
        }

        foreach (var kind in Enum.GetNames<ServiceKind>())
        {
            korean.ShouldContainKey($"Portal.Kind.{kind}");
        }
    }

    private static List<string> Placeholders(string value) => [.. Placeholder().Matches(value).Select(m => m.Value).Order()];

    [GeneratedRegex(@"\{\d+\}")]
    private static partial Regex Placeholder();

    [GeneratedRegex("(?:P|p|strings)\\[\"(Portal\\.[A-Za-z0-9_.]+)\"")]
    private static partial Regex UsedKey();
}
