using Glocal.Core.Data;
using Glocal.Core.Tenancy;
using Microsoft.EntityFrameworkCore;

namespace Glocal.Core.Tests.Data;

public class SqliteDurabilityTests
{
    [Theory]
    [InlineData(SqliteCommitDurability.Normal, 1)]
    [InlineData(SqliteCommitDurability.Full, 2)]
    public async Task EveryOpenedConnection_CarriesTheConfiguredSynchronousPragma(SqliteCommitDurability durability, long expected)
    {
        var file = Path.Combine(Path.GetTempPath(), $"glocal-durability-{Guid.NewGuid():N}.db");
        try
        {
            var options = new DbContextOptionsBuilder<GlocalDbContext>();
            DataServiceCollectionExtensions.Configure(options, new DatabaseOptions { ConnectionString = $"Data Source={file}", SqliteDurability = durability });
            await using var db = new GlocalDbContext(options.Options, new TenantContext());

            // Twice: the second open takes the pooled connection, which must still say the same.
            for (var open = 0; open < 2; open++)
            {
                var value = await db.Database.SqlQueryRaw<long>("SELECT synchronous AS \"Value\" FROM pragma_synchronous").SingleAsync(TestContext.Current.CancellationToken);
                value.ShouldBe(expected);
            }
        }
        finally
        {
            Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
            File.Delete(file);
        }
    }
}
