namespace Glocal.Core.Benchmark.Statistics;

/// <summary>A series as the importers know it before it is stored.</summary>
public sealed record SeriesDefinition(string Code, string NameKo, string NameEn, string Definition, string Publisher, string Unit, string Licence, string? Description = null);

/// <summary>The series the built-in importers write, with their publishers and licences (shared/data SOURCES.md).</summary>
public static class SeriesCatalogue
{
    public const string KoglType1 = "공공누리 제1유형 (KOGL Type 1): 출처표시";
    public const string Mois = "MOIS";
    public const string Moj = "MOJ";
    public const string MoisPublisher = "행정안전부 (Ministry of the Interior and Safety), 지방자치단체 외국인주민 현황";
    public const string MojPublisher = "법무부 (Ministry of Justice), 체류외국인 통계";

    public const string ForeignResidents = "mois.foreign_residents";
    public const string ForeignResidentsByNationality = "mois.foreign_residents.nationality";
    public const string StayForeigners = "moj.stay_foreigners";
    public const string StayForeignersByVisa = "moj.stay_foreigners.visa";
    public const string Population = "mois.population";

    /// <summary>The seven MOIS 외국인주민 categories: column name in the files (without spaces) and series code suffix.</summary>
    public static readonly IReadOnlyList<(string Column, string Suffix, string NameEn)> MoisCategories =
    [
        ("외국인근로자", "workers", "foreign workers"),
        ("결혼이민자", "marriage_migrants", "marriage migrants"),
        ("유학생", "students", "international students"),
        ("외국국적동포", "overseas_koreans", "overseas Koreans of foreign nationality"),
        ("기타외국인", "other", "other foreigners"),
        ("한국국적을취득한자", "naturalised", "naturalised Korean citizens"),
        ("외국인주민자녀", "children", "children of foreign residents"),
    ];

    public static string MoisCategoryCode(string suffix) => $"{ForeignResidents}.{suffix}";

    public static IReadOnlyList<SeriesDefinition> BuiltIn { get; } =
    [
        new(ForeignResidents, "외국인주민 수", "Foreign residents (MOIS definition)", Mois, MoisPublisher, "persons", KoglType1,
            "외국인주민: registered foreigners staying over 90 days, naturalised citizens and their children."),
        .. MoisCategories.Select(c => new SeriesDefinition(MoisCategoryCode(c.Suffix), $"외국인주민: {c.Column}", $"Foreign residents: {c.NameEn}",
            Mois, MoisPublisher, "persons", KoglType1)),
        new(ForeignResidentsByNationality, "외국인주민 국적별", "Foreign residents by nationality (MOIS)", Mois, MoisPublisher, "persons", KoglType1),
        new(StayForeigners, "체류외국인 수", "Staying foreigners (MOJ definition)", Moj, MojPublisher, "persons", KoglType1,
            "체류외국인: every foreigner staying in Korea, short-term visitors included; national totals by nationality."),
        new(StayForeignersByVisa, "체류외국인 체류자격별", "Staying foreigners by stay status (MOJ)", Moj, MojPublisher, "persons", KoglType1),
        new(Population, "주민등록인구", "Registered population", Mois, "행정안전부 (Ministry of the Interior and Safety), 주민등록인구통계", "persons", KoglType1),
    ];

    public static SeriesDefinition? Find(string code) => BuiltIn.FirstOrDefault(s => s.Code == code);
}
