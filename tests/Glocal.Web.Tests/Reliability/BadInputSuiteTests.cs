using System.Net;
using System.Text.Json;
using Glocal.Core.Data;
using Glocal.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Glocal.Web.Tests.Reliability;

/// <summary>
/// The bad-input suite across modules: overlong fields and invalid codes get a coded 400 and store nothing; script
/// in names and notices is shown as text, never run; formula-like names are neutralised in exports. Files (encodings,
/// zip bombs, oversized uploads, malformed CSV) are covered by BadFileTests, OversizedUploadTests and the fuzzer.
/// </summary>
[Collection(AppCollection.Name)]
public class BadInputSuiteTests(GlocalAppFactory app)
{
    private const string Script = "<script>alert('glocal')</script>";

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    public static TheoryData<string, string, string, string> Refused()
    {
        var marker = "BadInputMarker";
        var longName = marker + new string('가', 200);
        return new()
        {
            { "siheung.exchange", "/api/v1/exchanges/partners", Json(new { nameKo = longName, nameEn = marker, countryCode = "CN" }), "nameKo" },
            { "siheung.exchange", "/api/v1/exchanges/partners", Json(new { nameKo = marker, nameEn = marker, countryCode = "China" }), "countryCode" },
            { "siheung.exchange", "/api/v1/exchanges/partners", Json(new { nameKo = marker, nameEn = marker, countryCode = "CN", latitude = 91.5 }), "latitude" },
            { "siheung.investment", "/api/v1/investments/companies", Json(new { nameKo = marker, nameEn = marker, countryCode = "jp" }), "countryCode" },
            { "siheung.investment", "/api/v1/investments/companies", Json(new { nameKo = marker, nameEn = marker, countryCode = "JP", ksicCode = "C2612Z" }), "ksicCode" },
            { "siheung.counsellor", "/api/v1/residents/clients", Json(new { name = longName, nationality = "VN", languages = "vi" }), "name" },
            { "siheung.counsellor", "/api/v1/residents/clients", Json(new { name = marker, nationality = "VNM", languages = "vi" }), "nationality" },
            { "siheung.counsellor", "/api/v1/residents/clients", Json(new { name = marker, nationality = "VN", languages = "Vietnamese" }), "languages" },
            { "siheung.counsellor", "/api/v1/residents/clients", Json(new { name = marker, nationality = "VN", languages = "vi", stayStatus = "E9; DROP TABLE" }), "stayStatus" },
            { "siheung.counsellor", "/api/v1/residents/notices", Json(new { title = marker, body = new string('x', 8001) }), "body" },
            { "siheung.planner", "/api/v1/policies", Json(new { title = longName, startYear = 2026 }), "title" },
            { "siheung.planner", "/api/v1/policies", Json(new { title = marker, startYear = 1066 }), "startYear" },
        };
    }

    private static string Json(object body) => JsonSerializer.Serialize(body, JsonSerializerOptions.Web);

    [Theory]
    [MemberData(nameof(Refused))]
    public async Task OverlongOrInvalid_IsRefusedWithACode_AndNothingIsStored(string user, string path, string body, string field)
    {
        var client = await app.ApiClientAsync(user);
        using var content = new StringContent(body, System.Text.Encoding.UTF8, "application/json");
        var problem = await (await client.PostAsync(path, content, Ct)).ShouldBeProblemAsync(HttpStatusCode.BadRequest, "validation_failed");
        problem.GetProperty("errors").EnumerateObject().Select(e => e.Name).ShouldContain(n => n.Equals(field, StringComparison.OrdinalIgnoreCase));

        using var scope = app.Services.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<GlocalDbContext>();
        (await db.PartnerCities.IgnoreQueryFilters().AnyAsync(p => p.NameEn.StartsWith("BadInputMarker"), Ct)).ShouldBeFalse();
        (await db.Companies.IgnoreQueryFilters().AnyAsync(c => c.NameEn.StartsWith("BadInputMarker"), Ct)).ShouldBeFalse();
        (await db.Notices.IgnoreQueryFilters().AnyAsync(n => n.Title.StartsWith("BadInputMarker"), Ct)).ShouldBeFalse();
        (await db.Policies.IgnoreQueryFilters().AnyAsync(p => p.Title.StartsWith("BadInputMarker"), Ct)).ShouldBeFalse();
    }

    [Fact]
    public async Task ScriptInANotice_IsShownAsTextOnThePublicPortal()
    {
        var counsellor = await app.ApiClientAsync("siheung.counsellor");
        (await counsellor.PostJsonAsync("/api/v1/residents/notices", new { title = $"공지 {Script}", body = $"본문 {Script} <img src=x onerror=alert(1)>" }))
            .StatusCode.ShouldBe(HttpStatusCode.Created);

        var html = await app.AnonymousClient().GetStringAsync("/portal/41390/notices", Ct);
        html.ShouldContain("&lt;script&gt;alert(");
        html.ShouldNotContain(Script);
    }

    [Fact]
    public async Task ScriptInPartnerAndInvestorNames_IsShownAsTextOnStaffPages()
    {
        var exchange = await app.ApiClientAsync("siheung.exchange");
        (await exchange.PostJsonAsync("/api/v1/exchanges/partners", new { nameKo = $"도시 {Script}", nameEn = $"City {Script}", countryCode = "VN" }))
            .StatusCode.ShouldBe(HttpStatusCode.Created);
        var investment = await app.ApiClientAsync("siheung.investment");
        (await investment.PostJsonAsync("/api/v1/investments/companies", new { nameKo = $"회사 {Script}", nameEn = $"Company {Script}", countryCode = "JP" }))
            .StatusCode.ShouldBe(HttpStatusCode.Created);

        var viewer = await app.SignedInClientAsync("siheung.planner");
        foreach (var page in new[] { "/Exchanges", "/Investments/Companies" })
        {
            var html = await viewer.GetStringAsync(page, Ct);
            html.ShouldContain("&lt;script&gt;alert(", customMessage: page);
            html.ShouldNotContain(Script, customMessage: page);
        }
    }

    [Fact]
    public async Task AFormulaLikeName_IsNeutralisedInTheCsvExport()
    {
        var exchange = await app.ApiClientAsync("siheung.exchange");
        (await exchange.PostJsonAsync("/api/v1/exchanges/partners", new { nameKo = "=HYPERLINK(\"http://x\",\"y\")", nameEn = "+cmd|' /C calc'!A0", countryCode = "TH" }))
            .StatusCode.ShouldBe(HttpStatusCode.Created);
        var csv = await exchange.GetStringAsync("/api/v1/exchanges/partners/export?format=csv", Ct);
        csv.ShouldContain("'=HYPERLINK");
        csv.ShouldContain("'+cmd");
        csv.ShouldNotContain(",=HYPERLINK");
    }
}
