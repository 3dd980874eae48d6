using Glocal.Core.Data;
using Glocal.Core.Demo;

namespace Glocal.Core.Residents;

/// <summary>
/// Demo data of the residents module: a service directory and notices for each portal, and for Ansan a
/// year of consultations whose nationality mix follows MOJ's 체류외국인 by nationality (2024). Every person
/// is invented; names carry "Demo".
/// </summary>
public sealed class ResidentsDemoSeeder(GlocalDbContext db, IPersonalDataCipher cipher, TimeProvider clock) : IDemoModuleSeeder
{
    /// <summary>
    /// The thirteen largest nationalities in 법무부 체류외국인 국적 및 체류자격별 현황 (2024), persons, with their
    /// language tags and most frequent stay statuses (../shared/data/korea_public_stats/moj_stay_foreigners_by_nationality_visa_sex_2024.csv).
    /// </summary>
    public static readonly IReadOnlyList<(string Nationality, int Persons, string Languages, string[] Statuses, string NameStem)> MojNationalityMix =
    [
        ("CN", 643_277, "ko zh-Hans", ["F-4", "F-5", "H-2"], "Kim Demo"),          // 한국계중국인
        ("CN", 315_682, "zh-Hans", ["D-2", "F-5", "E-9"], "Wang Demo"),            // 중국
        ("VN", 305_936, "vi", ["E-9", "D-4", "F-6"], "Nguyen Demo"),
        ("TH", 188_770, "th", ["E-9", "F-6", "B-1"], "Somchai Demo"),
        ("US", 170_251, "en", ["F-4", "E-2", "F-5"], "Smith Demo"),
        ("UZ", 94_893, "uz ru", ["F-4", "E-9", "D-2"], "Rustamov Demo"),
        ("NP", 74_641, "ne", ["E-9", "D-2", "E-7"], "Shrestha Demo"),
        ("ID", 73_180, "id", ["E-9", "E-10", "C-3"], "Santoso Demo"),
        ("PH", 70_392, "fil en", ["E-9", "F-6", "E-7"], "Santos Demo"),
        ("JP", 65_216, "ja", ["F-6", "F-5", "D-2"], "Tanaka Demo"),
        ("KH", 63_681, "km", ["E-9", "F-6", "E-7"], "Sok Demo"),
        ("MN", 57_093, "mn", ["D-2", "D-4", "E-9"], "Bat Demo"),
        ("MM", 53_914, "my", ["E-9", "G-1", "D-4"], "Aung Demo"),
    ];

    /// <summary>How consultations spread over categories, as Ansan's centre reports them; the national generator uses it too.</summary>
    public static readonly IReadOnlyList<(CaseCategory Category, int Weight)> CategoryMix =
    [
        (CaseCategory.WageArrears, 25), (CaseCategory.StayVisa, 18), (CaseCategory.DailyLife, 14), (CaseCategory.WorkplaceConflict, 10),
        (CaseCategory.Severance, 8), (CaseCategory.IndustrialAccident, 6), (CaseCategory.Medical, 6), (CaseCategory.Housing, 4),
        (CaseCategory.Legal, 4), (CaseCategory.FamilyViolence, 3), (CaseCategory.Education, 2),
    ];

    public async Task SeedAsync(string municipalityCode, CancellationToken ct)
    {
        var ansan = municipalityCode == DemoSeeder.AnsanCode;
        foreach (var service in ansan ? AnsanServices : PeerServices)
        {
            db.ResidentServices.Add(service());
        }

        var now = clock.GetUtcNow().UtcDateTime;
        if (ansan)
        {
            foreach (var notice in ResidentsDemoNotices.Create(now))
            {
                db.Notices.Add(notice);
            }
        }

        await db.SaveChangesAsync(ct);
        await SeedCasesAsync(int.Parse(municipalityCode, System.Globalization.CultureInfo.InvariantCulture), ansan ? 180 : 24, ansan ? 60 : 0, now, ct);
    }

    private async Task SeedCasesAsync(int seed, int caseCount, int clientCount, DateTime now, CancellationToken ct)
    {
        var random = new Random(seed);
        var totalPersons = MojNationalityMix.Sum(n => n.Persons);
        (string Nationality, int Persons, string Languages, string[] Statuses, string NameStem) PickNationality()
        {
            var x = random.Next(totalPersons);
            foreach (var n in MojNationalityMix)
            {
                if ((x -= n.Persons) < 0)
                {
                    return n;
                }
            }

            return MojNationalityMix[0];
        }

        CaseCategory PickCategory()
        {
            var x = random.Next(CategoryMix.Sum(c => c.Weight));
            foreach (var (category, weight) in CategoryMix)
            {
                if ((x -= weight) < 0)
                {
                    return category;
                }
            }

            return CaseCategory.DailyLife;
        }

        var clients = new List<(Client Client, ConsentRecord? Consent)>();
        for (var i = 1; i <= clientCount; i++)
        {
            var n = PickNationality();
            var name = $"{n.NameStem} {i:000}";
            var client = new Client
            {
                Id = Guid.CreateVersion7(), NameSealed = cipher.Encrypt(name), NameLookup = cipher.LookupHash(name),
                Nationality = n.Nationality, Languages = n.Languages, StayStatus = n.Statuses[random.Next(n.Statuses.Length)],
                District = Districts[random.Next(Districts.Length)], CreatedAt = now.AddDays(-random.Next(30, 400)),
            };
            db.Clients.Add(client);
            ConsentRecord? consent = null;
            if (random.NextDouble() < 0.7)
            {
                consent = new ConsentRecord
                {
                    Id = Guid.CreateVersion7(), ClientId = client.Id, Purpose = ConsentPurpose.Referral, Scope = "*",
                    GivenOn = DateOnly.FromDateTime(client.CreatedAt), RecordedBy = "demo",
                };
                db.ConsentRecords.Add(consent);
            }

            clients.Add((client, consent));
        }

        await db.SaveChangesAsync(ct);

        for (var i = 0; i < caseCount; i++)
        {
            var opened = now.AddDays(-random.Next(1, 365)).AddHours(-random.Next(0, 8));
            var linked = clients.Count > 0 && random.NextDouble() < 0.75 ? clients[random.Next(clients.Count)] : default;
            var language = linked.Client?.Languages.Split(' ')[0] ?? PickNationality().Languages.Split(' ')[0];
            var category = PickCategory();
            var @case = new ConsultationCase
            {
                Id = Guid.CreateVersion7(), ReferenceNumber = CaseService.NewReference(), ClientId = linked.Client?.Id,
                Channel = (CaseChannel)random.Next(4), Category = category, Language = language,
                InterpreterUsed = language != "ko" && random.NextDouble() < 0.4, Sensitive = category == CaseCategory.FamilyViolence,
                Subject = SubjectOf(category), OpenedAt = opened, AssignedTo = "ansan.counsellor",
            };
            if (linked.Client is null)
            {
                var stem = PickNationality().NameStem;
                @case.RequesterNameSealed = cipher.Encrypt($"{stem} R{i:000}");
                @case.ContactSealed = cipher.Encrypt($"010-0000-{i:0000}");
                @case.MessageSealed = cipher.Encrypt("Demo request from the portal.");
            }

            db.ConsultationCases.Add(@case);
            var age = (now - opened).TotalDays;
            var responded = opened.AddHours(1 + random.Next(0, 60));
            if (age > 3 || random.NextDouble() < 0.5)
            {
                @case.MoveTo(CaseStatus.Assessment, responded, "demo");
                @case.MoveTo(CaseStatus.InProgress, responded.AddDays(1), "demo");
                if (linked.Consent is not null && random.NextDouble() < 0.35)
                {
                    @case.MarkReferred(responded.AddDays(2), "demo");
                    var done = age > 30 && random.NextDouble() < 0.7;
                    db.Referrals.Add(new Referral
                    {
                        Id = Guid.CreateVersion7(), CaseId = @case.Id, Agency = AgencyFor(category), ConsentId = linked.Consent.Id,
                        ReferredAt = responded.AddDays(2), ReferredBy = "demo", Status = done ? ReferralStatus.Completed : ReferralStatus.Sent,
                        CompletedAt = done ? responded.AddDays(20) : null,
                    });
                }

                if (age > 21 && random.NextDouble() < 0.8)
                {
                    @case.MoveTo(CaseStatus.Closed, responded.AddDays(random.Next(5, 20)), "demo");
                    if (category is CaseCategory.WageArrears or CaseCategory.Severance)
                    {
                        db.CaseOutcomes.Add(new CaseOutcome
                        {
                            Id = Guid.CreateVersion7(), CaseId = @case.Id,
                            Kind = category == CaseCategory.Severance ? OutcomeKind.SeveranceRecovered : OutcomeKind.WagesRecovered,
                            AmountWon = random.Next(5, 60) * 100_000L, RecordedOn = DateOnly.FromDateTime(@case.ClosedAt!.Value),
                        });
                    }
                    else if (category == CaseCategory.StayVisa)
                    {
                        db.CaseOutcomes.Add(new CaseOutcome { Id = Guid.CreateVersion7(), CaseId = @case.Id, Kind = OutcomeKind.StayExtended, RecordedOn = DateOnly.FromDateTime(@case.ClosedAt!.Value) });
                    }
                }
                else if (random.NextDouble() < 0.5)
                {
                    db.FollowUps.Add(new FollowUp { Id = Guid.CreateVersion7(), CaseId = @case.Id, DueOn = DateOnly.FromDateTime(now.AddDays(random.Next(-5, 14))), Action = "Call back with the agency's answer" });
                }
            }
        }

        await db.SaveChangesAsync(ct);
    }

    private static string SubjectOf(CaseCategory category) => category switch
    {
        CaseCategory.WageArrears => "임금 체불 상담",
        CaseCategory.Severance => "퇴직금 미지급",
        CaseCategory.IndustrialAccident => "산재 신청 안내",
        CaseCategory.StayVisa => "체류 기간 연장 문의",
        CaseCategory.Legal => "계약 관련 법률 상담",
        CaseCategory.WorkplaceConflict => "사업장 변경 문의",
        CaseCategory.Medical => "병원 이용 안내",
        CaseCategory.Housing => "기숙사·주거 문제",
        CaseCategory.FamilyViolence => "보호 필요 사례",
        CaseCategory.Education => "자녀 입학 문의",
        CaseCategory.DailyLife => "생활 정보 안내",
    };

    private static Agency AgencyFor(CaseCategory category) => category switch
    {
        CaseCategory.WageArrears or CaseCategory.Severance or CaseCategory.WorkplaceConflict => Agency.LabourOffice,
        CaseCategory.IndustrialAccident => Agency.WorkersCompensation,
        CaseCategory.StayVisa => Agency.ImmigrationOffice,
        CaseCategory.FamilyViolence => Agency.Shelter,
        CaseCategory.Legal => Agency.LegalAid,
        _ => Agency.FamilyCentre,
    };

    private static readonly string[] Districts = ["원곡동", "선부동", "초지동", "고잔동", "와동", "신길동"];

    private static readonly Func<ResidentService>[] AnsanServices =
    [
        () => Service(ServiceKind.CounsellingCentre, "외국인주민 상담센터 (데모)", "안산시 단원구 원곡로 00 (데모 주소)", "Mon–Fri 09:00–18:00 · Sun 10:00–17:00", "031-000-0001", "ko en zh-Hans vi th uz ru id fil ne km mn"),
        () => Service(ServiceKind.LabourRights, "이주노동자 권익지원 사무소 (데모)", "안산시 단원구 중앙대로 00 (데모 주소)", "Mon–Sat 10:00–19:00", "031-000-0002", "ko vi ne km id"),
        () => Service(ServiceKind.Health, "외국인 무료 진료소 (데모)", "안산시 단원구 원곡동 00 (데모 주소)", "Sun 14:00–18:00", "031-000-0003", "ko en zh-Hans ru"),
        () => Service(ServiceKind.Legal, "다문화 법률 지원 창구 (데모)", "안산시 단원구 화랑로 00 (데모 주소)", "2nd Sat of the month 14:00–17:00", null, "ko en vi uz"),
        () => Service(ServiceKind.KoreanClasses, "사회통합프로그램 한국어 교실 (데모)", "안산시 상록구 00로 00 (데모 주소)", "Mon–Fri 19:00–21:00 · Sat–Sun 10:00–13:00", "031-000-0005", "ko"),
        () => Service(ServiceKind.Interpretation, "통번역 지원 (데모)", "안산시 단원구 원곡로 00 (데모 주소)", "Mon–Fri 09:00–18:00", "031-000-0006", "ko vi th uz ru id fil ne km mn"),
    ];

    private static readonly Func<ResidentService>[] PeerServices =
    [
        () => Service(ServiceKind.CounsellingCentre, "외국인 상담 창구 (데모)", "시청 민원실 (데모 주소)", "Mon–Fri 09:00–18:00", "031-000-1000", "ko en vi zh-Hans"),
        () => Service(ServiceKind.KoreanClasses, "한국어 교실 (데모)", "가족센터 (데모 주소)", "Sat 10:00–13:00", null, "ko"),
    ];

    private static ResidentService Service(ServiceKind kind, string name, string address, string hours, string? phone, string languages) => new()
    {
        Id = Guid.CreateVersion7(), Kind = kind, Name = name, Address = address, Hours = hours, Phone = phone, Languages = languages,
    };
}
