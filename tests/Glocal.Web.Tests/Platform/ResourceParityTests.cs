using System.Xml.Linq;

namespace Glocal.Web.Tests.Platform;

/// <summary>Every staff-UI string exists in Korean and in English.</summary>
public class ResourceParityTests
{
    private static string ResourcesFolder()
    {
        var directory = new DirectoryInfo(AppContext.BaseDirectory);
        while (directory is not null && !File.Exists(Path.Combine(directory.FullName, "Glocal.slnx")))
        {
            directory = directory.Parent;
        }

        return Path.Combine(directory!.FullName, "src", "Glocal.Web", "Resources");
    }

    private static Dictionary<string, string> Read(string file) =>
        XDocument.Load(Path.Combine(ResourcesFolder(), file)).Root!.Elements("data")
            .ToDictionary(d => (string)d.Attribute("name")!, d => (string)d.Element("value")!);

    [Fact]
    public void KoreanAndEnglish_HaveTheSameKeys()
    {
        var korean = Read("SharedResource.resx");
        var english = Read("SharedResource.en.resx");
        korean.Keys.Except(english.Keys).ShouldBeEmpty("missing in English");
        english.Keys.Except(korean.Keys).ShouldBeEmpty("missing in Korean");
        korean.Count.ShouldBeGreaterThan(100);
    }

    [Fact]
    public void Translations_AreNotLeftEmptyOrUntranslated()
    {
        var korean = Read("SharedResource.resx");
        var english = Read("SharedResource.en.resx");
        korean.Values.ShouldAllBe(v => !string.IsNullOrWhiteSpace(v));
        english.Values.ShouldAllBe(v => !string.IsNullOrWhiteSpace(v));
        korean.Values.Count(v => v.Any(c => c >= '가' && c <= '힣')).ShouldBeGreaterThan(korean.Count * 9 / 10);
        english.Values.ShouldAllBe(v => !v.Any(c => c >= '가' && c <= '힣'));
    }

    [Fact]
    public void EveryKeyUsedInPages_IsDefined()
    {
        var korean = Read("SharedResource.resx");
        var pages = Path.Combine(ResourcesFolder(), "..", "Pages");
        var used = Directory.EnumerateFiles(pages, "*.cs*", SearchOption.AllDirectories)
            .SelectMany(f => System.Text.RegularExpressions.Regex.Matches(File.ReadAllText(f), "(?:L|localizer)\\[\"([A-Za-z0-9_.]+)\"").Select(m => m.Groups[1].Value))
            .Where(k => !k.EndsWith('.'))
            .Distinct();
        used.Where(k => !korean.ContainsKey(k)).ShouldBeEmpty();
    }
}
