using Glocal.Core.Access;
using Glocal.Core.Tenancy;
using Glocal.Web.Tests.Infrastructure;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.DependencyInjection;

namespace Glocal.Web.Tests.Benchmark;

/// <summary>
/// A platform admin with two-factor enrolled, for the platform-wide benchmark writes (imports, index definition).
/// The demo's platform.admin stays un-enrolled on purpose (the enrolment gate is tested with it).
/// </summary>
public static class BenchmarkOperator
{
    public const string UserName = "benchmark.operator";
    private static readonly SemaphoreSlim Gate = new(1, 1);

    public static async Task<HttpClient> ClientAsync(GlocalAppFactory app)
    {
        await Gate.WaitAsync();
        try
        {
            using var scope = app.Services.CreateScope();
            scope.ServiceProvider.GetRequiredService<TenantContext>().ActAsSystem("test");
            var users = scope.ServiceProvider.GetRequiredService<UserManager<GlocalUser>>();
            if (await users.FindByNameAsync(UserName) is null)
            {
                var user = await scope.ServiceProvider.GetRequiredService<UserAccountService>().CreateAsync(
                    new CreateUserRequest(UserName, "Benchmark operator", "41270", GlocalAppFactory.Password, [RoleTemplates.PlatformAdmin]), CancellationToken.None);
                await users.ResetAuthenticatorKeyAsync(user);
                await users.SetTwoFactorEnabledAsync(user, true);
            }
        }
        finally
        {
            Gate.Release();
        }

        return await app.ApiClientAsync(UserName);
    }
}
