using Glocal.Core.Residents;
using Glocal.Core.Residents.Figures;

namespace Glocal.Core.Tests.Residents;

/// <summary>The residents figures on small examples worked out by hand.</summary>
public class ResidentsMathTests
{
    private static DateTime Kst(int y, int m, int d, int h = 10) => new DateTime(y, m, d, h, 0, 0, DateTimeKind.Utc).AddHours(-9);

    private static readonly CaseFact[] Cases =
    [
        new(Kst(2026, 1, 5), Kst(2026, 1, 5, 12), CaseCategory.WageArrears, "vi"),   // 2 h
        new(Kst(2026, 1, 31, 23), Kst(2026, 2, 1, 9), CaseCategory.StayVisa, "zh-Hans"), // 10 h; 23:00 KST on 31 Jan is January
        new(Kst(2026, 3, 2), Kst(2026, 3, 3, 10), CaseCategory.WageArrears, "vi"),   // 24 h
        new(Kst(2026, 3, 9), Kst(2026, 3, 9, 16), CaseCategory.Housing, "zh"),        // 6 h
        new(Kst(2026, 3, 20), null, CaseCategory.WageArrears, "uz"),                    // waiting
    ];

    [Fact]
    public void ByMonth_UsesKoreanMonths_AndKeepsEmptyMonths()
    {
        ResidentsMath.ByMonth(Cases, new DateOnly(2026, 1, 1), new DateOnly(2026, 4, 30))
            .ShouldBe([new MonthCount(2026, 1, 2), new MonthCount(2026, 2, 0), new MonthCount(2026, 3, 3), new MonthCount(2026, 4, 0)]);
        // 23:00 KST on 31 January is 14:00 UTC the same day, but 00:30 KST on 1 February is still 31 January in UTC.
        ResidentsMath.ByMonth([new CaseFact(Kst(2026, 2, 1, 0).AddMinutes(30), null, CaseCategory.Legal, "ko")], new DateOnly(2026, 1, 1), new DateOnly(2026, 2, 28))
            .ShouldBe([new MonthCount(2026, 1, 0), new MonthCount(2026, 2, 1)]);
    }

    [Fact]
    public void ResponseTimes_MedianAndMeanOverAnsweredCases()
    {
        // Hours 2, 10, 24, 6 → sorted 2, 6, 10, 24: median (6 + 10) / 2 = 8, mean 42 / 4 = 10.5; one still waiting.
        ResidentsMath.Response(Cases).ShouldBe(new ResponseTimes(4, 1, 8, 10.5));
        ResidentsMath.Response([]).ShouldBe(new ResponseTimes(0, 0, null, null));
        ResidentsMath.Median([5, 1, 3]).ShouldBe(3);
    }

    [Fact]
    public void CountBy_LargestFirst()
    {
        ResidentsMath.CountBy(Cases, c => c.Category.ToString())
            .ShouldBe([new KeyCount("WageArrears", 3), new KeyCount("Housing", 1), new KeyCount("StayVisa", 1)]);
        ResidentsMath.CountBy(Cases, c => ResidentsMath.Base(c.Language))
            .ShouldBe([new KeyCount("vi", 2), new KeyCount("zh", 2), new KeyCount("uz", 1)]);
    }

    [Fact]
    public void Referrals_CompletionRateOverFinishedOnes()
    {
        // 3 completed, 1 declined, 2 open: 3 / 4 = 0.75.
        ResidentsMath.Referrals([ReferralStatus.Completed, ReferralStatus.Completed, ReferralStatus.Completed, ReferralStatus.Declined, ReferralStatus.Sent, ReferralStatus.Accepted])
            .ShouldBe(new ReferralFigures(6, 3, 1, 2, 0.75));
        ResidentsMath.Referrals([ReferralStatus.Sent]).CompletionRate.ShouldBeNull();
    }

    [Fact]
    public void Per1000_FourDecimals_NullWithoutResidents()
    {
        // 180 cases in Ansan (108,033 foreign residents): 180,000 / 108,033 = 1.66616…
        ResidentsMath.Per1000(180, 108_033).ShouldBe(1.6662);
        ResidentsMath.Per1000(5, null).ShouldBeNull();
        ResidentsMath.Per1000(5, 0).ShouldBeNull();
    }

    [Fact]
    public void Coverage_GapIsTheShareOfKnownResidentsNoCounsellorOrInterpreterSpeaksFor()
    {
        // 1,000 residents: 베트남 400 (vi), 중국 300 (zh-Hans), 미얀마 200 (my), and 100 not named (und).
        var residents = ResidentsMath.ResidentsByLanguage([("베트남", 400), ("중국", 300), ("미얀마", 200)], 1000);
        residents.ShouldBe(new Dictionary<string, double> { ["vi"] = 400, ["zh-Hans"] = 300, ["my"] = 200, ["und"] = 100 }, ignoreOrder: true);

        var served = new ServedLanguages(Counsellors: ["ko", "vi"], Interpreters: ["zh"], Classes: ["vi"], Portal: ["ko", "vi", "zh-Hans"]);
        var gap = ResidentsMath.Coverage(residents, new Dictionary<string, int> { ["my"] = 3, ["vi"] = 5 }, new Dictionary<string, int> { ["vi"] = 9 },
            served, CoverageSource.MoisNationality, new DateOnly(2023, 11, 1));

        // Unserved: my 200 of the 900 named → 0.2222; 3 of 8 clients speak an unserved language.
        gap.GapShare.ShouldBe(0.2222);
        gap.ResidentsUnserved.ShouldBe(200);
        gap.Residents.ShouldBe(1000);
        (gap.ClientsUnserved, gap.Clients).ShouldBe((3, 8));
        gap.Languages.Select(l => l.Language).ShouldBe(["vi", "zh", "my", "und"]);
        var zh = gap.Languages.Single(l => l.Language == "zh");
        zh.ShouldBe(new LanguageCoverage("zh", 300, 0.3, 0, 0, Counsellors: false, Interpreters: true, Classes: false, Portal: true));
        gap.Languages.Single(l => l.Language == "vi").ShouldBe(new LanguageCoverage("vi", 400, 0.4, 5, 9, true, false, true, true));
    }

    [Fact]
    public void Scale_AppliesNationalSharesToTheLocalTotal()
    {
        ResidentsMath.Scale(new Dictionary<string, double> { ["vi"] = 30, ["th"] = 10 }, 1000)
            .ShouldBe(new Dictionary<string, double> { ["vi"] = 750, ["th"] = 250 }, ignoreOrder: true);
        NationalityLanguages.OfTableName("중국(한국계)").ShouldBe("ko");
        NationalityLanguages.OfTableName("태국").ShouldBe("th");
        NationalityLanguages.OfTableName("Atlantis").ShouldBe(NationalityLanguages.Unknown);
        NationalityLanguages.Table.Sum(t => t.Moj2024).ShouldBeLessThan(NationalityLanguages.Moj2024Total);
    }
}
