using Glocal.Core.Access;
using Glocal.Core.Audit;
using Glocal.Core.Benchmark;
using Glocal.Core.Benchmark.Demo;
using Glocal.Core.Benchmark.Index;
using Glocal.Core.Benchmark.Providers;
using Glocal.Core.Benchmark.Statistics;
using Glocal.Core.Data;
using Glocal.Core.Demo;
using Glocal.Core.Exchanges;
using Glocal.Core.Investments;
using Glocal.Core.Policies;
using Glocal.Core.Residents;
using Glocal.Core.Tenancy;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.DependencyInjection;

namespace Glocal.Core;

/// <summary>Every Core service, listed: the web host and the CLI share this wiring.</summary>
public static class GlocalCoreServiceCollectionExtensions
{
    public static IServiceCollection AddGlocalCore(this IServiceCollection services)
    {
        services.AddGlocalData();
        services.AddSingleton(TimeProvider.System);

        services.AddOptions<PersonalDataOptions>().BindConfiguration(PersonalDataOptions.Section).ValidateDataAnnotations().ValidateOnStart();
        services.AddSingleton<IPersonalDataCipher, AesGcmPersonalDataCipher>();

        services.AddScoped<DatabaseInitializer>();
        services.AddScoped<RegistryLoader>();
        services.AddScoped<RoleSetup>();
        services.AddScoped<DemoSeeder>();
        services.AddScoped<UserAccountService>();
        services.AddScoped<AccessTokenService>();
        services.AddScoped<AuditQueries>();
        services.AddScoped<ClientService>();
        services.AddScoped<BulkWriter>();
        services.AddScoped<Glocal.Core.Demo.National.NationalDataGenerator>();
        services.AddScoped<Glocal.Core.Residents.Bulk.CaseBulkImport>();

        services.AddOptions<ExchangeOptions>().BindConfiguration(ExchangeOptions.Section).ValidateDataAnnotations().ValidateOnStart();
        services.AddScoped<ExchangeService>();
        services.AddScoped<ExchangeQueries>();
        services.AddScoped<ExchangeImporter>();
        services.AddSingleton<Gazetteer>();
        services.AddSingleton<WorldOutline>();
        services.AddScoped<IDemoModuleSeeder, ExchangeDemoSeeder>();

        services.AddScoped<CaseService>();
        services.AddScoped<ConsentService>();
        services.AddScoped<PortalService>();
        services.AddScoped<PortalContentService>();
        services.AddScoped<IDemoModuleSeeder, ResidentsDemoSeeder>();
        services.AddOptions<Residents.Privacy.ResidentsOptions>().BindConfiguration(Residents.Privacy.ResidentsOptions.Section).ValidateDataAnnotations().ValidateOnStart();
        services.AddScoped<Residents.Interpreters.InterpreterService>();
        services.AddScoped<Residents.Classes.ClassService>();
        services.AddScoped<Residents.Figures.ResidentsFigureQueries>();
        services.AddScoped<Residents.Privacy.RetentionService>();
        services.AddScoped<Residents.Privacy.SubjectAccessService>();
        services.AddScoped<InvestmentService>();
        services.AddScoped<InvestmentQueries>();
        services.AddScoped<InvestmentImport>();
        services.AddScoped<IDemoModuleSeeder, InvestmentsDemoSeeder>();
        // Benchmark
        services.AddScoped<StatisticImportService>();
        services.AddScoped<StatisticsStore>();
        services.AddScoped<BenchmarkHeadlines>();
        services.AddScoped<IndexService>();
        services.AddScoped<IndexDefinitionStore>();
        services.AddScoped<PublicationService>();
        // Benchmark: module figures a municipality may publish into the index (ADR 0054), one provider per measure.
        services.AddScoped<IBenchmarkIndicatorProvider, ExchangePartnerAgreementsProvider>();
        services.AddScoped<IBenchmarkIndicatorProvider, ExchangeActivePartnersProvider>();
        services.AddScoped<IBenchmarkIndicatorProvider, ExchangeDormantShareProvider>();
        services.AddScoped<IBenchmarkIndicatorProvider, ExchangeSubstantiveActivitiesProvider>();
        services.AddScoped<IBenchmarkIndicatorProvider, InvestmentArrivedProvider>();
        services.AddScoped<IBenchmarkIndicatorProvider, InvestmentVerifiedProvider>();
        services.AddScoped<IBenchmarkIndicatorProvider, InvestmentVerifiedJobsProvider>();
        services.AddScoped<IBenchmarkIndicatorProvider, ResidentsConsultationsProvider>();
        services.AddScoped<IBenchmarkIndicatorProvider, PoliciesBudgetBalanceProvider>();
        services.AddSingleton<IndexResultCache>();
        services.AddScoped<IDemoModuleSeeder, BenchmarkDemoSeeder>();
        services.AddGlocalPolicies();
        return services;
    }

    /// <summary>Identity stores and account rules without the web sign-in machinery (the CLI uses this alone).</summary>
    public static IdentityBuilder AddGlocalIdentityCore(this IServiceCollection services) =>
        services.AddIdentityCore<GlocalUser>(IdentitySetup.Configure)
            .AddRoles<IdentityRole>()
            .AddEntityFrameworkStores<GlocalDbContext>()
            .AddClaimsPrincipalFactory<GlocalClaimsPrincipalFactory>()
            .AddTokenProvider<AuthenticatorTokenProvider<GlocalUser>>(TokenOptions.DefaultAuthenticatorProvider);
}
