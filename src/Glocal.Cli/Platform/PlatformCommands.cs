using System.CommandLine;
using Glocal.Core.Access;
using Glocal.Core.Data;
using Glocal.Core.Demo;
using Glocal.Core.Shared;
using Microsoft.Extensions.DependencyInjection;

namespace Glocal.Cli.Platform;

/// <summary>migrate, seed-demo, users …, tokens …: the platform's administration from a shell.</summary>
public static class PlatformCommands
{
    public static IEnumerable<Command> Create()
    {
        foreach (var command in new[] { Migrate(), SeedDemo(), Users(), Tokens() })
        {
            // The database options belong to the commands that use a database (and their subcommands).
            command.Options.Add(GlobalOptions.Provider);
            command.Options.Add(GlobalOptions.Connection);
            yield return command;
        }
    }

    private static Command Migrate()
    {
        var command = new Command("migrate", "Apply database migrations and load the municipality registry and roles");
        command.SetAction((result, ct) => RunAsync(result, async services =>
        {
            await services.GetRequiredService<DatabaseInitializer>().MigrateAsync(ct);
            var added = await services.GetRequiredService<Glocal.Core.Tenancy.RegistryLoader>().LoadIfEmptyAsync(ct);
            await services.GetRequiredService<RoleSetup>().EnsureRolesAsync();
            Out(result).WriteLine(added > 0 ? $"Migrated; registry loaded with {added} municipalities." : "Migrated; registry already loaded.");
        }));
        return command;
    }

    private static Command SeedDemo()
    {
        var command = new Command("seed-demo", "Load demo data for Ansan and its peers into an empty database");
        command.SetAction((result, ct) => RunAsync(result, async services =>
        {
            await services.GetRequiredService<DatabaseInitializer>().MigrateAsync(ct);
            var seeded = await services.GetRequiredService<DemoSeeder>().SeedIfEmptyAsync(ct);
            Out(result).WriteLine(seeded
                ? $"Demo loaded. Sign in as any of: {string.Join(", ", DemoSeeder.Accounts.Select(a => a.UserName))} (password {DemoSeeder.DemoPassword})."
                : "The database already has accounts; nothing was changed.");
        }));
        return command;
    }

    private static Command Users()
    {
        var userName = new Option<string>("--user") { Description = "User name", Required = true };
        var displayName = new Option<string?>("--display-name") { Description = "Display name (default: the user name)" };
        var municipality = new Option<string>("--municipality") { Description = "5-digit municipality code, e.g. 41270", Required = true };
        var password = new Option<string?>("--password") { Description = "Password (default: read from standard input)" };
        var roles = new Option<string[]>("--role") { Description = $"Role(s): {string.Join(", ", RoleTemplates.All)}", AllowMultipleArgumentsPerToken = true };
        var role = new Option<string>("--role") { Description = "Role", Required = true };

        var create = new Command("create", "Create a staff account") { userName, displayName, municipality, password, roles };
        create.SetAction((result, ct) => RunAsync(result, async services =>
        {
            var user = await services.GetRequiredService<UserAccountService>().CreateAsync(new CreateUserRequest(
                result.GetRequiredValue(userName), result.GetValue(displayName) ?? result.GetRequiredValue(userName),
                result.GetRequiredValue(municipality), PasswordFrom(result.GetValue(password)), result.GetValue(roles) ?? []), ct);
            Out(result).WriteLine($"Created {user.UserName} ({user.Id}).");
        }));

        var reset = new Command("reset-password", "Set a new password and lift a lockout") { userName, password };
        reset.SetAction((result, ct) => RunAsync(result, async services =>
        {
            await services.GetRequiredService<UserAccountService>().ResetPasswordAsync(result.GetRequiredValue(userName), PasswordFrom(result.GetValue(password)), ct);
            Out(result).WriteLine("Password reset.");
        }));

        var grant = new Command("grant", "Grant a role (recorded)") { userName, role };
        grant.SetAction((result, ct) => RunAsync(result, async services =>
        {
            await services.GetRequiredService<UserAccountService>().GrantAsync(result.GetRequiredValue(userName), result.GetRequiredValue(role), ct);
            Out(result).WriteLine("Granted.");
        }));

        var revoke = new Command("revoke", "Revoke a role (recorded)") { userName, role };
        revoke.SetAction((result, ct) => RunAsync(result, async services =>
        {
            await services.GetRequiredService<UserAccountService>().RevokeAsync(result.GetRequiredValue(userName), result.GetRequiredValue(role), ct);
            Out(result).WriteLine("Revoked.");
        }));

        return new Command("users", "Staff accounts and roles") { create, reset, grant, revoke };
    }

    private static Command Tokens()
    {
        var userName = new Option<string>("--user") { Description = "Owner's user name", Required = true };
        var name = new Option<string>("--name") { Description = "What the token is for", Required = true };
        var scopes = new Option<string[]>("--scope") { Description = "Permission(s), e.g. benchmark.read", Required = true, AllowMultipleArgumentsPerToken = true };
        var days = new Option<int>("--days") { Description = "Days until it expires (1–365)", DefaultValueFactory = _ => AccessTokenService.DefaultLifetimeDays };
        var id = new Option<Guid>("--id") { Description = "Token id", Required = true };

        var create = new Command("create", "Create a personal access token; the secret is printed once") { userName, name, scopes, days };
        create.SetAction((result, ct) => RunAsync(result, async services =>
        {
            var users = services.GetRequiredService<Microsoft.AspNetCore.Identity.UserManager<GlocalUser>>();
            var owner = await users.FindByNameAsync(result.GetRequiredValue(userName))
                ?? throw new NotFoundException("User", result.GetRequiredValue(userName));
            var token = await services.GetRequiredService<AccessTokenService>().CreateAsync(owner,
                new CreateTokenRequest(result.GetRequiredValue(name), result.GetRequiredValue(scopes), result.GetValue(days)), ct);
            Out(result).WriteLine($"Token {token.Id} expires {token.ExpiresAt:yyyy-MM-dd}. Secret (shown once):");
            Out(result).WriteLine(token.Secret);
        }));

        var revoke = new Command("revoke", "Revoke a token") { id };
        revoke.SetAction((result, ct) => RunAsync(result, async services =>
        {
            await services.GetRequiredService<AccessTokenService>().RevokeAnyAsync(result.GetRequiredValue(id), ct);
            Out(result).WriteLine("Revoked.");
        }));

        return new Command("tokens", "Personal access tokens") { create, revoke };
    }

    internal static TextWriter Out(ParseResult result) => result.InvocationConfiguration.Output;

    private static TextWriter Error(ParseResult result) => result.InvocationConfiguration.Error;

    private static string PasswordFrom(string? option) =>
        option ?? Console.In.ReadLine()?.Trim() ?? throw new BusinessRuleException("password_required", "Give --password or the password on standard input.", 400);

    internal static async Task<int> RunAsync(ParseResult result, Func<IServiceProvider, Task> action)
    {
        try
        {
            await using var session = CliHost.Start(result.GetValue(GlobalOptions.Provider), result.GetValue(GlobalOptions.Connection));
            await action(session.Services);
            return 0;
        }
        catch (BusinessRuleException e)
        {
            await Error(result).WriteLineAsync($"error [{e.Code}]: {e.Message}");
            return 1;
        }
        catch (Glocal.Core.Shared.Tabular.ImportRejectedException e)
        {
            await Error(result).WriteLineAsync($"error [import_rejected]: {e.Message}");
            foreach (var issue in e.Report.Issues)
            {
                await Error(result).WriteLineAsync($"  row {issue.Row}{(issue.Column is null ? "" : $", {issue.Column}")}: [{issue.Code}] {issue.Message}");
            }

            return 1;
        }
        catch (NotFoundException e)
        {
            await Error(result).WriteLineAsync($"error [not_found]: {e.Message}");
            return 1;
        }
        catch (Microsoft.Extensions.Options.OptionsValidationException e)
        {
            await Error(result).WriteLineAsync($"error [configuration]: {e.Message}");
            return 2;
        }
    }
}
