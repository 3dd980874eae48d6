using Glocal.Core.Data;
using Glocal.Core.Demo;
using Microsoft.EntityFrameworkCore;

namespace Glocal.Core.Investments;

/// <summary>
/// A realistic pipeline for Ansan and smaller ones for its peers. Investors and amounts are invented; the
/// shape is not: most leads go nowhere, several MOUs never turn into arrived money, one project is confidential
/// and one came from the sister-city delegation of Anshan (鞍山, Liaoning).
/// </summary>
public sealed class InvestmentsDemoSeeder(GlocalDbContext db, TimeProvider clock) : IDemoModuleSeeder
{
    public const string SisterCityProjectTitle = "안산-안산(鞍山) 정밀주조 공장";
    public const string ConfidentialCodeName = "Project Gull";

    /// <summary>A project that has signed its MOU and seen no money yet (the browser test moves it on).</summary>
    public const string MouStageProjectTitle = "커버글라스 가공 공장";

    /// <summary>Ansan's sister city since 1997 (鞍山, Liaoning), as the exchange module names it.</summary>
    public const string SisterCityPartner = "Anshan";

    private const string Officer = "투자유치팀 김민준";
    private const string Seeder = "demo-seed";

    private DateTime Now => clock.GetUtcNow().UtcDateTime;

    public async Task SeedAsync(string municipalityCode, CancellationToken ct)
    {
        if (municipalityCode == DemoSeeder.AnsanCode)
        {
            SeedAnsan();
            await LinkSisterCityDelegationAsync(ct);
        }
        else
        {
            SeedPeer(municipalityCode);
        }

        await db.SaveChangesAsync(ct);
    }

    private void SeedAnsan()
    {
        var anshan = NewCompany("鞍山精密铸造 한국법인", "Anshan Precision Castings Korea", "CN", "C24", CompanySize.Medium, "鞍山精密铸造有限公司", "Anshan Castings Group", ("Li Wei", "총경리 General manager", "zh"));
        var sister = Project(anshan, SisterCityProjectTitle, ProjectSource.PartnerCityDelegation, InvestmentType.Greenfield, SiteType.IndustrialComplex, "반월국가산업단지", 90, D(2024, 3, 12));
        Walk(sister, (ProjectStage.Inquiry, D(2024, 3, 20)), (ProjectStage.SiteVisit, D(2024, 4, 8)), (ProjectStage.Proposal, D(2024, 4, 30)));
        Mou(sister, D(2024, 5, 20), "안산시장; Anshan Precision Castings 董事长", Money.Usd(12_000_000_00), new ExchangeRate(13_655_000, D(2024, 5, 20)), 120,
            ("공장 부지 매입", D(2024, 8, 31), D(2024, 8, 20)), ("착공", D(2024, 12, 31), D(2025, 1, 15)), ("현지 채용 60명", D(2025, 12, 31), null));
        Walk(sister, (ProjectStage.Mou, D(2024, 5, 20)), (ProjectStage.Notified, D(2024, 9, 2)), (ProjectStage.Construction, D(2025, 1, 15)), (ProjectStage.Arrived, D(2025, 3, 28)));
        Tranche(sister, D(2024, 9, 2), Money.Usd(12_000_000_00), new ExchangeRate(13_320_000, D(2024, 9, 2)), EvidenceGrade.Notified, "외국인투자신고서 (KOTRA 신고)");
        Tranche(sister, D(2025, 3, 28), Money.Usd(8_000_000_00), new ExchangeRate(14_523_000, D(2025, 3, 28)), EvidenceGrade.Verified, "외국환은행 투자금 도착 확인서");
        Jobs(sister, D(2025, 7, 1), D(2025, 9, 30), 41, JobsVerification.EmploymentInsurance, ("E-7", 6), ("F-4", 3));

        var kansai = NewCompany("간사이 파인세라믹스 코리아", "Kansai Fine Ceramics Korea", "JP", "C26", CompanySize.Large, "関西ファインセラミックス株式会社", null, ("Sato Haruto", "代表理事", "ja"));
        var ceramics = Project(kansai, "적층세라믹 콘덴서 라인 증설", ProjectSource.ExistingInvestor, InvestmentType.Expansion, SiteType.IndustrialComplex, "시화MTV", 100, D(2022, 9, 1));
        Walk(ceramics, (ProjectStage.Proposal, D(2022, 11, 10)));
        Mou(ceramics, D(2023, 3, 14), "안산시장; 경기도지사; Kansai Fine Ceramics 社長", Money.Krw(35_000_000_000), null, 80,
            ("라인 가동", D(2023, 12, 31), D(2023, 12, 1)));
        Walk(ceramics, (ProjectStage.Mou, D(2023, 3, 14)), (ProjectStage.Notified, D(2023, 5, 2)), (ProjectStage.Construction, D(2023, 6, 1)),
            (ProjectStage.Arrived, D(2023, 9, 15)), (ProjectStage.Operating, D(2023, 12, 1)), (ProjectStage.Aftercare, D(2024, 6, 1)));
        Tranche(ceramics, D(2023, 5, 2), Money.Krw(35_000_000_000), null, EvidenceGrade.Notified, "외국인투자신고서");
        Tranche(ceramics, D(2023, 9, 15), Money.Krw(20_000_000_000), null, EvidenceGrade.Verified, "외국환은행 도착 확인서");
        Tranche(ceramics, D(2024, 2, 20), Money.Krw(8_000_000_000), null, EvidenceGrade.Arrived, "회사 제출 자료");
        Jobs(ceramics, D(2024, 1, 1), D(2024, 12, 31), 66, JobsVerification.EmploymentInsurance, ("E-7", 4), ("E-9", 1));
        Jobs(ceramics, D(2025, 1, 1), D(2025, 6, 30), 90, JobsVerification.SelfReported, ("E-7", 5));
        Incentive(ceramics, IncentiveType.CashGrant, 1_500_000_000, "외국인투자촉진법 제14조의2; 경기도 외국인투자 현금지원 조례", D(2023, 10, 1),
            ("신규 고용 50명 유지 (2년)", D(2025, 9, 30), ComplianceStatus.Met), ("투자 잔액 70억 원 집행", D(2024, 12, 31), ComplianceStatus.Breached));
        Incentive(ceramics, IncentiveType.EmploymentSubsidy, 240_000_000, "안산시 기업 및 투자유치 촉진 조례 제9조", D(2024, 1, 15),
            ("신규 채용 내국인 40명", D(2024, 12, 31), ComplianceStatus.Met));
        Grievance(ceramics, GrievanceCategory.Customs, "원자재 통관 지연 (HS 코드 분류 이견)", "관세청 인천본부세관", GrievanceStatus.Resolved, D(2024, 7, 3));
        Grievance(ceramics, GrievanceCategory.Settlement, "일본인 주재원 자녀 학교 배정 문의", "안산교육지원청", GrievanceStatus.Referred, D(2025, 4, 11));

        var biotech = NewCompany("케이브릿지 바이오로직스", "Kaybridge Biologics", "US", "C21", CompanySize.MidSized, null, null, ("Emily Carter", "VP Corporate Development", "en"));
        var bio = Project(biotech, "바이오의약품 위탁생산(CMO) 공장", ProjectSource.AgencyReferral, InvestmentType.Greenfield, SiteType.FreeEconomicZone, "사동 90블록", 30, D(2022, 11, 7));
        Walk(bio, (ProjectStage.SiteVisit, D(2023, 2, 9)), (ProjectStage.Proposal, D(2023, 4, 3)));
        Mou(bio, D(2023, 6, 1), "안산시장; Kaybridge Biologics CEO", Money.Usd(50_000_000_00), new ExchangeRate(13_055_000, D(2023, 6, 1)), 300,
            ("부지 계약", D(2023, 12, 31), null), ("착공", D(2024, 9, 30), null));
        Walk(bio, (ProjectStage.Mou, D(2023, 6, 1)), (ProjectStage.Delayed, D(2024, 8, 19)));
        Tranche(bio, D(2023, 6, 1), Money.Usd(50_000_000_00), new ExchangeRate(13_055_000, D(2023, 6, 1)), EvidenceGrade.Announced, "안산시 보도자료 2023-06-01");

        var viet = NewCompany("사이공 푸드 코리아", "Saigon Foods Korea", "VN", "C10", CompanySize.Small, "Công ty Thực phẩm Sài Gòn", null, ("Nguyen Van An", "Giám đốc", "vi"));
        var food = Project(viet, "할랄·베트남 식품 가공 공장", ProjectSource.Roadshow, InvestmentType.JointVenture, SiteType.IndustrialComplex, "반월국가산업단지", 0, D(2023, 9, 5));
        Mou(food, D(2024, 2, 27), "안산시장; Saigon Foods 회장", Money.Krw(15_000_000_000), null, 60, ("합작법인 설립", D(2024, 6, 30), null));
        Walk(food, (ProjectStage.Mou, D(2024, 2, 27)), (ProjectStage.Withdrawn, D(2025, 1, 20)));

        var logistics = NewCompany("머라이언 로지스틱스", "Merlion Logistics", "SG", "H52", CompanySize.Large, null, "Merlion Holdings", ("Tan Wei Ming", "Regional Director", "en"));
        var hub = Project(logistics, "수도권 서남부 물류센터", ProjectSource.Embassy, InvestmentType.Greenfield, SiteType.Other, null, 0, D(2024, 4, 2));
        Walk(hub, (ProjectStage.SiteVisit, D(2024, 6, 12)), (ProjectStage.Proposal, D(2024, 8, 1)));
        hub.MoveTo(ProjectStage.Lost, D(2024, 11, 5), Seeder, Now, "평택 포승지구의 임대료·항만 접근성 제안에 밀림");

        var battery = NewCompany("노르트 배터리 머티리얼즈", "Nord Battery Materials", "DE", "C20", CompanySize.Large, "Nord Batteriematerialien GmbH", null, ("Jonas Becker", "Head of Asia Expansion", "de"));
        var gull = Project(battery, "양극재 전구체 공장", ProjectSource.AgencyReferral, InvestmentType.Greenfield, SiteType.ForeignInvestmentZone, "시화 외국인투자지역(검토)", 40, D(2025, 5, 14));
        gull.CodeName = ConfidentialCodeName;
        gull.ExpectedDecisionOn = D(2026, 3, 31);
        Walk(gull, (ProjectStage.Inquiry, D(2025, 6, 2)), (ProjectStage.SiteVisit, D(2025, 8, 21)), (ProjectStage.Proposal, D(2025, 10, 30)));

        var ev = NewCompany("화하 신에너지 부품", "Huaxia New Energy Components", "CN", "C30", CompanySize.Medium, "华夏新能源零部件有限公司", null, ("Zhang Min", "副总经理", "zh"));
        var evParts = Project(ev, "전기차 배터리 케이스 합작", ProjectSource.Direct, InvestmentType.JointVenture, SiteType.IndustrialComplex, "반월국가산업단지", 70, D(2025, 1, 9));
        Walk(evParts, (ProjectStage.SiteVisit, D(2025, 2, 14)), (ProjectStage.Proposal, D(2025, 4, 1)));
        Mou(evParts, D(2025, 6, 18), "안산시장; Huaxia 董事长", Money.Usd(7_500_000_00), new ExchangeRate(13_710_000, D(2025, 6, 18)), 45,
            ("합작법인 등기", D(2025, 9, 30), D(2025, 9, 12)), ("설비 반입", D(2026, 3, 31), null));
        Walk(evParts, (ProjectStage.Mou, D(2025, 6, 18)), (ProjectStage.Notified, D(2025, 10, 6)));
        Tranche(evParts, D(2025, 10, 6), Money.Usd(7_500_000_00), new ExchangeRate(14_180_000, D(2025, 10, 6)), EvidenceGrade.Notified, "외국인투자신고서");

        var glass = NewCompany("포모사 디스플레이 글라스", "Formosa Display Glass", "TW", "C23", CompanySize.MidSized, "福爾摩沙顯示玻璃股份有限公司", null, ("Chen Yu-ting", "特別助理", "zh-Hant"));
        var display = Project(glass, MouStageProjectTitle, ProjectSource.Roadshow, InvestmentType.Greenfield, SiteType.ForeignInvestmentZone, "시화 외국인투자지역", 60, D(2025, 3, 3));
        Walk(display, (ProjectStage.SiteVisit, D(2025, 4, 17)), (ProjectStage.Proposal, D(2025, 6, 9)));
        Mou(display, D(2025, 9, 25), "안산시장; Formosa Display Glass 董事長", Money.Krw(20_000_000_000), null, 70,
            ("투자 신고", D(2026, 3, 31), null), ("착공", D(2026, 9, 30), null));
        Walk(display, (ProjectStage.Mou, D(2025, 9, 25)));

        var leads = new[]
        {
            ("타이베이 반도체 장비", "Taipei Semiconductor Equipment", "TW", "C29", ProjectSource.Roadshow, ProjectStage.Inquiry, 20),
            ("우즈벡 텍스타일", "Uzbek Textile Partners", "UZ", "C13", ProjectSource.Embassy, ProjectStage.Lead, 5),
            ("방콕 스마트팩토리 솔루션", "Bangkok Smart Factory Solutions", "TH", "J58", ProjectSource.AgencyReferral, ProjectStage.SiteVisit, 25),
        };
        foreach (var (ko, en, country, ksic, source, stage, probability) in leads)
        {
            var company = NewCompany(ko, en, country, ksic, CompanySize.Small, null, null);
            var lead = Project(company, $"{ko} 안산 진출", source, InvestmentType.Greenfield, SiteType.IndustrialComplex, null, probability, D(2025, 9, 1));
            if (stage != ProjectStage.Lead)
            {
                Walk(lead, (stage, D(2025, 10, 15)));
            }
        }
    }

    /// <summary>
    /// The exchange module's seeder runs first (it is registered first) and records a delegation with Anshan.
    /// Without it (a trimmed demo), the project keeps its source and simply has no link.
    /// </summary>
    private async Task LinkSisterCityDelegationAsync(CancellationToken ct)
    {
        var delegation = await db.Delegations.Where(d => d.PartnerCity!.NameEn == SisterCityPartner)
            .OrderBy(d => d.StartsOn).Select(d => (Guid?)d.Id).FirstOrDefaultAsync(ct);
        if (delegation is null)
        {
            return;
        }

        var project = db.InvestmentProjects.Local.Single(p => p.Title == SisterCityProjectTitle);
        project.SourceDelegationId = delegation;
        project.SourceActivityId = await db.ExchangeActivities.Where(a => a.DelegationId == delegation).OrderBy(a => a.OccurredOn)
            .Select(a => (Guid?)a.Id).FirstOrDefaultAsync(ct);
    }

    /// <summary>Peers get a smaller pipeline: one realised MOU, one MOU that never arrived, one lead.</summary>
    private void SeedPeer(string code)
    {
        var seed = int.Parse(code[^3..], System.Globalization.CultureInfo.InvariantCulture);
        var realised = NewCompany($"한일 정밀 {code}", $"Hanil Precision {code}", "JP", "C29", CompanySize.Medium, null, null);
        var done = Project(realised, $"정밀기계 공장 ({code})", ProjectSource.ExistingInvestor, InvestmentType.Expansion, SiteType.IndustrialComplex, null, 100, D(2023, 1, 10));
        Mou(done, D(2023, 4, 3), "시장; 대표이사", Money.Krw(10_000_000_000L + (seed * 10_000_000L)), null, 40);
        Walk(done, (ProjectStage.Mou, D(2023, 4, 3)), (ProjectStage.Notified, D(2023, 6, 1)), (ProjectStage.Arrived, D(2023, 11, 20)));
        Tranche(done, D(2023, 11, 20), Money.Krw(7_000_000_000L + (seed * 5_000_000L)), null, EvidenceGrade.Verified, "외국환은행 도착 확인서");
        Jobs(done, D(2024, 1, 1), D(2024, 12, 31), 28, JobsVerification.EmploymentInsurance, ("E-9", 4));

        var stalled = NewCompany($"퍼시픽 그린에너지 {code}", $"Pacific Green Energy {code}", "US", "D35", CompanySize.MidSized, null, null);
        var never = Project(stalled, $"수소연료전지 발전소 ({code})", ProjectSource.Roadshow, InvestmentType.Greenfield, SiteType.Other, null, 10, D(2023, 2, 1));
        Mou(never, D(2023, 9, 12), "시장; CEO", Money.Usd(30_000_000_00), new ExchangeRate(13_280_000, D(2023, 9, 12)), 150, ("착공", D(2024, 12, 31), null));
        Walk(never, (ProjectStage.Mou, D(2023, 9, 12)), (ProjectStage.Delayed, D(2025, 2, 1)));

        var lead = NewCompany($"사쿠라 로보틱스 {code}", $"Sakura Robotics {code}", "JP", "C29", CompanySize.Small, null, null);
        Project(lead, $"협동로봇 조립 거점 ({code})", ProjectSource.Direct, InvestmentType.Greenfield, SiteType.IndustrialComplex, null, 15, D(2025, 8, 1));
    }

    private Company NewCompany(string ko, string en, string country, string ksic, CompanySize size, string? original, string? group, params (string Person, string Role, string Language)[] contacts)
    {
        var company = new Company
        {
            NameKo = ko, NameEn = en, NameOriginal = original, CountryCode = country, KsicCode = ksic, Size = size, ParentGroup = group, CreatedAt = Now,
            Contacts = [.. contacts.Select(c => new CompanyContact { Person = c.Person, Role = c.Role, Language = c.Language })],
        };
        db.Companies.Add(company);
        return company;
    }

    private InvestmentProject Project(Company company, string title, ProjectSource source, InvestmentType type, SiteType site, string? siteName, int probability, DateOnly opened)
    {
        var project = new InvestmentProject
        {
            Company = company, Title = title, Source = source, Type = type, SiteType = site, SiteName = siteName, ResponsibleOfficer = Officer,
            ProbabilityPercent = probability, CreatedAt = Now,
        };
        project.Open(ProjectStage.Lead, opened, Seeder, Now);
        db.InvestmentProjects.Add(project);
        return project;
    }

    private void Walk(InvestmentProject project, params (ProjectStage Stage, DateOnly On)[] steps)
    {
        foreach (var (stage, on) in steps)
        {
            project.MoveTo(stage, on, Seeder, Now);
        }
    }

    private static void Mou(InvestmentProject project, DateOnly signed, string signatories, Money pledged, ExchangeRate? rate, int jobs, params (string Title, DateOnly Due, DateOnly? Done)[] milestones) =>
        project.Mou = new InvestmentMou
        {
            SignedOn = signed, Signatories = signatories, PledgedMinor = pledged.Minor, PledgedCurrency = pledged.Currency,
            KrwPerUsdScaled = rate?.KrwPerUsdScaled, RateOn = rate?.On, PledgedKrw = pledged.ToKrw(rate), PledgedJobs = jobs, NonBinding = true,
            Milestones = [.. milestones.Select(m => new MouMilestone { Title = m.Title, DueOn = m.Due, CompletedOn = m.Done })],
        };

    private static void Tranche(InvestmentProject project, DateOnly on, Money amount, ExchangeRate? rate, EvidenceGrade grade, string source) =>
        project.Tranches.Add(new InvestmentTranche
        {
            On = on, AmountMinor = amount.Minor, Currency = amount.Currency, KrwPerUsdScaled = rate?.KrwPerUsdScaled, RateOn = rate?.On,
            AmountKrw = amount.ToKrw(rate), Grade = grade, EvidenceSource = source,
        });

    private static void Jobs(InvestmentProject project, DateOnly from, DateOnly to, int korean, JobsVerification verification, params (string Status, int Count)[] foreign) =>
        project.JobsReports.Add(new JobsReport
        {
            PeriodStart = from, PeriodEnd = to, DirectKorean = korean, Verification = verification,
            ForeignByStayStatus = [.. foreign.Select(f => new ForeignJobCount { StayStatus = f.Status, Count = f.Count })],
        });

    private static void Incentive(InvestmentProject project, IncentiveType type, long amount, string basis, DateOnly granted, params (string Text, DateOnly Due, ComplianceStatus Status)[] conditions) =>
        project.Incentives.Add(new Incentive
        {
            Type = type, AmountKrw = amount, LegalBasis = basis, GrantedOn = granted,
            Conditions = [.. conditions.Select(c => new IncentiveCondition { Description = c.Text, DueOn = c.Due, Status = c.Status, CheckedOn = c.Status == ComplianceStatus.Pending ? null : c.Due })],
        });

    private static void Grievance(InvestmentProject project, GrievanceCategory category, string summary, string agency, GrievanceStatus status, DateOnly opened) =>
        project.Grievances.Add(new Grievance
        {
            Category = category, Summary = summary, ReferredTo = agency, Status = status, OpenedOn = opened,
            ResolvedOn = status is GrievanceStatus.Resolved or GrievanceStatus.Closed ? opened.AddDays(21) : null,
        });

    private static DateOnly D(int year, int month, int day) => new(year, month, day);
}
