using Glocal.Core.Demo;
using Glocal.Core.Policies.ComputedKpis;
using Microsoft.Extensions.DependencyInjection;

namespace Glocal.Core.Policies;

public static class PoliciesServiceCollectionExtensions
{
    /// <summary>
    /// The policy module, and one computed-KPI provider per module present in this build: a module that lands
    /// adds its providers here, and its figures appear in the portfolio.
    /// </summary>
    public static IServiceCollection AddGlocalPolicies(this IServiceCollection services)
    {
        services.AddOptions<PoliciesOptions>().BindConfiguration(PoliciesOptions.Section).ValidateDataAnnotations().ValidateOnStart();
        services.AddScoped<PolicyService>();
        services.AddScoped<PortfolioQueries>();
        services.AddScoped<ComputedKpiRegistry>();
        services.AddScoped<IDemoModuleSeeder, PoliciesDemoSeeder>();

        services.AddScoped<CrossPillarChains>();
        services.AddScoped<ForeignResidents>();

        // Residents: clients and consultation cases.
        Provider<ResidentsClientsRegisteredKpi>(services);
        Provider<ResidentsClientsPer1000Kpi>(services);
        Provider<ResidentsConsultationsKpi>(services);
        Provider<ResidentsConsultationsPer1000Kpi>(services);

        // Exchanges: partner cities and the activity log.
        Provider<ExchangesDormantPartnersKpi>(services);
        Provider<ExchangesSubstantiveActivitiesKpi>(services);
        Provider<ExchangesInvestmentLeadsKpi>(services);

        // Investments: MOUs, arrived money, jobs.
        Provider<InvestmentsArrivedKrwKpi>(services);
        Provider<InvestmentsMousSignedKpi>(services);
        Provider<InvestmentsJobsKpi>(services);
        return services;
    }

    /// <summary>A provider is both itself (other providers build on it) and one of the registry's providers.</summary>
    private static void Provider<T>(IServiceCollection services)
        where T : class, IComputedKpiProvider
    {
        services.AddScoped<T>();
        services.AddScoped<IComputedKpiProvider>(sp => sp.GetRequiredService<T>());
    }
}
