using Glocal.Core.Audit;
using Glocal.Core.Tenancy;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace Glocal.Core.Data;

public static class DataServiceCollectionExtensions
{
    public const string SqliteMigrationsAssembly = "Glocal.Migrations.Sqlite";
    public const string PostgresMigrationsAssembly = "Glocal.Migrations.Postgres";

    /// <summary>The DbContext on the configured engine, with tenancy and the audit interceptor.</summary>
    public static IServiceCollection AddGlocalData(this IServiceCollection services)
    {
        services.AddOptions<DatabaseOptions>().BindConfiguration(DatabaseOptions.Section).ValidateDataAnnotations().ValidateOnStart();
        services.AddScoped<TenantContext>();
        services.AddSingleton<DataGeneration>();
        services.AddSingleton<HeadlineCache>();
        services.AddScoped<AuditInterceptor>();
        services.AddScoped<PersonalDataAccessLog>();
        services.AddDbContext<GlocalDbContext>((provider, options) =>
        {
            var database = provider.GetRequiredService<IOptions<DatabaseOptions>>().Value;
            Configure(options, database);
            options.AddInterceptors(provider.GetRequiredService<AuditInterceptor>());
        });
        return services;
    }

    /// <remarks>
    /// A list in a query (<c>ids.Contains(x)</c>) goes to the database as one parameter (a JSON array on SQLite, an
    /// array on PostgreSQL), not EF 10's default of one parameter per element: with a thousand ids that default
    /// rebuilt and re-prepared the SQL on every request and made a city's project list take most of a second.
    /// </remarks>
    public static void Configure(DbContextOptionsBuilder options, DatabaseOptions database)
    {
        _ = database.Provider switch
        {
            DatabaseProvider.Sqlite => options.UseSqlite(database.ConnectionString, o => o.MigrationsAssembly(SqliteMigrationsAssembly)
                    .UseParameterizedCollectionMode(ParameterTranslationMode.Parameter))
                .AddInterceptors(SqliteDurabilityInterceptor.For(database.SqliteDurability)),
            DatabaseProvider.Postgres => options.UseNpgsql(DatabaseFailures.WithPromptConnectTimeout(database.ConnectionString), o => o.MigrationsAssembly(PostgresMigrationsAssembly)
                .UseParameterizedCollectionMode(ParameterTranslationMode.Parameter)),
        };
    }
}
