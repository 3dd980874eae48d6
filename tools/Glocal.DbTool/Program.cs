using System.Reflection;
using Glocal.Core.Data;
using Glocal.Core.Tenancy;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Design;
using Microsoft.EntityFrameworkCore.Design.Internal;
using Microsoft.EntityFrameworkCore.Migrations.Design;
using Microsoft.Extensions.DependencyInjection;

// Adds a migration to both migration projects, so the two engines stay in step:
//   dotnet run --project tools/Glocal.DbTool -- add <MigrationName>
// (dotnet-ef is not available from this environment's package mirror; this uses the same EF design services.)
if (args is not ["add", var name])
{
    Console.Error.WriteLine("usage: Glocal.DbTool add <MigrationName>");
    return 2;
}

var root = FindRepositoryRoot();
foreach (var provider in Enum.GetValues<DatabaseProvider>())
{
    var assemblyName = provider == DatabaseProvider.Sqlite
        ? DataServiceCollectionExtensions.SqliteMigrationsAssembly
        : DataServiceCollectionExtensions.PostgresMigrationsAssembly;
    var options = new DbContextOptionsBuilder<GlocalDbContext>();
    DataServiceCollectionExtensions.Configure(options, new DatabaseOptions
    {
        Provider = provider,
        ConnectionString = provider == DatabaseProvider.Sqlite ? "Data Source=:memory:" : "Host=localhost;Database=design",
    });
    using var context = new GlocalDbContext(options.Options, new TenantContext());
    var assembly = Assembly.Load(assemblyName);
    var reporter = new OperationReporter(null);
    var services = new DesignTimeServicesBuilder(assembly, assembly, reporter, []).Build(context);
    var scaffolder = services.GetRequiredService<IMigrationsScaffolder>();
    var migration = scaffolder.ScaffoldMigration(name, assemblyName, "Migrations", "C#");
    var files = scaffolder.Save(Path.Combine(root, "src", assemblyName), migration, Path.Combine(root, "src", assemblyName, "Migrations"));
    Console.WriteLine($"{provider}: {files.MigrationFile}");
}

return 0;

static string FindRepositoryRoot()
{
    var directory = new DirectoryInfo(AppContext.BaseDirectory);
    while (directory is not null && !File.Exists(Path.Combine(directory.FullName, "Glocal.slnx")))
    {
        directory = directory.Parent;
    }

    return directory?.FullName ?? throw new InvalidOperationException("Run from inside the repository.");
}
