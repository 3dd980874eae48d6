namespace Glocal.Core.Residents;

/// <summary>
/// The twelve languages of the public portal: Korean, English and the languages of the largest resident
/// groups (MOJ 체류외국인 by nationality). Tags are BCP 47 and name the .NET cultures of the translations.
/// </summary>
public static class PortalLanguages
{
    public const string Source = "ko";

    public static IReadOnlyList<string> All { get; } = ["ko", "en", "zh-Hans", "vi", "th", "uz", "ru", "id", "fil", "ne", "km", "mn"];

    /// <summary>Tags browsers send for the same language, mapped to ours.</summary>
    private static readonly Dictionary<string, string> Aliases = new(StringComparer.OrdinalIgnoreCase)
    {
        ["zh"] = "zh-Hans", ["zh-CN"] = "zh-Hans", ["zh-SG"] = "zh-Hans", ["zh-Hans-CN"] = "zh-Hans",
        ["tl"] = "fil", ["uz-Latn"] = "uz", ["in"] = "id",
    };

    /// <summary>Our tag for a requested one (exact, alias, or by dropping subtags), or null.</summary>
    public static string? Match(string? requested)
    {
        if (string.IsNullOrWhiteSpace(requested))
        {
            return null;
        }

        var tag = requested.Trim();
        while (tag.Length > 0)
        {
            var exact = All.FirstOrDefault(l => string.Equals(l, tag, StringComparison.OrdinalIgnoreCase));
            if (exact is not null)
            {
                return exact;
            }

            if (Aliases.TryGetValue(tag, out var alias))
            {
                return alias;
            }

            var dash = tag.LastIndexOf('-');
            tag = dash > 0 ? tag[..dash] : "";
        }

        return null;
    }

    /// <summary>The best of our languages for an Accept-Language header, honouring q-values; null if none.</summary>
    public static string? FromAcceptLanguage(string? header)
    {
        if (string.IsNullOrWhiteSpace(header))
        {
            return null;
        }

        return header.Split(',')
            .Select((part, index) =>
            {
                var pieces = part.Split(';');
                var q = 1.0;
                foreach (var p in pieces.Skip(1))
                {
                    var kv = p.Trim();
                    if (kv.StartsWith("q=", StringComparison.OrdinalIgnoreCase)
                        && double.TryParse(kv[2..], System.Globalization.NumberStyles.Float, System.Globalization.CultureInfo.InvariantCulture, out var parsed))
                    {
                        q = parsed;
                    }
                }

                return (Tag: pieces[0].Trim(), Q: q, Index: index);
            })
            .Where(x => x.Q > 0)
            .OrderByDescending(x => x.Q).ThenBy(x => x.Index)
            .Select(x => Match(x.Tag))
            .FirstOrDefault(m => m is not null);
    }
}
