using Glocal.Core.Data;
using Glocal.Core.Tenancy;
using Microsoft.EntityFrameworkCore;

namespace Glocal.Core.Tests.Data;

public class MigrationsTests
{
    [Theory]
    [InlineData(DatabaseProvider.Sqlite)]
    [InlineData(DatabaseProvider.Postgres)]
    public void MigrationSet_ForEachEngine_CoversTheModel(DatabaseProvider provider)
    {
        var options = new DbContextOptionsBuilder<GlocalDbContext>();
        DataServiceCollectionExtensions.Configure(options, new DatabaseOptions
        {
            Provider = provider,
            ConnectionString = provider == DatabaseProvider.Sqlite ? "Data Source=:memory:" : "Host=127.0.0.1;Database=unused",
        });
        using var db = new GlocalDbContext(options.Options, new TenantContext());
        db.Database.HasPendingModelChanges().ShouldBeFalse($"the {provider} migrations lack model changes: add a migration with tools/Glocal.DbTool");
        db.Database.GetMigrations().ShouldNotBeEmpty();
    }

    [Fact]
    public void MigrationSets_HaveTheSameMigrationNames()
    {
        static IEnumerable<string> Names(DatabaseProvider provider)
        {
            var options = new DbContextOptionsBuilder<GlocalDbContext>();
            DataServiceCollectionExtensions.Configure(options, new DatabaseOptions
            {
                Provider = provider,
                ConnectionString = provider == DatabaseProvider.Sqlite ? "Data Source=:memory:" : "Host=127.0.0.1;Database=unused",
            });
            using var db = new GlocalDbContext(options.Options, new TenantContext());
            return db.Database.GetMigrations().Select(m => m[15..]).ToList();
        }

        Names(DatabaseProvider.Sqlite).ShouldBe(Names(DatabaseProvider.Postgres));
    }

    [Fact]
    public void TenantOwnedEntities_AllHaveTheTenantFilter()
    {
        var options = new DbContextOptionsBuilder<GlocalDbContext>();
        DataServiceCollectionExtensions.Configure(options, new DatabaseOptions { ConnectionString = "Data Source=:memory:" });
        using var db = new GlocalDbContext(options.Options, new TenantContext());
        var owned = db.Model.GetEntityTypes().Where(e => typeof(ITenantOwned).IsAssignableFrom(e.ClrType)).ToList();
        owned.ShouldNotBeEmpty();
        foreach (var entity in owned)
        {
            entity.FindDeclaredQueryFilter(GlocalDbContext.TenantFilter).ShouldNotBeNull(entity.ClrType.Name);
        }
    }
}
