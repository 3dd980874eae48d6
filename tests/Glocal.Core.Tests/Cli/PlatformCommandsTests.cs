using System.CommandLine;
using Glocal.Cli;
using Glocal.Core.Access;
using Glocal.Core.Data;
using Glocal.Core.Tenancy;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;

namespace Glocal.Core.Tests.Cli;

/// <summary>The glocal CLI against a real SQLite file: exit codes, messages and what lands in the database.</summary>
public sealed class PlatformCommandsTests : IDisposable
{
    private readonly string directory = Directory.CreateTempSubdirectory("glocal-cli-").FullName;

    private string Connection => $"Data Source={Path.Combine(directory, "cli.db")}";

    private async Task<(int Exit, string Output, string Error)> RunAsync(params string[] args)
    {
        var output = new StringWriter();
        var error = new StringWriter();
        var exit = await GlocalCli.CreateRoot().Parse([.. args, "--connection", Connection])
            .InvokeAsync(new InvocationConfiguration { Output = output, Error = error }, TestContext.Current.CancellationToken);
        return (exit, output.ToString(), error.ToString());
    }

    private GlocalDbContext Database()
    {
        var options = new DbContextOptionsBuilder<GlocalDbContext>();
        DataServiceCollectionExtensions.Configure(options, new DatabaseOptions { ConnectionString = Connection });
        var tenant = new TenantContext();
        tenant.ActAsSystem("test");
        return new GlocalDbContext(options.Options, tenant);
    }

    [Fact]
    public async Task Migrate_OnEmptyDatabase_LoadsRegistryOnce()
    {
        (await RunAsync("migrate")).Output.ShouldContain("registry loaded with 314 municipalities");
        (await RunAsync("migrate")).Output.ShouldContain("registry already loaded");
        await using var db = Database();
        (await db.Municipalities.CountAsync(TestContext.Current.CancellationToken)).ShouldBe(314);
        (await db.Roles.CountAsync(TestContext.Current.CancellationToken)).ShouldBe(RoleTemplates.All.Count);
    }

    [Fact]
    public async Task Users_CreateGrantRevoke_AreRecorded()
    {
        await RunAsync("migrate");
        (await RunAsync("users", "create", "--user", "hs.officer", "--municipality", "41590", "--password", "hwaseong-2026", "--role", "exchange_officer")).Exit.ShouldBe(0);
        (await RunAsync("users", "grant", "--user", "hs.officer", "--role", "viewer")).Output.ShouldContain("Granted");
        (await RunAsync("users", "revoke", "--user", "hs.officer", "--role", "exchange_officer")).Output.ShouldContain("Revoked");

        await using var db = Database();
        var events = await db.RoleGrantEvents.OrderBy(e => e.Id).Select(e => new { e.Role, e.Granted, e.ByUserName }).ToListAsync(TestContext.Current.CancellationToken);
        events.Select(e => (e.Role, e.Granted)).ShouldBe([("exchange_officer", true), ("viewer", true), ("exchange_officer", false)]);
        events.ShouldAllBe(e => e.ByUserName.StartsWith("cli:"));
        (await db.AuditEvents.CountAsync(e => e.EntityType == "GlocalUser" && e.Action == Glocal.Core.Audit.AuditAction.Create, TestContext.Current.CancellationToken)).ShouldBe(1);
    }

    [Fact]
    public async Task Users_BadInput_ExitsNonZeroWithCodeAndLeavesNothing()
    {
        await RunAsync("migrate");
        var shortPassword = await RunAsync("users", "create", "--user", "x.short", "--municipality", "41270", "--password", "short", "--role", "viewer");
        shortPassword.Exit.ShouldBe(1);
        shortPassword.Error.ShouldContain("account_password_too_short");
        var badRole = await RunAsync("users", "create", "--user", "x.role", "--municipality", "41270", "--password", "long-enough-1", "--role", "mayor");
        badRole.Error.ShouldContain("role_unknown");
        var badCode = await RunAsync("users", "create", "--user", "x.code", "--municipality", "99999", "--password", "long-enough-1", "--role", "viewer");
        badCode.Error.ShouldContain("municipality_unknown");

        await using var db = Database();
        (await db.Users.CountAsync(TestContext.Current.CancellationToken)).ShouldBe(0);
    }

    [Fact]
    public async Task ResetPassword_LiftsLockoutAndChecksLength()
    {
        await RunAsync("migrate");
        await RunAsync("users", "create", "--user", "x.reset", "--municipality", "41270", "--password", "first-pass-1", "--role", "viewer");
        (await RunAsync("users", "reset-password", "--user", "x.reset", "--password", "tiny")).Exit.ShouldBe(1);
        (await RunAsync("users", "reset-password", "--user", "x.reset", "--password", "second-pass-2")).Exit.ShouldBe(0);
        (await RunAsync("users", "reset-password", "--user", "nobody", "--password", "second-pass-2")).Error.ShouldContain("not_found");
    }

    [Fact]
    public async Task Tokens_CreatePrintsSecretOnceAndRevokeWorks()
    {
        await RunAsync("migrate");
        await RunAsync("users", "create", "--user", "x.script", "--municipality", "41270", "--password", "script-pass-1", "--role", "viewer");
        var created = await RunAsync("tokens", "create", "--user", "x.script", "--name", "export", "--scope", "benchmark.read", "--days", "7");
        created.Exit.ShouldBe(0);
        var secret = created.Output.Split('\n', StringSplitOptions.RemoveEmptyEntries)[^1].Trim();
        secret.ShouldStartWith("glc_");

        await using var db = Database();
        var token = await db.PersonalAccessTokens.IgnoreQueryFilters().SingleAsync(TestContext.Current.CancellationToken);
        token.SecretHash.ShouldNotBe(secret);
        token.SecretHash.ShouldBe(Glocal.Core.Access.AccessTokenService.Hash(secret));
        (await RunAsync("tokens", "create", "--user", "x.script", "--name", "admin", "--scope", "users.read")).Error.ShouldContain("token_scope_not_held");
        (await RunAsync("tokens", "revoke", "--id", token.Id.ToString())).Exit.ShouldBe(0);
        await db.Entry(token).ReloadAsync(TestContext.Current.CancellationToken);
        token.RevokedAt.ShouldNotBeNull();
    }

    public void Dispose()
    {
        SqliteConnection.ClearAllPools();
        Directory.Delete(directory, recursive: true);
    }
}
