using Glocal.Core;
using Glocal.Core.Access;
using Glocal.Core.Data;
using Glocal.Core.Demo;
using Glocal.Web.Api;
using Glocal.Web.Api.Benchmark;
using Glocal.Web.Api.Exchanges;
using Glocal.Web.Api.Investments;
using Glocal.Web.Api.Policies;
using Glocal.Web.Api.Residents;
using Glocal.Web.Infrastructure;
using Glocal.Web.Portal;
using Microsoft.AspNetCore.Identity;
using Scalar.AspNetCore;

var builder = WebApplication.CreateBuilder(args);

builder.Services.AddGlocalCore();
builder.AddRequestLimits();
builder.Services.AddGlocalIdentityCore().AddSignInManager();
builder.Services.AddGlocalAuthentication();
builder.Services.AddGlocalLocalization();
builder.Services.AddResidentsPortal();
builder.Services.AddSingleton<ResidentsRetentionSchedule>().AddHostedService(sp => sp.GetRequiredService<ResidentsRetentionSchedule>());
builder.Services.AddRazorPages(options =>
{
    options.Conventions.AllowAnonymousToPage("/Account/Login");
    options.Conventions.AllowAnonymousToPage("/Account/LoginWith2fa");
    options.Conventions.AllowAnonymousToPage("/Error");
    options.Conventions.AllowAnonymousToPage("/Status");
}).AddDataAnnotationsLocalization(options =>
    options.DataAnnotationLocalizerProvider = (_, factory) => factory.Create(typeof(Glocal.Web.SharedResource)));
builder.Services.AddProblemDetails(options => options.CustomizeProblemDetails = ProblemCodes.Customize);
builder.Services.AddExceptionHandler<GlocalExceptionHandler>();
builder.Services.AddValidation();
builder.Services.AddOpenApi();
builder.Services.AddHealthChecks().AddCheck<DatabaseHealthCheck>("database", tags: ["ready"]);

var app = builder.Build();

await app.Services.InitializeDatabaseAsync(app.Configuration, app.Logger);

app.UseExceptionHandler(new ExceptionHandlerOptions
{
    ExceptionHandlingPath = "/Error",
    StatusCodeSelector = exception => exception switch
    {
        BadHttpRequestException bad => bad.StatusCode,
        _ when DatabaseFailures.IsUnavailable(exception) => StatusCodes.Status503ServiceUnavailable,
        Microsoft.AspNetCore.Antiforgery.AntiforgeryValidationException => StatusCodes.Status400BadRequest,
        _ => StatusCodes.Status500InternalServerError,
    },
    // The framework's own log line quotes the exception message, which may echo user input; ours does not.
    SuppressDiagnosticsCallback = _ => true,
});
app.UseWhen(ctx => ApiPaths.IsApi(ctx.Request), api => api.UseStatusCodePages());
app.UseWhen(ctx => !ApiPaths.IsApi(ctx.Request), pages => pages.UseStatusCodePagesWithReExecute("/Status", "?code={0}"));
if (!app.Environment.IsDevelopment())
{
    app.UseHsts();
}

app.UseMiddleware<SecurityHeadersMiddleware>();
app.UseStaticFiles();
app.UseRequestLocalization();
app.UsePortalCulture();
app.UseRouting();
app.UseAuthentication();
app.UseMiddleware<TenantMiddleware>();
app.UseAuthorization();
app.UseAntiforgery();

app.MapHealthChecks("/health/live", new() { Predicate = _ => false }).AllowAnonymous();
app.MapHealthChecks("/health/ready", new() { Predicate = c => c.Tags.Contains("ready") }).AllowAnonymous();
app.MapOpenApi().AllowAnonymous();
app.MapScalarApiReference("/api/reference").AllowAnonymous();
app.MapCultureSwitch();

var api = app.MapGroup(ApiPaths.Prefix).RequireAuthorization();
api.MapAccountApi();
api.MapMunicipalitiesApi();
api.MapUsersApi();
api.MapAuditApi();
api.MapTokensApi();
api.MapExchangesApi();
api.MapResidentsApi();
api.MapCaseBulkImportApi();
api.MapInvestmentsApi();
api.MapBenchmarkStatisticsApi();
api.MapBenchmarkIndexApi();
api.MapBenchmarkDefinitionApi();
api.MapPoliciesApi();

app.MapRazorPages();

app.Run();

/// <summary>Entry point type, visible to the integration tests' WebApplicationFactory.</summary>
public partial class Program;
