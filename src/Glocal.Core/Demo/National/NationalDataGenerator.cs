using System.Text.Json;
using Glocal.Core.Audit;
using Glocal.Core.Benchmark.Statistics;
using Glocal.Core.Data;
using Glocal.Core.Exchanges;
using Glocal.Core.Investments;
using Glocal.Core.Policies;
using Glocal.Core.Residents;
using Glocal.Core.Tenancy;
using Microsoft.EntityFrameworkCore;

namespace Glocal.Core.Demo.National;

/// <summary>How much a generated data set holds, nationally.</summary>
public sealed record NationalScale(string Name, int Years, int Cases, int Activities, int Projects)
{
    /// <summary>The national scale: every municipality, ten years, a million clients and cases.</summary>
    public static NationalScale National { get; } = new("national", 10, 1_000_000, 100_000, 20_000);

    /// <summary>The same shape at a hundredth, for tests and a quick look.</summary>
    public static NationalScale Small { get; } = new("small", 3, 10_000, 1_000, 200);

    public static NationalScale Parse(string name) => name.ToLowerInvariant() switch
    {
        "national" => National,
        "small" => Small,
        _ => throw new ArgumentException($"Unknown scale '{name}': national or small."),
    };
}

public sealed record GenerationReport(string Scale, int Seed, int Municipalities, long Clients, long Cases, long StatusChanges, long Partners,
    long Activities, long Companies, long Projects, long Programmes, long KpiValues, TimeSpan Elapsed);

/// <summary>
/// Fills every current municipality (226 local governments and 17 provinces) with a national-scale, clearly
/// synthetic data set for load and scale tests: clients and consultation cases over ten years, partner cities
/// and their activity, investment projects through the pipeline, and policy programmes with KPI values.
/// Deterministic for a seed and a day: the same seed gives the same records (sealed values aside, whose nonces
/// are random by design). Distributions: municipalities weighted by their foreign residents in the statistics
/// store; nationalities, languages and stay statuses from the MOJ 2024 table (<see cref="ResidentsDemoSeeder.MojNationalityMix"/>).
/// Written with <see cref="BulkWriter"/> per municipality, one transaction each, audited once per run.
/// </summary>
public sealed class NationalDataGenerator(GlocalDbContext db, BulkWriter writer, IPersonalDataCipher cipher, Gazetteer gazetteer, TenantContext tenant, TimeProvider clock)
{
    public const string SyntheticMarker = "[synthetic]";

    private static readonly (string City, string Country)[] PartnerPool =
    [
        ("Shanghai", "CN"), ("Qingdao", "CN"), ("Dalian", "CN"), ("Shenyang", "CN"), ("Anshan", "CN"), ("Yantai", "CN"), ("Weihai", "CN"),
        ("Harbin", "CN"), ("Changchun", "CN"), ("Suzhou", "CN"), ("Hangzhou", "CN"), ("Wuhan", "CN"), ("Ho Chi Minh City", "VN"),
        ("Hanoi", "VN"), ("Da Nang", "VN"), ("Hai Phong", "VN"), ("Can Tho", "VN"), ("Osaka", "JP"), ("Fukuoka", "JP"), ("Nagoya", "JP"),
        ("Sapporo", "JP"), ("Kobe", "JP"), ("Kitakyushu", "JP"), ("Tashkent", "UZ"), ("Samarkand", "UZ"), ("Ulaanbaatar", "MN"),
        ("Bangkok", "TH"), ("Chiang Mai", "TH"), ("Manila", "PH"), ("Cebu City", "PH"), ("Davao", "PH"), ("Jakarta", "ID"), ("Surabaya", "ID"),
        ("Bandung", "ID"), ("Phnom Penh", "KH"), ("Kathmandu", "NP"), ("Yangon", "MM"), ("Almaty", "KZ"), ("Vladivostok", "RU"),
        ("Los Angeles", "US"), ("Seattle", "US"), ("San Francisco", "US"), ("Honolulu", "US"), ("Atlanta", "US"), ("Vancouver", "CA"),
        ("Toronto", "CA"), ("Sydney", "AU"), ("Brisbane", "AU"), ("Auckland", "NZ"), ("Hamburg", "DE"), ("Frankfurt am Main", "DE"),
        ("Lyon", "FR"), ("Milan", "IT"), ("Barcelona", "ES"), ("Istanbul", "TR"), ("Dubai", "AE"), ("Mexico City", "MX"), ("Sao Paulo", "BR"),
    ];

    private const double ProvinceShare = 0.03;

    private static readonly ProjectSource[] UnlinkedSources =
        [ProjectSource.AgencyReferral, ProjectSource.Roadshow, ProjectSource.ExistingInvestor, ProjectSource.Direct, ProjectSource.Embassy];

    public async Task<GenerationReport> GenerateAsync(NationalScale scale, int seed, IProgress<string>? progress, CancellationToken ct)
    {
        var watch = System.Diagnostics.Stopwatch.StartNew();
        tenant.ActAsSystem("national-generator");
        if (await db.ConsultationCases.IgnoreQueryFilters().CountAsync(ct) > 10_000)
        {
            throw new Shared.BusinessRuleException("national_data_present", "This database already holds a large data set; generate into a fresh one.");
        }

        var municipalities = await db.Municipalities
            .Where(m => m.ValidTo == null && (m.Kind == MunicipalityKind.LocalGovernment || m.Kind == MunicipalityKind.SingleTier || m.Kind == MunicipalityKind.Province))
            .OrderBy(m => m.Code).Select(m => new { m.Id, m.Code, m.NameEn, m.Kind }).ToListAsync(ct);
        var weights = await WeightsAsync(municipalities.Select(m => m.Id).ToList(), seed, ct);

        // A province's statistic counts every resident of its cities; its own centre sees a small share of them.
        foreach (var province in municipalities.Where(m => m.Kind == MunicipalityKind.Province))
        {
            weights[province.Id] *= ProvinceShare;
        }

        var totalWeight = weights.Values.Sum();
        var today = KoreaTime.Today(clock);
        var firstYear = today.Year - scale.Years + 1;
        var totals = new Totals();

        // Shares are rounded down and the remainder goes to the largest, so totals are exact.
        var largest = weights.MaxBy(w => w.Value).Key;
        int Share(int total, int municipalityId) => (int)(total * weights[municipalityId] / totalWeight);
        var shares = municipalities.ToDictionary(m => m.Id, m => (Cases: Share(scale.Cases, m.Id), Activities: Share(scale.Activities, m.Id), Projects: Share(scale.Projects, m.Id)));
        shares[largest] = (shares[largest].Cases + scale.Cases - shares.Values.Sum(s => s.Cases),
            shares[largest].Activities + scale.Activities - shares.Values.Sum(s => s.Activities),
            shares[largest].Projects + scale.Projects - shares.Values.Sum(s => s.Projects));

        foreach (var municipality in municipalities)
        {
            var random = new Random(unchecked((seed * 100_003) + int.Parse(municipality.Code, System.Globalization.CultureInfo.InvariantCulture)));
            var context = new Context(random, municipality.Id, today, firstYear);
            await using var transaction = await db.Database.BeginTransactionAsync(ct);
            await GenerateCasesAsync(context, shares[municipality.Id].Cases, totals, ct);
            await GenerateExchangesAsync(context, shares[municipality.Id].Activities, totals, ct);
            await GenerateInvestmentsAsync(context, shares[municipality.Id].Projects, totals, ct);
            await GeneratePoliciesAsync(context, scale.Years, totals, ct);
            await transaction.CommitAsync(ct);
            progress?.Report($"{municipality.Code} {municipality.NameEn}: {shares[municipality.Id].Cases:N0} cases");
        }

        var report = new GenerationReport(scale.Name, seed, municipalities.Count, totals.Clients, totals.Cases, totals.StatusChanges, totals.Partners,
            totals.Activities, totals.Companies, totals.Projects, totals.Programmes, totals.KpiValues, watch.Elapsed);
        db.AuditEvents.Add(new AuditEvent
        {
            OccurredAt = clock.GetUtcNow().UtcDateTime,
            UserName = tenant.UserName ?? "national-generator",
            EntityType = "NationalDataSet",
            EntityId = $"{scale.Name}:{seed}",
            Action = AuditAction.Create,
            ChangedFields = JsonSerializer.Serialize(report with { Elapsed = TimeSpan.Zero }),
        });
        await db.SaveChangesAsync(ct);
        await PlannerStatistics.AnalyseAllAsync(db, ct);
        return report;
    }

    /// <summary>Foreign residents per municipality from the statistics store; a seeded spread where a figure is missing.</summary>
    private async Task<Dictionary<int, double>> WeightsAsync(List<int> ids, int seed, CancellationToken ct)
    {
        var known = await (from o in db.StatisticObservations
                           join s in db.StatisticSeries on o.SeriesId equals s.Id
                           where s.Code == SeriesCatalogue.ForeignResidents && o.Breakdown == "" && o.MunicipalityId != null
                           select new { MunicipalityId = o.MunicipalityId!.Value, o.ReferenceDate, o.Value })
            .ToListAsync(ct);
        var latest = known.GroupBy(k => k.MunicipalityId).ToDictionary(g => g.Key, g => (double)g.MaxBy(k => k.ReferenceDate)!.Value);
        var random = new Random(seed);
        return ids.ToDictionary(id => id, id => latest.TryGetValue(id, out var v) && v > 0 ? v : 2_000 + (random.NextDouble() * 8_000));
    }

    private async Task GenerateCasesAsync(Context c, int count, Totals totals, CancellationToken ct)
    {
        var mix = ResidentsDemoSeeder.MojNationalityMix;
        var persons = mix.Sum(n => n.Persons);
        var clients = new List<Client>(Math.Min(count, 5_000));
        var cases = new List<ConsultationCase>(Math.Min(count, 5_000));
        var span = c.Today.DayNumber - new DateOnly(c.FirstYear, 1, 1).DayNumber;
        for (var i = 0; i < count; i++)
        {
            var pick = c.Random.Next(persons);
            var n = mix.First(x => (pick -= x.Persons) < 0);
            var languages = n.Languages;
            var name = $"{n.NameStem} {c.MunicipalityId}-{i}";
            var client = new Client
            {
                Id = c.NextGuid(),
                MunicipalityId = c.MunicipalityId,
                NameSealed = cipher.Encrypt(name),
                NameLookup = cipher.LookupHash(name),
                Nationality = n.Nationality,
                StayStatus = n.Statuses[c.Random.Next(n.Statuses.Length)],
                Languages = languages,
                District = null,
            };

            // Later years are busier (foreign residents grew): skew the day towards the end of the span.
            var day = span - (int)(span * Math.Pow(c.Random.NextDouble(), 1.6));
            var opened = new DateOnly(c.FirstYear, 1, 1).AddDays(Math.Clamp(day, 0, span)).ToDateTime(new TimeOnly(0, 0), DateTimeKind.Utc).AddHours(c.Random.Next(0, 9));
            client.CreatedAt = opened;
            var @case = new ConsultationCase
            {
                Id = c.NextGuid(),
                MunicipalityId = c.MunicipalityId,
                ReferenceNumber = $"N-{c.Random.Next(0x10000000):X7}{i:X6}",
                ClientId = client.Id,
                Channel = (CaseChannel)c.Random.Next(4),
                Category = Weighted(c.Random, ResidentsDemoSeeder.CategoryMix),
                Language = languages.Split(' ')[0],
                InterpreterUsed = !languages.StartsWith("ko", StringComparison.Ordinal) && c.Random.Next(3) == 0,
                Sensitive = c.Random.Next(50) == 0,
                Subject = SyntheticMarker,
                OpenedAt = opened,
            };
            var responded = opened.AddHours(1 + c.Random.Next(0, 72));
            var ageDays = c.Today.DayNumber - DateOnly.FromDateTime(opened).DayNumber;
            if (ageDays > 60 || c.Random.Next(3) == 0)
            {
                @case.MoveTo(CaseStatus.InProgress, responded, "synthetic");
                @case.MoveTo(CaseStatus.Closed, responded.AddDays(c.Random.Next(1, 45)), "synthetic");
            }
            else if (c.Random.Next(2) == 0)
            {
                @case.MoveTo(CaseStatus.Assessment, responded, "synthetic");
            }

            foreach (var change in @case.StatusChanges)
            {
                change.Id = c.NextGuid();
            }

            clients.Add(client);
            cases.Add(@case);
            if (cases.Count == 5_000 || i == count - 1)
            {
                totals.Clients += await writer.WriteAsync(clients, ct);
                totals.Cases += await writer.WriteAsync(cases, ct);
                totals.StatusChanges += await writer.WriteAsync(cases.SelectMany(x => x.StatusChanges), ct);
                clients.Clear();
                cases.Clear();
            }
        }
    }

    private async Task GenerateExchangesAsync(Context c, int activityCount, Totals totals, CancellationToken ct)
    {
        // About eight partners per municipality nationally (1,932 agreements across 243 governments).
        var partnerCount = Math.Clamp(activityCount / 50, 1, 40);
        var partners = new List<PartnerCity>();
        var agreements = new List<Agreement>();
        var used = new HashSet<int>();
        for (var p = 0; p < partnerCount && used.Count < PartnerPool.Length; p++)
        {
            int slot;
            do
            {
                slot = c.Random.Next(PartnerPool.Length);
            }
            while (!used.Add(slot));

            var (cityName, country) = PartnerPool[slot];
            var city = gazetteer.FindByName(cityName, country);
            var partner = new PartnerCity
            {
                Id = c.NextGuid(),
                MunicipalityId = c.MunicipalityId,
                NameKo = city?.NameKo ?? cityName,
                NameEn = city?.Name ?? cityName,
                NameLocal = city?.NameLocal,
                CountryCode = country,
                Region = city?.Region,
                Level = PartnerLevel.City,
                Population = city?.Population,
                Latitude = city?.Latitude,
                Longitude = city?.Longitude,
                GeoNameId = city?.GeoNameId,
                Notes = SyntheticMarker,
                CreatedAt = new DateTime(c.FirstYear - c.Random.Next(0, 20), 1, 1, 0, 0, 0, DateTimeKind.Utc),
            };
            var signed = DateOnly.FromDateTime(partner.CreatedAt).AddDays(c.Random.Next(0, 300));
            var sister = c.Random.Next(3) == 0;
            partners.Add(partner);
            agreements.Add(new Agreement
            {
                Id = c.NextGuid(),
                MunicipalityId = c.MunicipalityId,
                PartnerCityId = partner.Id,
                Type = sister ? AgreementType.SisterCity : AgreementType.Friendship,
                SignedOn = signed,
                Fields = ExchangeFields.Administration | ExchangeFields.CultureArts | (c.Random.Next(2) == 0 ? ExchangeFields.EconomyTrade : ExchangeFields.Youth),
                CouncilApprovedOn = sister ? signed.AddDays(-30) : null,
                CouncilResolutionNumber = sister ? $"제{c.Random.Next(100, 400)}호" : null,
                Motive = SyntheticMarker,
            });
        }

        totals.Partners += await writer.WriteAsync(partners, ct);
        await writer.WriteAsync(agreements, ct);

        // A third of partners fall silent after a few years: their activity stops, so they come out dormant.
        var silentFrom = partners.ToDictionary(p => p.Id, p => c.Random.Next(3) == 0 ? c.Today.AddDays(-c.Random.Next(400, 2500)) : c.Today);
        var span = c.Today.DayNumber - new DateOnly(c.FirstYear, 1, 1).DayNumber;
        var activities = new List<ExchangeActivity>(5_000);
        for (var i = 0; i < activityCount; i++)
        {
            var index = c.Random.Next(partners.Count);
            var partner = partners[index];
            var on = new DateOnly(c.FirstYear, 1, 1).AddDays(c.Random.Next(span + 1));
            if (on > silentFrom[partner.Id])
            {
                on = silentFrom[partner.Id].AddDays(-c.Random.Next(0, 365));
            }

            var kind = (ActivityKind)Enum.GetValues<ActivityKind>().GetValue(c.Random.Next(Enum.GetValues<ActivityKind>().Length))!;
            var substantive = c.Random.Next(10) < 6;
            activities.Add(new ExchangeActivity
            {
                Id = c.NextGuid(),
                MunicipalityId = c.MunicipalityId,
                PartnerCityId = partner.Id,
                AgreementId = agreements[index].Id,
                OccurredOn = on,
                Kind = kind,
                Substantive = substantive,
                Direction = (ExchangeDirection)Enum.GetValues<ExchangeDirection>().GetValue(c.Random.Next(Enum.GetValues<ExchangeDirection>().Length))!,
                Title = $"{SyntheticMarker} {kind} {on:yyyy-MM}",
                Participants = substantive ? c.Random.Next(5, 120) : c.Random.Next(1, 10),
                CostWon = substantive ? c.Random.Next(2, 400) * 100_000L : c.Random.Next(0, 20) * 100_000L,
                OutputInvestmentLeads = substantive && c.Random.Next(20) == 0 ? 1 : 0,
                OutputStudentsExchanged = substantive && c.Random.Next(5) == 0 ? c.Random.Next(2, 30) : 0,
                OutputAgreements = c.Random.Next(50) == 0 ? 1 : 0,
                OutputContracts = substantive && c.Random.Next(30) == 0 ? 1 : 0,
            });
            if (activities.Count == 5_000 || i == activityCount - 1)
            {
                totals.Activities += await writer.WriteAsync(activities, ct);
                activities.Clear();
            }
        }
    }

    private async Task GenerateInvestmentsAsync(Context c, int projectCount, Totals totals, CancellationToken ct)
    {
        var companies = new List<Company>();
        var projects = new List<InvestmentProject>();
        var mous = new List<InvestmentMou>();
        var tranches = new List<InvestmentTranche>();
        var now = c.Today.ToDateTime(TimeOnly.MinValue, DateTimeKind.Utc);
        string[] countries = ["CN", "JP", "US", "DE", "VN", "SG", "NL", "FR", "TW", "GB"];
        for (var i = 0; i < projectCount; i++)
        {
            var company = new Company
            {
                Id = c.NextGuid(),
                MunicipalityId = c.MunicipalityId,
                NameKo = $"합성 기업 {c.MunicipalityId}-{i}",
                NameEn = $"Synthetic Company {c.MunicipalityId}-{i}",
                CountryCode = countries[c.Random.Next(countries.Length)],
                KsicCode = $"C{c.Random.Next(10, 34)}",
                Size = (CompanySize)c.Random.Next(4),
                CreatedAt = now,
            };
            var opened = new DateOnly(c.FirstYear, 1, 1).AddDays(c.Random.Next(c.Today.DayNumber - new DateOnly(c.FirstYear, 1, 1).DayNumber - 30));
            var project = new InvestmentProject
            {
                Id = c.NextGuid(),
                MunicipalityId = c.MunicipalityId,
                CompanyId = company.Id,
                Title = $"{SyntheticMarker} project {i}",
                // Sources that point at an exchange record need that record; synthetic projects come from elsewhere.
                Source = UnlinkedSources[c.Random.Next(UnlinkedSources.Length)],
                Type = (InvestmentType)c.Random.Next(5),
                SiteType = (SiteType)c.Random.Next(4),
                ResponsibleOfficer = "synthetic",
                ProbabilityPercent = c.Random.Next(5, 95),
                CreatedAt = opened.ToDateTime(TimeOnly.MinValue, DateTimeKind.Utc),
            };
            project.Open(ProjectStage.Lead, opened, "synthetic", project.CreatedAt);

            // Funnel: each step keeps about 70 % of the projects; a few of those that stop are lost.
            var on = opened;
            var stage = ProjectStage.Lead;
            while (stage < ProjectStage.Aftercare && c.Random.Next(10) < 7)
            {
                var next = stage + 1;
                var nextOn = on.AddDays(c.Random.Next(10, 120));
                if (nextOn > c.Today)
                {
                    break;
                }

                if (next == ProjectStage.Mou)
                {
                    var jobs = c.Random.Next(5, 300);
                    var pledged = c.Random.Next(10, 2_000) * 100_000_000L;
                    mous.Add(new InvestmentMou
                    {
                        Id = c.NextGuid(), MunicipalityId = c.MunicipalityId, ProjectId = project.Id, SignedOn = nextOn, Signatories = "synthetic",
                        PledgedMinor = pledged, PledgedCurrency = Currency.KRW, PledgedKrw = pledged, PledgedJobs = jobs,
                    });
                }

                if (next == ProjectStage.Arrived)
                {
                    var amount = c.Random.Next(5, 1_500) * 100_000_000L;
                    tranches.Add(new InvestmentTranche
                    {
                        Id = c.NextGuid(), MunicipalityId = c.MunicipalityId, ProjectId = project.Id, On = nextOn, AmountMinor = amount, Currency = Currency.KRW,
                        AmountKrw = amount, Grade = c.Random.Next(2) == 0 ? Investments.EvidenceGrade.Verified : Investments.EvidenceGrade.Arrived, EvidenceSource = SyntheticMarker,
                    });
                }

                project.MoveTo(next, nextOn, "synthetic", now);
                stage = next;
                on = nextOn;
            }

            if (stage < ProjectStage.Arrived && c.Random.Next(5) == 0 && on.AddDays(30) <= c.Today)
            {
                project.MoveTo(ProjectStage.Lost, on.AddDays(30), "synthetic", now, "synthetic: went elsewhere");
            }

            foreach (var change in project.StageHistory)
            {
                change.Id = c.NextGuid();
                change.MunicipalityId = c.MunicipalityId;
            }

            companies.Add(company);
            projects.Add(project);
            if (projects.Count == 2_000 || i == projectCount - 1)
            {
                totals.Companies += await writer.WriteAsync(companies, ct);
                totals.Projects += await writer.WriteAsync(projects, ct);
                await writer.WriteAsync(projects.SelectMany(p => p.StageHistory), ct);
                await writer.WriteAsync(mous, ct);
                await writer.WriteAsync(tranches, ct);
                companies.Clear();
                projects.Clear();
                mous.Clear();
                tranches.Clear();
            }
        }
    }

    private async Task GeneratePoliciesAsync(Context c, int years, Totals totals, CancellationToken ct)
    {
        var policy = new Policy
        {
            Id = c.NextGuid(), MunicipalityId = c.MunicipalityId, Title = $"{SyntheticMarker} 국제화 기본계획", StartYear = c.FirstYear,
            CreatedAt = new DateTime(c.FirstYear, 1, 1, 0, 0, 0, DateTimeKind.Utc),
        };
        var programmes = new List<Programme>();
        var budget = new List<Policies.BudgetLine>();
        var staff = new List<StaffAllocation>();
        var kpis = new List<Kpi>();
        var values = new List<KpiValue>();
        string[] names = ["외국인주민 상담", "해외 자매도시 교류", "외국인투자 유치", "다문화 축제", "한국어 교육"];
        for (var p = 0; p < names.Length; p++)
        {
            var programme = new Programme
            {
                Id = c.NextGuid(), MunicipalityId = c.MunicipalityId, PolicyId = policy.Id, Name = names[p], LeadDepartment = "국제협력과",
                Pillars = (Pillars)(1 << (p % 3)), Orientation = p is 0 or 4 ? Orientation.Inward : Orientation.Outward,
                Mode = p == 3 ? ProgrammeMode.OneOff : ProgrammeMode.Recurring, StartDate = new DateOnly(c.FirstYear, 1, 1),
                Participants = c.Random.Next(50, 5_000), CreatedAt = policy.CreatedAt, Description = SyntheticMarker,
            };
            programmes.Add(programme);
            var kpi = new Kpi
            {
                Id = c.NextGuid(), MunicipalityId = c.MunicipalityId, ProgrammeId = programme.Id, Name = $"{names[p]} 실적", Unit = "건",
                Kind = KpiKind.Outcome, Baseline = 100, Target = 200, Frequency = KpiFrequency.Annual, Source = SyntheticMarker,
            };
            kpis.Add(kpi);
            for (var year = c.FirstYear; year < c.FirstYear + years; year++)
            {
                var planned = c.Random.Next(5, 500) * 1_000_000L;
                budget.Add(new Policies.BudgetLine
                {
                    Id = c.NextGuid(), MunicipalityId = c.MunicipalityId, ProgrammeId = programme.Id, Year = year, Source = (Policies.FundingSource)c.Random.Next(3),
                    PlannedKrw = planned, ExecutedKrw = year < c.Today.Year ? planned * c.Random.Next(60, 101) / 100 : null,
                });
                staff.Add(new StaffAllocation { Id = c.NextGuid(), MunicipalityId = c.MunicipalityId, ProgrammeId = programme.Id, Year = year, Fte = c.Random.Next(1, 8) / 2.0 });
                values.Add(new KpiValue
                {
                    Id = c.NextGuid(), MunicipalityId = c.MunicipalityId, KpiId = kpi.Id, PeriodStart = new DateOnly(year, 1, 1), PeriodEnd = new DateOnly(year, 12, 31),
                    Value = 100 + c.Random.Next(0, 150), Evidence = (Policies.EvidenceGrade)c.Random.Next(Enum.GetValues<Policies.EvidenceGrade>().Length),
                    EvidenceNote = SyntheticMarker, RecordedAt = new DateTime(Math.Min(year + 1, c.Today.Year), 1, 1, 0, 0, 0, DateTimeKind.Utc),
                });
            }
        }

        await writer.WriteAsync([policy], ct);
        totals.Programmes += await writer.WriteAsync(programmes, ct);
        await writer.WriteAsync(budget, ct);
        await writer.WriteAsync(staff, ct);
        await writer.WriteAsync(kpis, ct);
        totals.KpiValues += await writer.WriteAsync(values, ct);
    }

    private static T Weighted<T>(Random random, IReadOnlyList<(T Value, int Weight)> mix)
    {
        var pick = random.Next(mix.Sum(m => m.Weight));
        foreach (var (value, weight) in mix)
        {
            if ((pick -= weight) < 0)
            {
                return value;
            }
        }

        return mix[^1].Value;
    }

    private sealed class Context(Random random, int municipalityId, DateOnly today, int firstYear)
    {
        private readonly byte[] bytes = new byte[16];

        public Random Random { get; } = random;

        public int MunicipalityId { get; } = municipalityId;

        public DateOnly Today { get; } = today;

        public int FirstYear { get; } = firstYear;

        /// <summary>A version-4 shaped id from the seeded stream, so a rerun with the same seed gives the same ids.</summary>
        public Guid NextGuid()
        {
            Random.NextBytes(bytes);
            bytes[7] = (byte)((bytes[7] & 0x0F) | 0x40);
            bytes[8] = (byte)((bytes[8] & 0x3F) | 0x80);
            return new Guid(bytes);
        }
    }

    private sealed class Totals
    {
        public long Clients { get; set; }

        public long Cases { get; set; }

        public long StatusChanges { get; set; }

        public long Partners { get; set; }

        public long Activities { get; set; }

        public long Companies { get; set; }

        public long Projects { get; set; }

        public long Programmes { get; set; }

        public long KpiValues { get; set; }
    }
}
