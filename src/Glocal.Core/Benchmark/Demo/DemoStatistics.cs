using Glocal.Core.Benchmark.Statistics;
using Glocal.Core.Tenancy;

namespace Glocal.Core.Benchmark.Demo;

/// <summary>One demo figure: real (with its source) or synthetic.</summary>
public sealed record DemoFigure(string Series, Municipality Region, DateOnly ReferenceDate, double Value, bool IsSynthetic);

/// <summary>
/// Demo figures for every local government (226) and province (17), 2022–2024. Real figures where ../shared has
/// them (MOIS foreign residents 2023 for Ansan, Hwaseong, Siheung, Suwon, Bucheon, Jeju and the country; MOGEF
/// multicultural family members 2024 for Busan's 16 districts; NHIS foreigners insured 2022 for the 17
/// provinces); everything else is synthetic — drawn from a fixed-seed generator, flagged, never official.
/// A unit with a real figure in a series gets no synthetic figure in it: the index imputes the missing years.
/// </summary>
public static class DemoStatistics
{
    public static readonly int[] Years = [2022, 2023, 2024];

    public const string Demo = "DEMO";
    public const string DemoPublisher = "Glocal demo data (synthetic, not official)";
    public const string MulticulturalFamilies = "mogef.multicultural_family_members";
    public const string ForeignersInsured = "nhis.foreigners_insured";
    public const string FdiNotified = "motie.fdi_notified";
    public const string ForeignInvestedCompanies = "demo.foreign_invested_companies";
    public const string PartnerAgreements = "gaok.partner_agreements";
    public const string ExchangeProjects = "gaok.exchange_projects";
    public const string SupportCentres = "demo.support_centres";
    public const string PolicyBudget = "demo.foreign_resident_budget";
    public const string DedicatedStaff = "demo.dedicated_staff";
    public const string CounsellingCases = "demo.counselling_cases";
    public const string FdiArrived = "demo.fdi_arrived";
    public const string FdiVerified = "demo.fdi_verified";
    public const string FdiVerifiedJobs = "demo.fdi_verified_jobs";
    public const string ActivePartners = "demo.active_partners";
    public const string DormantPartnerShare = "demo.dormant_partner_share";
    public const string BudgetBalance = "demo.budget_balance";

    /// <summary>Ratios: a province's figure is the mean of its members', not the sum.</summary>
    private static readonly string[] MeanSeries = [DormantPartnerShare, BudgetBalance];

    public static IReadOnlyList<SeriesDefinition> Series { get; } =
    [
        new(MulticulturalFamilies, "다문화가족 가구원 수", "Multicultural family members", "MOGEF", "여성가족부 (Ministry of Gender Equality and Family), 다문화가족 현황", "persons", SeriesCatalogue.KoglType1),
        new(ForeignersInsured, "외국인 건강보험 적용인구", "Foreigners covered by national health insurance", "NHIS", "국민건강보험공단 (National Health Insurance Service)", "persons", SeriesCatalogue.KoglType1,
            "Employee insured and dependants plus regional insured of foreign nationality."),
        new(FdiNotified, "외국인직접투자 신고액", "Foreign direct investment notified (신고)", "MOTIE", "산업통상자원부 (Ministry of Trade, Industry and Energy), 외국인직접투자 통계", "USD thousand", SeriesCatalogue.KoglType1,
            "Notified (신고), not arrived (도착), investment."),
        new(ForeignInvestedCompanies, "외국인투자기업 수", "Foreign-invested companies", Demo, DemoPublisher, "companies", "Demo data"),
        new(PartnerAgreements, "국제 자매·우호 교류 협정 수", "International partner agreements", "GAOK", "대한민국시도지사협의회 (Governors Association of Korea), 국제교류 현황", "agreements", SeriesCatalogue.KoglType1),
        new(ExchangeProjects, "국제교류 사업 수", "International exchange projects in the year", "GAOK", "대한민국시도지사협의회 (Governors Association of Korea), 국제교류 현황", "projects", SeriesCatalogue.KoglType1),
        new(SupportCentres, "외국인주민 지원센터 수", "Foreign-resident support centres", Demo, DemoPublisher, "centres", "Demo data"),
        new(PolicyBudget, "외국인주민 지원 예산", "Budget for foreign-resident support", Demo, DemoPublisher, "million won", "Demo data"),
        new(DedicatedStaff, "외국인주민 전담 인력", "Staff dedicated to foreign residents", Demo, DemoPublisher, "FTE", "Demo data"),
        new(CounsellingCases, "외국인주민 상담 건수", "Counselling cases of foreign residents", Demo, DemoPublisher, "cases", "Demo data"),
        new(FdiArrived, "도착 외국인투자액", "Foreign investment arrived (도착)", Demo, DemoPublisher, "million won", "Demo data",
            "What a municipality's investment module records as arrived; publishable from the module (investments.arrived)."),
        new(FdiVerified, "검증된 외국인투자액", "Foreign investment verified", Demo, DemoPublisher, "million won", "Demo data"),
        new(FdiVerifiedJobs, "검증된 외국인투자기업 일자리", "Verified jobs in foreign-invested companies", Demo, DemoPublisher, "jobs", "Demo data"),
        new(ActivePartners, "활동 중인 교류 도시 수", "Partner cities with substantive activity in the last 12 months", Demo, DemoPublisher, "cities", "Demo data"),
        new(DormantPartnerShare, "휴면 교류 도시 비율", "Share of partner cities dormant or never active", Demo, DemoPublisher, "share (0–1)", "Demo data"),
        new(BudgetBalance, "내향·외향 예산 균형 점수", "Inward/outward budget balance score", Demo, DemoPublisher, "score (0–100)", "Demo data",
            "100 when the inward share of the internationalization budget lies in the target band; 200 points less per unit outside it."),
    ];

    public const string MoisSource = "행정안전부 지방자치단체 외국인주민 현황 (2023-11-01), as quoted in PRODUCT.md and the Jeju file";

    /// <summary>MOIS 외국인주민, 2023-11-01 (PRODUCT.md; shared/data/korea_public_stats/jeju_*.csv for Jeju).</summary>
    private static readonly Dictionary<string, double> RealForeignResidents2023 = new(StringComparer.Ordinal)
    {
        ["41270"] = 108_033, ["41590"] = 76_711, ["41390"] = 74_653, ["41110"] = 71_392, ["41190"] = 58_632, ["50000"] = 36_830,
    };

    public const double NationalForeignResidents2023 = 2_459_542;

    /// <summary>MOGEF 다문화가족 현황 2024, 총계 by gu/gun of Busan (shared/data/korea_public_stats/busan_*.csv).</summary>
    private static readonly Dictionary<string, double> RealBusanMulticultural2024 = new(StringComparer.Ordinal)
    {
        ["26110"] = 410, ["26140"] = 924, ["26170"] = 1054, ["26200"] = 1142, ["26230"] = 2618, ["26260"] = 1430, ["26290"] = 1930, ["26320"] = 2310,
        ["26350"] = 2947, ["26380"] = 3408, ["26410"] = 1582, ["26440"] = 1568, ["26470"] = 1253, ["26500"] = 1361, ["26530"] = 3080, ["26710"] = 1795,
    };

    /// <summary>NHIS 2022: 직장 외국인 가입자 + 피부양자 + 지역 외국인 가입자 by province (shared/data/korea_public_stats/nhis_*.csv).</summary>
    private static readonly Dictionary<string, double> RealInsured2022 = new(StringComparer.Ordinal)
    {
        ["11000"] = 94717 + 37489 + 172459, ["26000"] = 18034 + 5260 + 20559, ["27000"] = 11269 + 4011 + 12794, ["28000"] = 34940 + 15267 + 42937,
        ["29000"] = 6602 + 3023 + 13929, ["30000"] = 6435 + 2996 + 13684, ["31000"] = 12975 + 3688 + 7781, ["36110"] = 3199 + 979 + 2239,
        ["41000"] = 221843 + 74479 + 223369, ["42000"] = 8215 + 2633 + 10669, ["43000"] = 27955 + 7071 + 17944, ["44000"] = 41203 + 12567 + 40935,
        ["45000"] = 12733 + 3692 + 16361, ["46000"] = 17229 + 3932 + 16577, ["47000"] = 24588 + 6534 + 24465, ["48000"] = 43180 + 8782 + 23909,
        ["50000"] = 7498 + 1930 + 7578,
    };

    private static readonly string[] Metros = ["11", "26", "27", "28", "29", "30", "31"];

    /// <summary>The reference date of a series in a year: MOIS counts are as of 1 November, the rest year-end.</summary>
    public static DateOnly DateOf(string series, int year) =>
        series.StartsWith("mois.foreign_residents", StringComparison.Ordinal) ? new DateOnly(year, 11, 1) : new DateOnly(year, 12, 31);

    public static IReadOnlyList<DemoFigure> Generate(IReadOnlyList<Municipality> registry)
    {
        var lineage = new RegionLineage(registry);
        var units = registry.Where(m => m.ValidTo is null && m.Kind is MunicipalityKind.LocalGovernment or MunicipalityKind.Province or MunicipalityKind.SingleTier)
            .OrderBy(m => m.Code, StringComparer.Ordinal).ToList();
        var locals = units.Where(u => u.Kind == MunicipalityKind.LocalGovernment).ToList();
        var figures = new List<DemoFigure>();
        var byUnit = new Dictionary<(string Series, string Unit, int Year), double>();

        foreach (var unit in units.Where(u => u.Kind != MunicipalityKind.Province))
        {
            var profile = Profile(unit);
            foreach (var year in Years)
            {
                foreach (var (series, value) in Values(unit, profile, year))
                {
                    byUnit[(series, unit.Code, year)] = value;
                }
            }
        }

        foreach (var province in units.Where(u => u.Kind == MunicipalityKind.Province))
        {
            var members = locals.Where(l => l.ProvinceCode == province.ProvinceCode).ToList();
            if (members.Count == 0)
            {
                // Jeju has administrative cities only: a profile of its own.
                var profile = Profile(province);
                foreach (var year in Years)
                {
                    foreach (var (series, value) in Values(province, profile, year))
                    {
                        byUnit[(series, province.Code, year)] = value;
                    }
                }

                continue;
            }

            foreach (var year in Years)
            {
                foreach (var series in Series.Select(s => s.Code).Concat([SeriesCatalogue.Population, SeriesCatalogue.ForeignResidents, SeriesCatalogue.MoisCategoryCode("naturalised")]))
                {
                    var values = members.Select(m => byUnit.TryGetValue((series, m.Code, year), out var v) ? v : double.NaN).ToList();
                    var finite = values.Where(double.IsFinite).ToList();
                    byUnit[(series, province.Code, year)] = series == PolicyBudget ? finite.Sum() * 1.5
                        : MeanSeries.Contains(series) ? (finite.Count == 0 ? double.NaN : Math.Round(finite.Average(), 3))
                        : finite.Sum();
                }
            }
        }

        foreach (var ((series, code, year), value) in byUnit.OrderBy(k => k.Key.Series, StringComparer.Ordinal).ThenBy(k => k.Key.Unit, StringComparer.Ordinal).ThenBy(k => k.Key.Year))
        {
            var unit = units.First(u => u.Code == code);
            var date = DateOf(series, year);
            var real = RealValue(series, unit, year, lineage, date);
            if (real is { } r)
            {
                figures.Add(new DemoFigure(series, lineage.AsOf(unit, date), date, r, false));
            }
            else if (!HasRealFigure(series, unit))
            {
                figures.Add(new DemoFigure(series, lineage.AsOf(unit, date), date, Math.Round(value, MeanSeries.Contains(series) ? 3 : 0), true));
            }
        }

        return figures;
    }

    /// <summary>The registry entry for the whole country does not exist: national real figures are separate.</summary>
    public static IReadOnlyList<(string Series, DateOnly Date, double Value)> NationalFigures { get; } =
        [(SeriesCatalogue.ForeignResidents, new DateOnly(2023, 11, 1), NationalForeignResidents2023)];

    private static double? RealValue(string series, Municipality unit, int year, RegionLineage lineage, DateOnly date)
    {
        var code = lineage.AsOf(unit, date).Code;
        return (series, year) switch
        {
            (SeriesCatalogue.ForeignResidents, 2023) when RealForeignResidents2023.TryGetValue(code, out var v) => v,
            (MulticulturalFamilies, 2024) when RealBusanMulticultural2024.TryGetValue(code, out var v) => v,
            (ForeignersInsured, 2022) when RealInsured2022.TryGetValue(code, out var v) => v,
            _ => null,
        };
    }

    private static bool HasRealFigure(string series, Municipality unit) => series switch
    {
        SeriesCatalogue.ForeignResidents => RealForeignResidents2023.ContainsKey(unit.Code),
        MulticulturalFamilies => RealBusanMulticultural2024.ContainsKey(unit.Code),
        ForeignersInsured => unit.Kind is MunicipalityKind.Province or MunicipalityKind.SingleTier,
        _ => false,
    };

    private sealed record UnitProfile(double Population, double Growth, double ForeignShare, double ForeignGrowth, double Random);

    private static UnitProfile Profile(Municipality unit)
    {
        var rng = new DemoRandom(unit.Code);
        var isGun = unit.NameKo.EndsWith('군');
        var isMetroGu = Metros.Contains(unit.ProvinceCode) && unit.NameKo.EndsWith('구');
        var population = unit.Kind switch
        {
            MunicipalityKind.SingleTier => 390_000,
            MunicipalityKind.Province => 680_000,
            _ when isGun => rng.LogUniform(18_000, 110_000),
            _ when isMetroGu => rng.LogUniform(110_000, 620_000),
            _ when unit.ProvinceCode == "41" => rng.LogUniform(90_000, 1_100_000),
            _ => rng.LogUniform(35_000, 850_000),
        };
        var industrial = unit.ProvinceCode is "41" or "44" or "48" or "43" || unit.Code is "11530" or "11560" or "11545";
        var share = industrial ? rng.Uniform(0.03, 0.11) : rng.Uniform(0.012, 0.05);
        if (RealForeignResidents2023.TryGetValue(unit.Code, out var realFr))
        {
            // Population is synthetic; sized so the real foreign-resident count gives a plausible share.
            share = rng.Uniform(0.10, 0.17);
            population = realFr / share;
        }

        return new UnitProfile(population, rng.Uniform(-0.012, 0.012), share, rng.Uniform(0.02, 0.09), rng.Uniform(0, 1));
    }

    private static IEnumerable<(string Series, double Value)> Values(Municipality unit, UnitProfile p, int year)
    {
        var rng = new DemoRandom($"{unit.Code}|{year}");
        var t = year - 2023;
        var population = p.Population * Math.Pow(1 + p.Growth, t);
        var foreign = population * p.ForeignShare * Math.Pow(1 + p.ForeignGrowth, t);
        yield return (SeriesCatalogue.Population, population);
        yield return (SeriesCatalogue.ForeignResidents, foreign);
        yield return (SeriesCatalogue.MoisCategoryCode("naturalised"), foreign * (0.08 + (0.08 * p.Random)) * rng.Uniform(0.97, 1.03));
        yield return (MulticulturalFamilies, population * (0.005 + (0.01 * p.Random)) * rng.Uniform(0.97, 1.03));
        yield return (ForeignersInsured, foreign * rng.Uniform(0.55, 0.85));
        yield return (FdiNotified, p.Random < 0.3 ? 0 : Math.Exp(Math.Log(100) + ((Math.Log(400_000) - Math.Log(100)) * p.Random)) * rng.Uniform(0.5, 1.5));
        yield return (ForeignInvestedCompanies, Math.Round(population / 100_000 * (1 + (8 * p.Random)) * rng.Uniform(0.9, 1.1)));
        yield return (PartnerAgreements, Math.Round((unit.NameKo.EndsWith('군') ? 2 : 6) * (0.3 + (1.5 * p.Random)) + t));
        yield return (ExchangeProjects, Math.Round(rng.Uniform(0, 4) + (20 * p.Random * rng.Uniform(0.6, 1.2))));
        yield return (SupportCentres, foreign > 10_000 ? (rng.Uniform(0, 1) < 0.85 ? 1 : 0) : (rng.Uniform(0, 1) < 0.3 ? 1 : 0));
        yield return (PolicyBudget, foreign * rng.Uniform(0.02, 0.4));
        yield return (DedicatedStaff, Math.Round(foreign / 5_000 * rng.Uniform(0.3, 2.0)));
        yield return (CounsellingCases, Math.Round(foreign * rng.Uniform(0.05, 0.3)));

        // Series a municipality may replace with its own module figures (ADR 0054); drawn after the others so those keep their values.
        var arrived = population * p.Random * rng.Uniform(0.002, 0.05);
        yield return (FdiArrived, Math.Round(arrived));
        yield return (FdiVerified, Math.Round(arrived * rng.Uniform(0.5, 1.0)));
        yield return (FdiVerifiedJobs, Math.Round(arrived / 500 * rng.Uniform(0.5, 1.5)));
        var partners = Math.Round((unit.NameKo.EndsWith('군') ? 2 : 6) * (0.3 + (1.5 * p.Random)) + t);
        yield return (ActivePartners, Math.Round(partners * rng.Uniform(0.3, 0.9)));
        yield return (DormantPartnerShare, Math.Round(rng.Uniform(0.1, 0.7), 3));
        yield return (BudgetBalance, Math.Round(rng.Uniform(40, 100)));
    }
}
