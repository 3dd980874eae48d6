namespace Glocal.Core.Exchanges;

/// <summary>
/// The words of the national registry of international exchange (국제교류 현황) and the Korean labels of
/// the module's values: countries in Korean, exchange types and fields.
/// </summary>
public static class RegistryVocabulary
{
    /// <summary>Korean country names used by the registry (and common variants) to ISO 3166-1 alpha-2.</summary>
    public static readonly IReadOnlyDictionary<string, string> Countries = new Dictionary<string, string>(StringComparer.Ordinal)
    {
        ["중국"] = "CN", ["중화인민공화국"] = "CN", ["일본"] = "JP", ["미국"] = "US", ["베트남"] = "VN", ["러시아"] = "RU",
        ["몽골"] = "MN", ["필리핀"] = "PH", ["인도네시아"] = "ID", ["태국"] = "TH", ["캐나다"] = "CA", ["호주"] = "AU",
        ["뉴질랜드"] = "NZ", ["대만"] = "TW", ["우즈베키스탄"] = "UZ", ["카자흐스탄"] = "KZ", ["키르기스스탄"] = "KG",
        ["말레이시아"] = "MY", ["캄보디아"] = "KH", ["라오스"] = "LA", ["미얀마"] = "MM", ["인도"] = "IN", ["네팔"] = "NP",
        ["스리랑카"] = "LK", ["방글라데시"] = "BD", ["파키스탄"] = "PK", ["독일"] = "DE", ["프랑스"] = "FR", ["영국"] = "GB",
        ["이탈리아"] = "IT", ["스페인"] = "ES", ["포르투갈"] = "PT", ["네덜란드"] = "NL", ["벨기에"] = "BE", ["스위스"] = "CH",
        ["오스트리아"] = "AT", ["폴란드"] = "PL", ["체코"] = "CZ", ["헝가리"] = "HU", ["루마니아"] = "RO", ["불가리아"] = "BG",
        ["스웨덴"] = "SE", ["노르웨이"] = "NO", ["핀란드"] = "FI", ["덴마크"] = "DK", ["튀르키예"] = "TR", ["터키"] = "TR",
        ["브라질"] = "BR", ["멕시코"] = "MX", ["아르헨티나"] = "AR", ["칠레"] = "CL", ["페루"] = "PE", ["콜롬비아"] = "CO",
        ["파라과이"] = "PY", ["이집트"] = "EG", ["남아프리카공화국"] = "ZA", ["케냐"] = "KE", ["에티오피아"] = "ET",
        ["아랍에미리트"] = "AE", ["사우디아라비아"] = "SA", ["이스라엘"] = "IL", ["우크라이나"] = "UA", ["싱가포르"] = "SG",
    };

    public static string? CountryCode(string cell)
    {
        var text = cell.Trim();
        if (text.Length == 2 && text.All(char.IsAsciiLetter))
        {
            return text.ToUpperInvariant();
        }

        return Countries.TryGetValue(text.Replace(" ", "", StringComparison.Ordinal), out var code) ? code : null;
    }

    public static AgreementType? Type(string cell)
    {
        var text = cell.Replace(" ", "", StringComparison.Ordinal);
        return text switch
        {
            _ when text.Contains("자매", StringComparison.Ordinal) || text.Equals("SisterCity", StringComparison.OrdinalIgnoreCase) => AgreementType.SisterCity,
            _ when text.Contains("의향", StringComparison.Ordinal) || text.Equals("LOI", StringComparison.OrdinalIgnoreCase) || text.Equals("LetterOfIntent", StringComparison.OrdinalIgnoreCase) => AgreementType.LetterOfIntent,
            _ when text.Contains("우호", StringComparison.Ordinal) || text.Equals("Friendship", StringComparison.OrdinalIgnoreCase) => AgreementType.Friendship,
            _ when text.Contains("협약", StringComparison.Ordinal) || text.Contains("MOU", StringComparison.OrdinalIgnoreCase) => AgreementType.FieldMou,
            _ => null,
        };
    }

    private static readonly (string Word, ExchangeFields Field)[] FieldWords =
    [
        ("행정", ExchangeFields.Administration), ("인적", ExchangeFields.People), ("문화", ExchangeFields.CultureArts), ("예술", ExchangeFields.CultureArts),
        ("체육", ExchangeFields.Sports), ("스포츠", ExchangeFields.Sports), ("경제", ExchangeFields.EconomyTrade), ("통상", ExchangeFields.EconomyTrade),
        ("관광", ExchangeFields.Tourism), ("교육", ExchangeFields.Education), ("청소년", ExchangeFields.Youth), ("보건", ExchangeFields.Health),
        ("의료", ExchangeFields.Health), ("환경", ExchangeFields.Environment), ("과학", ExchangeFields.ScienceTechnology), ("기술", ExchangeFields.ScienceTechnology),
        ("기타", ExchangeFields.Other),
    ];

    /// <summary>Fields from a cell such as "행정, 문화예술/청소년"; null when a part is not understood.</summary>
    public static ExchangeFields? Fields(string cell)
    {
        var result = ExchangeFields.None;
        foreach (var part in cell.Split([',', '/', '·', ';', '、'], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
        {
            var matched = FieldWords.Where(w => part.Contains(w.Word, StringComparison.Ordinal)).Select(w => w.Field).Aggregate(ExchangeFields.None, (a, b) => a | b);
            if (matched == ExchangeFields.None && Enum.TryParse<ExchangeFields>(part, ignoreCase: true, out var english))
            {
                matched = english;
            }

            if (matched == ExchangeFields.None)
            {
                return null;
            }

            result |= matched;
        }

        return result;
    }

    /// <summary>2009-05-21, 2009.5.21, 2009/05/21, 20090521, or an Excel date already turned into ISO by the reader.</summary>
    public static DateOnly? Date(string cell)
    {
        var text = cell.Trim().TrimEnd('.');
        string[] formats = ["yyyy-MM-dd", "yyyy-M-d", "yyyy.MM.dd", "yyyy.M.d", "yyyy. M. d", "yyyy/MM/dd", "yyyy/M/d", "yyyyMMdd", "yyyy-MM-dd HH:mm:ss"];
        return DateOnly.TryParseExact(text, formats, System.Globalization.CultureInfo.InvariantCulture, System.Globalization.DateTimeStyles.None, out var date)
            ? date
            : DateTime.TryParseExact(text, "yyyy-MM-dd HH:mm:ss", System.Globalization.CultureInfo.InvariantCulture, System.Globalization.DateTimeStyles.None, out var time) ? DateOnly.FromDateTime(time) : null;
    }
}
