using System.Net;
using System.Text;
using System.Text.Json;
using Glocal.Web.Tests.Infrastructure;

namespace Glocal.Web.Tests.Platform;

[Collection(AppCollection.Name)]
public class ApiBehaviourTests(GlocalAppFactory app)
{
    [Fact]
    public async Task Validation_BadRequestBody_Gives400WithFieldErrors()
    {
        var counsellor = await app.ApiClientAsync("ansan.counsellor");
        var problem = await (await counsellor.PostJsonAsync("/api/v1/residents/clients", new { name = "", nationality = "Vietnam", languages = "vi" }))
            .ShouldBeProblemAsync(HttpStatusCode.BadRequest, "validation_failed");
        var errors = problem.GetProperty("errors");
        errors.EnumerateObject().Select(e => e.Name).ShouldContain(n => n.Equals("Nationality", StringComparison.OrdinalIgnoreCase));
    }

    [Fact]
    public async Task MalformedJson_Gives400Problem()
    {
        var counsellor = await app.ApiClientAsync("ansan.counsellor");
        var response = await counsellor.PostAsync("/api/v1/residents/clients", new StringContent("{not json", Encoding.UTF8, "application/json"));
        await response.ShouldBeProblemAsync(HttpStatusCode.BadRequest, "bad_request");
    }

    [Fact]
    public async Task UnknownRoute_Gives404Problem() =>
        await (await (await app.ApiClientAsync("ansan.viewer")).GetAsync("/api/v1/no-such-thing")).ShouldBeProblemAsync(HttpStatusCode.NotFound, "not_found");

    [Fact]
    public async Task Anonymous_Gives401Problem() =>
        await (await app.AnonymousClient().GetAsync("/api/v1/me")).ShouldBeProblemAsync(HttpStatusCode.Unauthorized, "unauthenticated");

    [Fact]
    public async Task BusinessRule_DuplicateRegistration_Gives409WithStableCode()
    {
        var counsellor = await app.ApiClientAsync("ansan.counsellor");
        var request = new { name = "Duplicate Probe", nationality = "UZ", languages = "uz", registrationNumber = "850505-5123456" };
        (await counsellor.PostJsonAsync("/api/v1/residents/clients", request)).StatusCode.ShouldBe(HttpStatusCode.Created);
        await (await counsellor.PostJsonAsync("/api/v1/residents/clients", request)).ShouldBeProblemAsync(HttpStatusCode.Conflict, "client_duplicate");
    }

    [Fact]
    public async Task Me_ShowsMunicipalityRolesAndPermissions()
    {
        var me = await (await (await app.ApiClientAsync("ansan.planner")).GetAsync("/api/v1/me")).ShouldBeOkAsync<JsonElement>();
        me.GetProperty("municipalityCode").GetString().ShouldBe("41270");
        me.GetProperty("roles").EnumerateArray().Select(r => r.GetString()).ShouldBe(["policy_planner"]);
        me.GetProperty("permissions").EnumerateArray().Select(r => r.GetString()).ShouldContain("policies.approve");
    }

    [Fact]
    public async Task Municipalities_SearchAndPaging_Work()
    {
        var viewer = await app.ApiClientAsync("ansan.viewer");
        var page = await (await viewer.GetAsync("/api/v1/municipalities?search=ansan&pageSize=5")).ShouldBeOkAsync<JsonElement>();
        page.GetProperty("items").EnumerateArray().Select(m => m.GetProperty("code").GetString()).ShouldContain("41270");
        var all = await (await viewer.GetAsync("/api/v1/municipalities?kind=LocalGovernment&pageSize=200&page=2")).ShouldBeOkAsync<JsonElement>();
        all.GetProperty("total").GetInt32().ShouldBe(226);
        all.GetProperty("items").GetArrayLength().ShouldBe(26);
        await (await viewer.GetAsync("/api/v1/municipalities?pageSize=5000")).ShouldBeProblemAsync(HttpStatusCode.BadRequest, "validation_failed");
    }

    [Fact]
    public async Task Health_LiveAndReady_AreUp()
    {
        var anonymous = app.AnonymousClient();
        (await anonymous.GetAsync("/health/live")).StatusCode.ShouldBe(HttpStatusCode.OK);
        (await anonymous.GetStringAsync("/health/ready")).ShouldBe("Healthy");
    }

    [Fact]
    public async Task OpenApi_DescribesTheApiWithSummaries()
    {
        var document = JsonDocument.Parse(await app.AnonymousClient().GetStringAsync("/openapi/v1.json")).RootElement;
        var paths = document.GetProperty("paths");
        paths.TryGetProperty("/api/v1/residents/clients/{id}", out var client).ShouldBeTrue();
        client.GetProperty("get").GetProperty("summary").GetString().ShouldNotBeNullOrWhiteSpace();
        paths.EnumerateObject().Count().ShouldBeGreaterThan(10);
    }

    [Theory]
    [InlineData("/Account/Login")]
    [InlineData("/api/v1/me")]
    [InlineData("/css/site.css")]
    public async Task Responses_CarrySecurityHeaders(string path)
    {
        var response = await app.AnonymousClient().GetAsync(path);
        response.Headers.GetValues("X-Content-Type-Options").ShouldBe(["nosniff"]);
        response.Headers.GetValues("X-Frame-Options").ShouldBe(["DENY"]);
        response.Headers.GetValues("Content-Security-Policy").Single().ShouldContain("frame-ancestors 'none'");
    }

    [Fact]
    public async Task ApiReference_PageIsServed()
    {
        var response = await app.AnonymousClient().GetAsync("/api/reference/");
        response.StatusCode.ShouldBe(HttpStatusCode.OK);
        (await response.Content.ReadAsStringAsync()).ShouldContain("openapi/v1.json");
    }
}
