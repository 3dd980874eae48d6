using System.Text;

namespace Glocal.Core.Tenancy;

/// <summary>
/// Revised Romanization of Korean (문화관광부 고시 제2000-8호) for place names: letter mapping plus the
/// sound changes the standard requires between syllables (liaison, nasalisation, lateralisation), with an
/// administrative suffix (시, 군, 구, 도) hyphenated as in the official English names ("Ansan-si").
/// The MOIS code list has no English names, so the registry derives them here.
/// </summary>
public static class KoreanRomanizer
{
    private const int SyllableBase = 0xAC00;
    private const int SyllableLast = 0xD7A3;

    private static readonly string[] Initials =
        ["g", "kk", "n", "d", "tt", "r", "m", "b", "pp", "s", "ss", "", "j", "jj", "ch", "k", "t", "p", "h"];

    private static readonly string[] Medials =
        ["a", "ae", "ya", "yae", "eo", "e", "yeo", "ye", "o", "wa", "wae", "oe", "yo", "u", "wo", "we", "wi", "yu", "eu", "ui", "i"];

    // Final consonant as pronounced before a pause or another consonant (index 0 = no final).
    private static readonly string[] Finals =
        ["", "k", "k", "k", "n", "n", "n", "t", "l", "k", "m", "l", "l", "l", "p", "l", "m", "p", "p", "t", "t", "ng", "t", "t", "k", "t", "p", "t"];

    // Final consonant carried over to an initial ㅇ (liaison), as an initial sound.
    private static readonly string[] FinalsBeforeVowel =
        ["", "g", "kk", "ks", "n", "nj", "nh", "d", "r", "lg", "lm", "lb", "ls", "lt", "lp", "lh", "m", "b", "bs", "s", "ss", "ng", "j", "ch", "k", "t", "p", "h"];

    private const int InitialNieun = 2;
    private const int InitialRieul = 5;
    private const int InitialMieum = 6;
    private const int InitialIeung = 11;
    private const int InitialHieut = 18;
    private const int FinalRieul = 8;
    private const int FinalNieun = 4;
    private const int FinalHieut = 27;

    /// <summary>Romanizes one administrative name, e.g. "안산시" → "Ansan-si", "종로구" → "Jongno-gu".</summary>
    public static string RomanizePlaceName(string hangul)
    {
        ArgumentNullException.ThrowIfNull(hangul);
        var parts = hangul.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        return string.Join(' ', parts.Select(RomanizeWord));
    }

    private static string RomanizeWord(string word)
    {
        foreach (var suffix in new[] { "특별자치시", "특별자치도", "특별시", "광역시", "시", "군", "구", "도" })
        {
            if (word.Length > suffix.Length && word.EndsWith(suffix, StringComparison.Ordinal) && IsAdministrativeSuffix(suffix))
            {
                return Capitalize(Romanize(word[..^suffix.Length])) + "-" + Romanize(suffix);
            }
        }

        return Capitalize(Romanize(word));
    }

    private static bool IsAdministrativeSuffix(string suffix) => suffix is "시" or "군" or "구" or "도";

    /// <summary>Romanizes a run of Hangul syllables; other characters pass through unchanged.</summary>
    public static string Romanize(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var output = new StringBuilder(text.Length * 3);
        for (var i = 0; i < text.Length; i++)
        {
            if (!TryDecompose(text[i], out var initial, out var medial, out var final))
            {
                output.Append(text[i]);
                continue;
            }

            var previousFinal = 0;
            var hasPrevious = i > 0 && TryDecompose(text[i - 1], out _, out _, out previousFinal);

            output.Append(InitialAfter(previousFinal, initial, hasPrevious));
            output.Append(Medials[medial]);

            var nextInitial = 0;
            var hasNext = i + 1 < text.Length && TryDecompose(text[i + 1], out nextInitial, out _, out _);
            output.Append(hasNext ? FinalBefore(final, nextInitial) : Finals[final]);
        }

        return output.ToString();
    }

    private static string InitialAfter(int previousFinal, int initial, bool hasPrevious)
    {
        if (!hasPrevious || previousFinal == 0)
        {
            return initial == InitialRieul && !hasPrevious ? "r" : Initials[initial];
        }

        if (initial == InitialIeung)
        {
            // Liaison: the final was already held back by FinalBefore and is spoken here.
            return previousFinal == FinalHieut ? "" : FinalsBeforeVowel[previousFinal];
        }

        if (initial == InitialRieul)
        {
            // ㄹ after ㄴ or ㄹ is [l]; after other consonants it is nasalised to [n].
            return previousFinal is FinalRieul or FinalNieun ? "l" : "n";
        }

        if (initial == InitialHieut && Finals[previousFinal] is "k" or "t" or "p")
        {
            // Place names keep the h of aspiration (묵호 → Mukho).
            return "h";
        }

        return Initials[initial];
    }

    private static string FinalBefore(int final, int nextInitial)
    {
        if (final == 0)
        {
            return "";
        }

        if (nextInitial == InitialIeung)
        {
            return ""; // spoken as the next syllable's initial
        }

        var sound = Finals[final];
        if (nextInitial is InitialNieun or InitialMieum || (nextInitial == InitialRieul && final != FinalRieul && final != FinalNieun))
        {
            // Nasalisation: k/t/p before a nasal become ng/n/m.
            return sound switch
            {
                "k" => "ng",
                "t" => "n",
                "p" => "m",
                _ => sound,
            };
        }

        if (nextInitial == InitialRieul && final == FinalNieun)
        {
            return "l"; // 신라 → Silla
        }

        if (final == FinalRieul && nextInitial == InitialNieun)
        {
            return "l";
        }

        return sound;
    }

    private static bool TryDecompose(char c, out int initial, out int medial, out int final)
    {
        if (c < SyllableBase || c > SyllableLast)
        {
            initial = medial = final = 0;
            return false;
        }

        var index = c - SyllableBase;
        initial = index / (21 * 28);
        medial = index % (21 * 28) / 28;
        final = index % 28;
        return true;
    }

    private static string Capitalize(string text) =>
        text.Length == 0 ? text : char.ToUpperInvariant(text[0]) + text[1..];
}
