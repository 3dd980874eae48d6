using System.Globalization;
using CsvHelper;
using CsvHelper.Configuration;
using Glocal.Core.Shared;

namespace Glocal.Core.Tenancy;

/// <summary>
/// Reads the MOIS code list of provinces and local governments (shared/data/regions) and applies the code
/// changes known since the list was published, so each code carries the dates it was valid.
/// </summary>
public static class RegionRegistry
{
    /// <summary>
    /// Codes in the 2020 list are treated as valid since the 1995 local elections, when the present
    /// two-tier system began, unless a known change below says otherwise.
    /// </summary>
    public static readonly DateOnly ListValidFrom = new(1995, 7, 1);

    private static readonly Dictionary<string, string> ProvinceNamesEn = new(StringComparer.Ordinal)
    {
        ["서울특별시"] = "Seoul",
        ["부산광역시"] = "Busan",
        ["대구광역시"] = "Daegu",
        ["인천광역시"] = "Incheon",
        ["광주광역시"] = "Gwangju",
        ["대전광역시"] = "Daejeon",
        ["울산광역시"] = "Ulsan",
        ["세종특별자치시"] = "Sejong",
        ["경기도"] = "Gyeonggi-do",
        ["강원도"] = "Gangwon-do",
        ["강원특별자치도"] = "Gangwon State",
        ["충청북도"] = "Chungcheongbuk-do",
        ["충청남도"] = "Chungcheongnam-do",
        ["전라북도"] = "Jeollabuk-do",
        ["전북특별자치도"] = "Jeonbuk State",
        ["전라남도"] = "Jeollanam-do",
        ["경상북도"] = "Gyeongsangbuk-do",
        ["경상남도"] = "Gyeongsangnam-do",
        ["제주특별자치도"] = "Jeju-do",
    };

    /// <summary>Province renamings that gave every code in the province a new 2-digit prefix.</summary>
    private static readonly (string OldPrefix, string NewPrefix, string NewProvinceKo, DateOnly From)[] ProvinceRecodings =
    [
        ("42", "51", "강원특별자치도", new DateOnly(2023, 6, 11)),
        ("45", "52", "전북특별자치도", new DateOnly(2024, 1, 18)),
    ];

    /// <summary>Single codes that moved: 군위군 joined 대구광역시 on 2023-07-01.</summary>
    private static readonly (string OldCode, string NewCode, string NewProvinceKo, DateOnly From)[] CodeMoves =
    [
        ("47720", "27720", "대구광역시", new DateOnly(2023, 7, 1)),
    ];

    public static IReadOnlyList<Municipality> Load(string csvPath)
    {
        using var reader = new StreamReader(csvPath);
        return Parse(reader);
    }

    public static IReadOnlyList<Municipality> Parse(TextReader reader)
    {
        var config = new CsvConfiguration(CultureInfo.InvariantCulture) { TrimOptions = TrimOptions.Trim };
        using var csv = new CsvReader(reader, config);
        csv.Read();
        csv.ReadHeader();
        foreach (var column in new[] { "code5", "full_name", "sido", "name", "kind" })
        {
            if (csv.HeaderRecord is null || !csv.HeaderRecord.Contains(column))
            {
                throw new BusinessRuleException("registry_column_missing", $"The region list has no '{column}' column.");
            }
        }

        var rows = new List<Municipality>();
        var seen = new HashSet<string>(StringComparer.Ordinal);
        while (csv.Read())
        {
            var line = csv.Parser.Row;
            var code = csv.GetField("code5") ?? "";
            if (code.Length != 5 || !code.All(char.IsAsciiDigit))
            {
                throw new BusinessRuleException("registry_code_invalid", $"Row {line}, column code5: '{code}' is not a 5-digit code.");
            }

            if (!seen.Add(code))
            {
                throw new BusinessRuleException("registry_code_duplicate", $"Row {line}, column code5: code {code} appears twice.");
            }

            var sido = csv.GetField("sido") ?? "";
            var name = csv.GetField("name") ?? "";
            var kind = ParseKind(csv.GetField("kind") ?? "", line);
            var nameKo = string.IsNullOrEmpty(name) ? sido : name;
            rows.Add(new Municipality
            {
                Code = code,
                NameKo = nameKo,
                NameEn = kind is MunicipalityKind.Province or MunicipalityKind.SingleTier
                    ? ProvinceNameEn(sido)
                    : KoreanRomanizer.RomanizePlaceName(nameKo),
                FullNameKo = csv.GetField("full_name") ?? nameKo,
                ProvinceCode = code[..2],
                Kind = kind,
                ValidFrom = ListValidFrom,
            });
        }

        return ApplyKnownChanges(rows);
    }

    private static List<Municipality> ApplyKnownChanges(List<Municipality> rows)
    {
        var successors = new List<Municipality>();
        foreach (var (oldPrefix, newPrefix, newProvinceKo, from) in ProvinceRecodings)
        {
            foreach (var row in rows.Where(r => r.ProvinceCode == oldPrefix && r.ValidTo is null).ToList())
            {
                row.ValidTo = from.AddDays(-1);
                successors.Add(Successor(row, newPrefix + row.Code[2..], newProvinceKo, from));
            }
        }

        foreach (var (oldCode, newCode, newProvinceKo, from) in CodeMoves)
        {
            var row = rows.Concat(successors).SingleOrDefault(r => r.Code == oldCode && r.ValidTo is null);
            if (row is not null)
            {
                row.ValidTo = from.AddDays(-1);
                successors.Add(Successor(row, newCode, newProvinceKo, from));
            }
        }

        rows.AddRange(successors);
        return rows;
    }

    private static Municipality Successor(Municipality row, string code, string provinceKo, DateOnly from)
    {
        var isProvince = row.Kind == MunicipalityKind.Province;
        return new Municipality
        {
            Code = code,
            NameKo = isProvince ? provinceKo : row.NameKo,
            NameEn = isProvince ? ProvinceNameEn(provinceKo) : row.NameEn,
            FullNameKo = isProvince ? provinceKo : $"{provinceKo} {row.NameKo}",
            ProvinceCode = code[..2],
            Kind = row.Kind,
            ValidFrom = from,
        };
    }

    private static string ProvinceNameEn(string sido) =>
        ProvinceNamesEn.TryGetValue(sido, out var en) ? en : KoreanRomanizer.RomanizePlaceName(sido);

    private static MunicipalityKind ParseKind(string kind, int line) => kind switch
    {
        "province" => MunicipalityKind.Province,
        "local_government" => MunicipalityKind.LocalGovernment,
        "district_of_city" => MunicipalityKind.DistrictOfCity,
        "admin_city" => MunicipalityKind.AdminCity,
        "single_tier" => MunicipalityKind.SingleTier,
        _ => throw new BusinessRuleException("registry_kind_invalid", $"Row {line}, column kind: '{kind}' is not a known kind."),
    };
}
