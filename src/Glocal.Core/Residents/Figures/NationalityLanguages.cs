namespace Glocal.Core.Residents.Figures;

/// <summary>
/// Which language a nationality's residents are counselled in, for the language coverage gap. Names are those
/// of the MOJ and MOIS tables (국적); one main language per nationality — the one a counsellor or interpreter
/// must speak — since the public tables say nothing about individuals' languages (ADR 0041).
/// </summary>
public static class NationalityLanguages
{
    /// <summary>Table name, ISO 3166-1 alpha-2, BCP 47 language, persons in MOJ 체류외국인 2024 (national).</summary>
    public static IReadOnlyList<(string Name, string Iso, string Language, int Moj2024)> Table { get; } =
    [
        ("한국계중국인", "CN", "ko", 643_277),
        ("중국", "CN", "zh-Hans", 315_682),
        ("베트남", "VN", "vi", 305_936),
        ("타이", "TH", "th", 188_770),
        ("미국", "US", "en", 170_251),
        ("우즈베키스탄", "UZ", "uz", 94_893),
        ("네팔", "NP", "ne", 74_641),
        ("인도네시아", "ID", "id", 73_180),
        ("필리핀", "PH", "fil", 70_392),
        ("일본", "JP", "ja", 65_216),
        ("캄보디아", "KH", "km", 63_681),
        ("몽골", "MN", "mn", 57_093),
        ("미얀마", "MM", "my", 53_914),
        ("카자흐스탄", "KZ", "ru", 44_549),
        ("한국계러시아인", "RU", "ru", 35_984),
        ("타이완", "TW", "zh-Hant", 35_838),
        ("스리랑카", "LK", "si", 35_792),
        ("러시아(연방)", "RU", "ru", 33_268),
        ("방글라데시", "BD", "bn", 31_220),
        ("캐나다", "CA", "en", 28_604),
        ("오스트레일리아", "AU", "en", 19_430),
        ("파키스탄", "PK", "ur", 18_355),
        ("인도", "IN", "hi", 16_851),
        ("말레이시아", "MY", "ms", 12_951),
        ("홍콩", "HK", "zh-Hant", 12_786),
        ("싱가포르", "SG", "en", 12_003),
        ("키르기즈", "KG", "ru", 11_784),
        ("프랑스", "FR", "fr", 8_867),
        ("영국", "GB", "en", 8_697),
        ("라오스", "LA", "lo", 8_485),
        ("독일", "DE", "de", 6_544),
        ("뉴질랜드", "NZ", "en", 5_738),
        ("우크라이나", "UA", "uk", 5_267),
        ("남아프리카공화국", "ZA", "en", 5_164),
        ("티모르민주공화국", "TL", "pt", 4_611),
        ("튀르키예", "TR", "tr", 4_475),
        ("이집트", "EG", "ar", 3_198),
        ("타지키스탄", "TJ", "ru", 3_123),
        ("브라질", "BR", "pt", 3_089),
    ];

    /// <summary>MOJ 체류외국인 total of 2024 (all 205 nationalities), for the share the table above leaves unnamed.</summary>
    public const int Moj2024Total = 2_650_783;

    /// <summary>The language residents go under when their nationality is not in the table.</summary>
    public const string Unknown = "und";

    private static readonly Dictionary<string, string> ByName = BuildByName();

    private static readonly Dictionary<string, string> ByIso = Table
        .Where(t => t.Name is not "한국계중국인" and not "한국계러시아인")
        .GroupBy(t => t.Iso).ToDictionary(g => g.Key, g => g.First().Language, StringComparer.OrdinalIgnoreCase);

    private static Dictionary<string, string> BuildByName()
    {
        var map = Table.ToDictionary(t => Normalise(t.Name), t => t.Language, StringComparer.Ordinal);
        // Spellings other tables use for the same groups (the MOIS and provincial tables).
        map[Normalise("중국(한국계)")] = "ko";
        map[Normalise("러시아(한국계)")] = "ru";
        map[Normalise("태국")] = "th";
        map[Normalise("러시아")] = "ru";
        map[Normalise("대만")] = "zh-Hant";
        map[Normalise("키르기스스탄")] = "ru";
        map[Normalise("동티모르")] = "pt";
        map[Normalise("터키")] = "tr";
        return map;
    }

    /// <summary>The language of a nationality as a statistics table names it, or <see cref="Unknown"/>.</summary>
    public static string OfTableName(string name) => ByName.GetValueOrDefault(Normalise(name), Unknown);

    /// <summary>The main language of an ISO country, or <see cref="Unknown"/>.</summary>
    public static string OfIso(string iso) => ByIso.GetValueOrDefault(iso, Unknown);

    private static string Normalise(string name) => name.Replace(" ", "", StringComparison.Ordinal).Trim();
}
