using System.Linq.Expressions;
using Glocal.Core.Access;
using Glocal.Core.Audit;
using Glocal.Core.Benchmark.Index;
using Glocal.Core.Benchmark.Statistics;
using Glocal.Core.Exchanges;
using Glocal.Core.Investments;
using Glocal.Core.Policies;
using Glocal.Core.Residents;
using Glocal.Core.Tenancy;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Identity.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore;

namespace Glocal.Core.Data;

/// <summary>
/// The unit of work for the whole platform, Identity included. Every <see cref="ITenantOwned"/> entity gets
/// a query filter on the current municipality here, so isolation holds by construction.
/// </summary>
public sealed class GlocalDbContext(DbContextOptions<GlocalDbContext> options, TenantContext tenant)
    : IdentityDbContext<GlocalUser, IdentityRole, string>(options)
{
    public const string TenantFilter = "Tenant";

    public DbSet<Municipality> Municipalities => Set<Municipality>();

    public DbSet<AuditEvent> AuditEvents => Set<AuditEvent>();

    public DbSet<PersonalDataAccess> PersonalDataAccesses => Set<PersonalDataAccess>();

    public DbSet<RoleGrantEvent> RoleGrantEvents => Set<RoleGrantEvent>();

    public DbSet<PersonalAccessToken> PersonalAccessTokens => Set<PersonalAccessToken>();

    public DbSet<Client> Clients => Set<Client>();

    // Benchmark: public statistics (platform-wide reference data), the index definition and its builds.
    public DbSet<StatisticSeries> StatisticSeries => Set<StatisticSeries>();

    public DbSet<StatisticObservation> StatisticObservations => Set<StatisticObservation>();

    public DbSet<StatisticImport> StatisticImports => Set<StatisticImport>();

    public DbSet<IndicatorPublication> IndicatorPublications => Set<IndicatorPublication>();

    public DbSet<IndexDefinitionVersion> IndexDefinitionVersions => Set<IndexDefinitionVersion>();

    // Exchanges: partner cities, agreements, programmes, delegations and the activity log.
    public DbSet<PartnerCity> PartnerCities => Set<PartnerCity>();

    public DbSet<Agreement> Agreements => Set<Agreement>();

    public DbSet<ExchangeProgramme> ExchangeProgrammes => Set<ExchangeProgramme>();

    public DbSet<Delegation> Delegations => Set<Delegation>();

    public DbSet<DelegationFollowUp> DelegationFollowUps => Set<DelegationFollowUp>();

    public DbSet<ExchangeActivity> ExchangeActivities => Set<ExchangeActivity>();

    // Residents: consultation cases and their work, consent, the portal, interpreters, Korean classes.
    public DbSet<ConsultationCase> ConsultationCases => Set<ConsultationCase>();

    public DbSet<CaseStatusChange> CaseStatusChanges => Set<CaseStatusChange>();

    public DbSet<CaseNote> CaseNotes => Set<CaseNote>();

    public DbSet<Referral> Referrals => Set<Referral>();

    public DbSet<CaseOutcome> CaseOutcomes => Set<CaseOutcome>();

    public DbSet<FollowUp> FollowUps => Set<FollowUp>();

    public DbSet<ConsentRecord> ConsentRecords => Set<ConsentRecord>();

    public DbSet<ResidentService> ResidentServices => Set<ResidentService>();

    public DbSet<Notice> Notices => Set<Notice>();

    public DbSet<NoticeTranslation> NoticeTranslations => Set<NoticeTranslation>();

    // Residents: interpreters and their assignments, Korean classes (KIIP).
    public DbSet<Glocal.Core.Residents.Interpreters.Interpreter> Interpreters => Set<Glocal.Core.Residents.Interpreters.Interpreter>();

    public DbSet<Glocal.Core.Residents.Interpreters.InterpreterAssignment> InterpreterAssignments => Set<Glocal.Core.Residents.Interpreters.InterpreterAssignment>();

    public DbSet<Glocal.Core.Residents.Classes.KoreanCourse> KoreanCourses => Set<Glocal.Core.Residents.Classes.KoreanCourse>();

    public DbSet<Glocal.Core.Residents.Classes.CourseSession> CourseSessions => Set<Glocal.Core.Residents.Classes.CourseSession>();

    public DbSet<Glocal.Core.Residents.Classes.Enrolment> Enrolments => Set<Glocal.Core.Residents.Classes.Enrolment>();

    public DbSet<Glocal.Core.Residents.Classes.Attendance> Attendances => Set<Glocal.Core.Residents.Classes.Attendance>();

    // Investments: investors, projects and what was pledged, arrived and verified.
    public DbSet<Company> Companies => Set<Company>();

    public DbSet<InvestmentProject> InvestmentProjects => Set<InvestmentProject>();

    public DbSet<StageChange> StageChanges => Set<StageChange>();

    public DbSet<InvestmentMou> InvestmentMous => Set<InvestmentMou>();

    public DbSet<InvestmentTranche> InvestmentTranches => Set<InvestmentTranche>();

    public DbSet<Incentive> Incentives => Set<Incentive>();

    public DbSet<JobsReport> JobsReports => Set<JobsReport>();

    public DbSet<Grievance> Grievances => Set<Grievance>();
    // Policies: the policy portfolio (policies, programmes, budgets, staff, partners, KPIs).
    public DbSet<Policy> Policies => Set<Policy>();

    public DbSet<Programme> Programmes => Set<Programme>();

    public DbSet<Glocal.Core.Policies.BudgetLine> BudgetLines => Set<Glocal.Core.Policies.BudgetLine>();

    public DbSet<StaffAllocation> StaffAllocations => Set<StaffAllocation>();

    public DbSet<ProgrammePartner> ProgrammePartners => Set<ProgrammePartner>();

    public DbSet<Kpi> Kpis => Set<Kpi>();

    public DbSet<KpiValue> KpiValues => Set<KpiValue>();

    public DbSet<ProgrammeLink> ProgrammeLinks => Set<ProgrammeLink>();

    /// <summary>Read by the query filters at execution time; -1 (no municipality) matches nothing.</summary>
    public int CurrentMunicipalityId => tenant.MunicipalityId ?? -1;

    protected override void OnModelCreating(ModelBuilder builder)
    {
        base.OnModelCreating(builder);
        // Every module keeps its IEntityTypeConfiguration classes beside its entities; they are all found here.
        builder.ApplyConfigurationsFromAssembly(typeof(GlocalDbContext).Assembly);

        foreach (var entity in builder.Model.GetEntityTypes().Where(e => typeof(ITenantOwned).IsAssignableFrom(e.ClrType)))
        {
            builder.Entity(entity.ClrType).HasQueryFilter(TenantFilter, TenantFilterFor(entity.ClrType));
            builder.Entity(entity.ClrType).HasOne(typeof(Municipality)).WithMany().HasForeignKey(nameof(ITenantOwned.MunicipalityId))
                .OnDelete(DeleteBehavior.Restrict);
            // Optimistic concurrency on both engines (SQLite has no rowversion): the audit interceptor bumps it.
            builder.Entity(entity.ClrType).Property<long>(RowVersions.Property).IsConcurrencyToken();
        }
    }

    private LambdaExpression TenantFilterFor(Type entityType)
    {
        // e => e.MunicipalityId == this.CurrentMunicipalityId (EF parameterises the context property per query).
        var entity = Expression.Parameter(entityType, "e");
        var owner = Expression.Property(entity, nameof(ITenantOwned.MunicipalityId));
        var current = Expression.Property(Expression.Constant(this), nameof(CurrentMunicipalityId));
        return Expression.Lambda(Expression.Equal(owner, current), entity);
    }
}
