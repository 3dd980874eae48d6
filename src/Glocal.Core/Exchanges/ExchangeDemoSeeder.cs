using Glocal.Core.Demo;

namespace Glocal.Core.Exchanges;

/// <summary>
/// Demo exchange data. Ansan's four partners named in the product brief are real (Anshan 1997 sister city,
/// Yantai 2009 friendship, Leshan 2018 friendship, Hunchun 2023 letter of intent); their activity histories,
/// costs and council resolution numbers, and every other partner, are illustrative and say so in their notes.
/// Dates are relative to today so that some relationships are active and some dormant whenever the demo runs.
/// </summary>
public sealed class ExchangeDemoSeeder(ExchangeService exchanges, Gazetteer gazetteer, TimeProvider clock) : IDemoModuleSeeder
{
    private const string Illustrative = "데모: 활동 이력과 비용은 예시입니다 (illustrative demo history).";

    private sealed record Plan(string NameKo, string NameEn, string Country, AgreementType Type, DateOnly Signed, ExchangeFields Fields, string? Motive, Func<DateOnly, Guid, LogActivityRequest[]> History);

    public async Task SeedAsync(string municipalityCode, CancellationToken ct)
    {
        var today = RelationshipRules.Today(clock);
        var plans = municipalityCode == DemoSeeder.AnsanCode ? AnsanPlans() : PeerPlans(municipalityCode);
        foreach (var plan in plans)
        {
            var city = gazetteer.FindByName(plan.NameEn, plan.Country);
            var id = await exchanges.CreatePartnerAsync(new CreatePartnerRequest(
                plan.NameKo, plan.NameEn, plan.Country, city?.SuggestedLevel ?? PartnerLevel.City, city?.NameLocal, city?.Region, city?.Population,
                city?.Latitude, city?.Longitude, city?.GeoNameId, Illustrative), ct);
            var sister = plan.Type == AgreementType.SisterCity;
            var agreement = await exchanges.AddAgreementAsync(new CreateAgreementRequest(id, plan.Type, plan.Signed, plan.Fields,
                sister ? plan.Signed.AddMonths(-1) : null, sister ? $"데모-{plan.Signed.Year}-01" : null, plan.Motive), ct);
            foreach (var activity in plan.History(today, id))
            {
                await exchanges.LogActivityAsync(activity with { AgreementId = agreement }, ct);
            }
        }

        if (municipalityCode == DemoSeeder.AnsanCode)
        {
            await SeedAnsanProgrammeAndDelegationAsync(today, ct);
        }
    }

    private static LogActivityRequest Act(Guid partner, DateOnly on, ActivityKind kind, bool substantive, string title, ExchangeDirection direction, int participants = 0, long cost = 0, int students = 0, int leads = 0) =>
        new(partner, on, kind, substantive, title, direction, participants, cost, 0, leads, students, 0);

    private static IEnumerable<Plan> AnsanPlans() =>
    [
        new("안산시", "Anshan", "CN", AgreementType.SisterCity, new DateOnly(1997, 10, 20), ExchangeFields.Administration | ExchangeFields.CultureArts | ExchangeFields.EconomyTrade | ExchangeFields.Youth,
            "같은 이름(安山·鞍山)과 철강·제조업 기반의 공통점에서 출발한 자매결연", (t, p) =>
            [
                Act(p, t.AddMonths(-40), ActivityKind.Visit, true, "시장 대표단 안산시(鞍山) 방문, 경제협력 간담회", ExchangeDirection.Outbound, 8, 32_000_000, leads: 2),
                Act(p, t.AddMonths(-26), ActivityKind.Exchange, true, "청소년 여름 문화캠프 (안산 개최)", ExchangeDirection.Inbound, 40, 45_000_000, students: 24),
                Act(p, t.AddMonths(-14), ActivityKind.Greeting, false, "신년 축하 영상 교환", ExchangeDirection.Bilateral),
                Act(p, t.AddMonths(-3), ActivityKind.JointProject, true, "제조업 스마트공장 공동 세미나", ExchangeDirection.Bilateral, 60, 18_000_000, leads: 3),
            ]),
        new("옌타이시", "Yantai", "CN", AgreementType.Friendship, new DateOnly(2009, 5, 21), ExchangeFields.EconomyTrade | ExchangeFields.Tourism,
            "산둥성 항만도시와의 물류·관광 협력", (t, p) =>
            [
                Act(p, t.AddMonths(-30), ActivityKind.Visit, true, "옌타이 경제무역 대표단 안산 방문", ExchangeDirection.Inbound, 12, 9_000_000, leads: 1),
                Act(p, t.AddMonths(-18), ActivityKind.Greeting, false, "우호교류 15주년 축전", ExchangeDirection.Outbound),
                Act(p, t.AddMonths(-6), ActivityKind.Greeting, false, "신년 축하 영상 메시지", ExchangeDirection.Bilateral),
            ]),
        new("러산시", "Leshan", "CN", AgreementType.Friendship, new DateOnly(2018, 11, 8), ExchangeFields.CultureArts | ExchangeFields.Tourism,
            "쓰촨성 관광도시와의 문화·관광 교류", (t, p) =>
            [
                Act(p, t.AddMonths(-50), ActivityKind.Event, true, "러산 문화공연단 안산국제거리극축제 참가", ExchangeDirection.Inbound, 25, 21_000_000),
                Act(p, t.AddMonths(-20), ActivityKind.Online, true, "온라인 관광 설명회 공동 개최", ExchangeDirection.Bilateral, 80, 3_000_000),
                Act(p, t.AddMonths(-8), ActivityKind.Greeting, false, "춘절 축하 서한", ExchangeDirection.Outbound),
            ]),
        new("훈춘시", "Hunchun", "CN", AgreementType.LetterOfIntent, new DateOnly(2023, 9, 14), ExchangeFields.EconomyTrade | ExchangeFields.People,
            "지린성 국경무역 거점, 고려인·조선족 주민 연계", (t, p) =>
            [
                Act(p, t.AddMonths(-5), ActivityKind.Greeting, false, "교류의향서 체결 기념 서한", ExchangeDirection.Outbound),
            ]),
        new("다낭", "Da Nang", "VN", AgreementType.FieldMou, new DateOnly(2019, 4, 2), ExchangeFields.People | ExchangeFields.Education,
            "예시: 베트남 출신 주민이 많은 안산과 인력·교육 협력", (t, p) =>
            [
                Act(p, t.AddMonths(-9), ActivityKind.Exchange, true, "예시: 직업훈련 교사 연수 (안산 개최)", ExchangeDirection.Inbound, 15, 27_000_000),
                Act(p, t.AddMonths(-2), ActivityKind.Online, true, "예시: 이주민 정착 지원 온라인 워크숍", ExchangeDirection.Bilateral, 40, 1_500_000),
            ]),
        new("사마르칸트", "Samarkand", "UZ", AgreementType.Friendship, new DateOnly(2016, 6, 10), ExchangeFields.CultureArts | ExchangeFields.People,
            "예시: 고려인 동포 주민과의 연계", (t, p) =>
            [
                Act(p, t.AddMonths(-60), ActivityKind.Visit, true, "예시: 문화사절단 방문", ExchangeDirection.Outbound, 10, 38_000_000),
            ]),
    ];

    /// <summary>Illustrative partners for the peer municipalities, so comparisons have something to compare.</summary>
    private static IEnumerable<Plan> PeerPlans(string code)
    {
        var (first, second) = code switch
        {
            DemoSeeder.SiheungCode => (("웨이하이시", "Weihai", "CN"), ("하이퐁", "Haiphong", "VN")),
            "41590" => (("지난시", "Jinan", "CN"), ("톈진시", "Tianjin", "CN")),
            "41110" => (("하노이", "Hanoi", "VN"), ("아사히카와시", "Asahikawa", "JP")),
            "41190" => (("하얼빈시", "Harbin", "CN"), ("가와사키시", "Kawasaki", "JP")),
            _ => (("선양시", "Shenyang", "CN"), ("호찌민시", "Ho Chi Minh City", "VN")),
        };
        return
        [
            new(first.Item1, first.Item2, first.Item3, AgreementType.Friendship, new DateOnly(2012, 4, 1), ExchangeFields.EconomyTrade,
                "예시 데이터", (t, p) => [Act(p, t.AddMonths(-4), ActivityKind.Visit, true, "예시: 경제 대표단 교류", ExchangeDirection.Bilateral, 12, 20_000_000)]),
            new(second.Item1, second.Item2, second.Item3, AgreementType.FieldMou, new DateOnly(2017, 9, 1), ExchangeFields.Education,
                "예시 데이터", (t, p) => [Act(p, t.AddMonths(-30), ActivityKind.Exchange, true, "예시: 교육 교류", ExchangeDirection.Outbound, 6, 12_000_000),
                    Act(p, t.AddMonths(-7), ActivityKind.Greeting, false, "예시: 신년 인사", ExchangeDirection.Bilateral)]),
        ];
    }

    private async Task SeedAnsanProgrammeAndDelegationAsync(DateOnly today, CancellationToken ct)
    {
        // Programme and delegation for Anshan, the active sister city; the follow-up is overdue on purpose.
        var partner = await exchanges.FindPartnerIdAsync("Anshan", "CN", ct);
        if (partner is not { } id)
        {
            return;
        }

        var year = today.Year;
        var programme = await exchanges.AddProgrammeAsync(new CreateProgrammeRequest(id, "안산-안산(鞍山) 청소년 문화캠프", ExchangeFields.Youth, ExchangeDirection.Bilateral,
            ProgrammeFormat.StudentYouthExchange, ProgrammeRecurrence.Annual, year - 2, null, null,
            [new BudgetLine(year - 2, FundingSource.City, 45_000_000, 45_000_000), new BudgetLine(year - 1, FundingSource.City, 50_000_000, 41_200_000),
             new BudgetLine(year - 1, FundingSource.Provincial, 10_000_000, 10_000_000), new BudgetLine(year, FundingSource.City, 50_000_000)]), ct);
        await exchanges.AddDelegationAsync(new CreateDelegationRequest(id, ExchangeDirection.Outbound, DelegationHead.DeputyMayor, "스마트공장 협력 후속 협의",
            today.AddMonths(-3).AddDays(-4), today.AddMonths(-3), 26_500_000, MembersOfficials: 5, MembersBusiness: 4,
            ApprovedOn: today.AddMonths(-4), ReportedOn: today.AddMonths(-3).AddDays(10), ReportSummary: "예시: 공동 세미나 개최, 투자 관심 기업 3곳 확인",
            ProgrammeId: programme,
            FollowUps: [new FollowUpLine("투자 관심 기업 3곳에 안산 산업단지 자료 송부", today.AddMonths(-2)), new FollowUpLine("청소년 캠프 일정 확정 회신", today.AddMonths(1))]), ct);
    }
}
