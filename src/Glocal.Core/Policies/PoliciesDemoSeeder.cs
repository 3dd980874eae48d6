using Glocal.Core.Data;
using Glocal.Core.Demo;

namespace Glocal.Core.Policies;

/// <summary>
/// Illustrative portfolios (invented figures, labelled as demo in the policy summary): Ansan strong on inward
/// internationalization and weaker outward, as the study describes, with one showcase festival; the peers with
/// their own balances. Years are the current and the previous one, so the demo never looks stale.
/// </summary>
public sealed class PoliciesDemoSeeder(GlocalDbContext db, TimeProvider clock) : IDemoModuleSeeder
{
    private sealed record Line(FundingSource Source, long Planned, double ExecutedShare);

    private sealed record Plan(
        string Name, Pillars Pillars, Orientation Orientation, ProgrammeMode Mode, string Department, int? Participants, double Fte,
        Line[] Lines, string[] Partners, (string Name, string Unit, KpiKind Kind, double? Target, double? LastYear, string? Code)[] Kpis);

    private const long M = 1_000_000;

    public async Task SeedAsync(string municipalityCode, CancellationToken ct)
    {
        var year = clock.GetUtcNow().Year;
        var (inward, outward) = municipalityCode switch
        {
            DemoSeeder.AnsanCode => (1.0, 0.35),
            DemoSeeder.SiheungCode => (0.6, 0.3),
            "41590" => (0.45, 0.6),
            "41110" => (0.5, 0.55),
            "41190" => (0.4, 0.25),
            _ => (0.55, 0.2),
        };

        var settle = NewPolicy($"외국인주민 정착지원 기본계획 ({year - 1}–{year + 3})", year - 1, year + 3);
        var global = NewPolicy($"국제교류·투자유치 전략 ({year - 1}–{year + 1})", year - 1, year + 1);
        Plan[] inwardPlans =
        [
            new("외국인주민지원센터 통합상담 운영", Pillars.Residents, Orientation.Inward, ProgrammeMode.Recurring, "외국인주민정책과", 9_000, 12 * inward,
                [new(FundingSource.National, (long)(600 * inward) * M, 0.97), new(FundingSource.Provincial, (long)(300 * inward) * M, 0.95), new(FundingSource.City, (long)(900 * inward) * M, 0.92)],
                ["이주민지원 NGO (데모)", "경기도외국인인권지원센터 (데모)"],
                [("상담 해결률", "%", KpiKind.Outcome, 85, 78, null), ("상담 건수", "건", KpiKind.Output, 12_000, 10_850, null),
                 ("신규 등록 내담자 (1,000명당)", "per 1,000", KpiKind.Output, null, null, "residents.clients_per_1000")]),
            new("다문화가족 자녀 한국어 교육", Pillars.Residents, Orientation.Inward, ProgrammeMode.MultiYear, "교육청소년과", 600, 3 * inward,
                [new(FundingSource.Provincial, (long)(150 * inward) * M, 0.9), new(FundingSource.City, (long)(450 * inward) * M, 0.88)],
                ["다문화 교육 협동조합 (데모)"],
                [("한국어능력 향상 학생 비율", "%", KpiKind.Outcome, 70, 64, null)]),
            new("외국인주민 통번역 지원", Pillars.Residents, Orientation.Inward, ProgrammeMode.Recurring, "외국인주민정책과", 4_000, 4 * inward,
                [new(FundingSource.City, (long)(250 * inward) * M, 0.99)],
                [],
                [("통번역 지원 건수", "건", KpiKind.Output, 5_000, 4_420, null)]),
        ];
        Plan[] outwardPlans =
        [
            new("자매도시 청소년 교류", Pillars.Exchanges, Orientation.Outward, ProgrammeMode.Recurring, "국제협력과", 80, 1.5 * outward + 0.5,
                [new(FundingSource.City, (long)(120 * outward) * M + 20 * M, 0.8)],
                ["자매도시 교육청 (데모)"],
                [("참가 청소년 재방문·교류 지속률", "%", KpiKind.Outcome, 50, 35, null)]),
            new("해외 투자유치 설명회", Pillars.Investments, Orientation.Outward, ProgrammeMode.OneOff, "기업지원과", 60, 1,
                [new(FundingSource.Provincial, (long)(100 * outward) * M, 1.0), new(FundingSource.City, (long)(200 * outward) * M + 50 * M, 1.0)],
                ["KOTRA 무역관 (데모)"],
                [("투자 MOU 체결", "건", KpiKind.Outcome, 3, null, null)]),
        ];
        var festival = new Plan("세계인의 날 국제 문화축제", Pillars.Exchanges | Pillars.Residents, Orientation.Both, ProgrammeMode.OneOff, "문화예술과", 2_000, 2,
            [new(FundingSource.City, (long)(500 * Math.Max(inward, outward)) * M, 1.0)], ["다문화 예술단체 (데모)"], []);

        foreach (var plan in inwardPlans)
        {
            settle.Programmes.Add(Build(plan, year, new DateOnly(year - 1, 1, 1), null));
        }

        foreach (var plan in outwardPlans)
        {
            var oneOff = plan.Mode == ProgrammeMode.OneOff;
            global.Programmes.Add(Build(plan, year, oneOff ? new DateOnly(year, 5, 20) : new DateOnly(year - 1, 3, 1), oneOff ? new DateOnly(year, 5, 22) : null));
        }

        global.Programmes.Add(Build(festival, year, new DateOnly(year, 5, 18), new DateOnly(year, 5, 18)));
        db.Policies.AddRange(settle, global);
        await db.SaveChangesAsync(ct);
    }

    private Policy NewPolicy(string title, int start, int end) => new()
    {
        Id = Guid.CreateVersion7(),
        Title = title,
        Summary = "데모 자료: 수치는 예시입니다 (demo figures, invented).",
        StartYear = start,
        EndYear = end,
        CreatedAt = clock.GetUtcNow().UtcDateTime,
    };

    private Programme Build(Plan plan, int year, DateOnly start, DateOnly? end)
    {
        var programme = new Programme
        {
            Id = Guid.CreateVersion7(),
            Name = plan.Name,
            Pillars = plan.Pillars,
            Orientation = plan.Orientation,
            Mode = plan.Mode,
            LeadDepartment = plan.Department,
            StartDate = start,
            EndDate = end,
            Participants = plan.Participants,
            CreatedAt = clock.GetUtcNow().UtcDateTime,
        };
        foreach (var y in Enumerable.Range(start.Year, end is null ? year - start.Year + 1 : 1))
        {
            foreach (var line in plan.Lines)
            {
                // Last year's execution is reported; this year's is not yet.
                programme.BudgetLines.Add(new BudgetLine
                {
                    Id = Guid.CreateVersion7(),
                    Year = y,
                    Source = line.Source,
                    PlannedKrw = line.Planned,
                    ExecutedKrw = y < year || end is not null ? (long)Math.Round(line.Planned * line.ExecutedShare / M) * M : null,
                });
            }

            programme.Staff.Add(new StaffAllocation { Id = Guid.CreateVersion7(), Year = y, Fte = Math.Round(plan.Fte, 1) });
        }

        foreach (var partner in plan.Partners)
        {
            programme.Partners.Add(new ProgrammePartner { Id = Guid.CreateVersion7(), Name = partner, Kind = partner.Contains("자매도시", StringComparison.Ordinal) ? PartnerKind.ForeignCity : partner.Contains("KOTRA", StringComparison.Ordinal) ? PartnerKind.PublicAgency : PartnerKind.Ngo });
        }

        foreach (var (name, unit, kind, target, lastYear, code) in plan.Kpis)
        {
            var kpi = new Kpi
            {
                Id = Guid.CreateVersion7(),
                Name = name,
                Unit = unit,
                Kind = kind,
                Target = target,
                Frequency = KpiFrequency.Annual,
                Source = code is null ? "담당 부서 실적 보고" : "Glocal",
                Owner = plan.Department,
                ComputedCode = code,
            };
            if (lastYear is { } value && code is null && start.Year < year)
            {
                kpi.Values.Add(new KpiValue
                {
                    Id = Guid.CreateVersion7(),
                    PeriodStart = new DateOnly(year - 1, 1, 1),
                    PeriodEnd = new DateOnly(year - 1, 12, 31),
                    Value = value,
                    Evidence = EvidenceGrade.B,
                    EvidenceNote = "행정 실적 자료",
                    RecordedAt = clock.GetUtcNow().UtcDateTime,
                });
            }

            programme.Kpis.Add(kpi);
        }

        return programme;
    }
}
