using System.Net;
using System.Text.RegularExpressions;
using Glocal.Core.Residents;
using Glocal.Web.Tests.Infrastructure;
using static Glocal.Web.Tests.Residents.ResidentsTestData;

namespace Glocal.Web.Tests.Residents;

[Collection(AppCollection.Name)]
public partial class ResidentsPagesTests(GlocalAppFactory app)
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Theory]
    [InlineData("/Residents", "상담 사례")]
    [InlineData("/Residents?status=Closed&category=WageArrears&sort=-status", "종결")]
    [InlineData("/Residents?language=zz", "상담 사례")]
    [InlineData("/Residents/Clients?nationality=VN", "베트남어")]
    [InlineData("/Residents/Interpreters", "통역인")]
    [InlineData("/Residents/Classes", "한국어 교실")]
    [InlineData("/Residents/Figures", "언어 지원 공백")]
    [InlineData("/Residents/NewCase", "접수 경로")]
    [InlineData("/Residents/NewClient", "외국인등록번호")]
    [InlineData("/", "첫 응답 중앙값")]
    public async Task Page_Counsellor_Renders(string url, string expected)
    {
        var client = await app.SignedInClientAsync("ansan.counsellor");
        var response = await client.GetAsync(url, Ct);
        var html = WebUtility.HtmlDecode(await response.Content.ReadAsStringAsync(Ct));
        response.StatusCode.ShouldBe(HttpStatusCode.OK, html);
        html.ShouldContain(expected);
        html.ShouldNotContain("Residents.", Case.Sensitive, "no untranslated key shows");
    }

    [Fact]
    public async Task EmptyState_And_English()
    {
        var client = await app.SignedInClientAsync("ansan.counsellor");
        var empty = WebUtility.HtmlDecode(await client.GetStringAsync("/Residents?reference=R-NOTHING1", Ct));
        empty.ShouldContain("data-testid=\"res-empty\"");
        await GlocalAppFactory.PostFormAsync(client, "/culture", new() { ["culture"] = "en", ["returnUrl"] = "/Residents/Figures" }, "/Residents/Figures");
        var english = WebUtility.HtmlDecode(await client.GetStringAsync("/Residents/Figures", Ct));
        english.ShouldContain("Language coverage gap");
        english.ShouldContain("Burmese");
    }

    [Fact]
    public async Task CasePage_ConsentRuleThenReferralThenClose_ThroughTheForms()
    {
        var api = await app.ApiClientAsync("ansan.counsellor");
        var person = await ClientAsync(api, "Page Flow Person");
        var opened = await CaseAsync(api, person.Id);
        var web = await app.SignedInClientAsync("ansan.counsellor");
        var page = $"/Residents/Case/{opened.Id}";

        var note = await GlocalAppFactory.PostFormAsync(web, $"{page}?handler=Note", new() { ["text"] = "Talked to the employer" }, page);
        note.StatusCode.ShouldBe(HttpStatusCode.Redirect);

        var refused = await GlocalAppFactory.PostFormAsync(web, $"{page}?handler=Refer", new() { ["refer.Agency"] = "LabourOffice" }, page);
        refused.StatusCode.ShouldBe(HttpStatusCode.OK);
        WebUtility.HtmlDecode(await refused.Content.ReadAsStringAsync(Ct)).ShouldContain("has not consented to referral to LabourOffice");

        var clientPage = $"/Residents/Client/{person.Id}";
        (await GlocalAppFactory.PostFormAsync(web, $"{clientPage}?handler=Consent",
            new() { ["consent.Purpose"] = "Referral", ["consent.Agencies"] = "LabourOffice", ["consent.GivenOn"] = "2026-11-01" }, clientPage)).StatusCode.ShouldBe(HttpStatusCode.Redirect);
        (await GlocalAppFactory.PostFormAsync(web, $"{page}?handler=Refer", new() { ["refer.Agency"] = "LabourOffice" }, page)).StatusCode.ShouldBe(HttpStatusCode.Redirect);
        (await GlocalAppFactory.PostFormAsync(web, $"{page}?handler=Status", new() { ["status"] = "Closed" }, page)).StatusCode.ShouldBe(HttpStatusCode.Redirect);

        var html = WebUtility.HtmlDecode(await web.GetStringAsync(page, Ct));
        html.ShouldContain("data-testid=\"res-case-status\">종결<");
        html.ShouldContain("Talked to the employer");
        html.ShouldContain("고용노동청에 연계");
        var details = await GetCaseAsync(api, opened.Id);
        details.Status.ShouldBe(CaseStatus.Closed);
        details.Referrals.ShouldHaveSingleItem().ConsentOverridden.ShouldBeFalse();
    }

    [Fact]
    public async Task SearchByNumber_IsAPost_AndFindsTheCase()
    {
        var api = await app.ApiClientAsync("ansan.counsellor");
        var person = await ClientAsync(api, "Page Search Person", "550505-5123456");
        var opened = await CaseAsync(api, person.Id);
        var web = await app.SignedInClientAsync("ansan.counsellor");
        var result = await GlocalAppFactory.PostFormAsync(web, "/Residents?handler=Search", new() { ["SearchNumber"] = "550505-5123456" }, "/Residents");
        var html = WebUtility.HtmlDecode(await result.Content.ReadAsStringAsync(Ct));
        html.ShouldContain(opened.ReferenceNumber, customMessage: ErrorsOf(html));
        html.ShouldContain("Page Search Person");
    }

    [Fact]
    public async Task Pages_RespectPermissions()
    {
        var api = await app.ApiClientAsync("ansan.counsellor");
        var opened = await CaseAsync(api);
        var viewer = await app.SignedInClientAsync("ansan.viewer");
        (await viewer.GetAsync("/Residents", Ct)).StatusCode.ShouldBe(HttpStatusCode.OK);
        (await viewer.GetAsync($"/Residents/Case/{opened.Id}", Ct)).StatusCode.ShouldNotBe(HttpStatusCode.OK);
        (await viewer.GetAsync("/Residents/NewCase", Ct)).StatusCode.ShouldNotBe(HttpStatusCode.OK);
        var exchange = await app.SignedInClientAsync("ansan.exchange");
        (await exchange.GetAsync("/Residents", Ct)).StatusCode.ShouldNotBe(HttpStatusCode.OK);
        var siheung = await app.SignedInClientAsync("siheung.counsellor");
        (await siheung.GetAsync($"/Residents/Case/{opened.Id}", Ct)).StatusCode.ShouldBe(HttpStatusCode.NotFound);
    }

    [Fact]
    public async Task InterpreterAndCoursePages_Render()
    {
        var api = await app.ApiClientAsync("ansan.counsellor");
        var interpreter = await InterpreterAsync(api, "Page Interpreter", "km");
        var course = await CourseAsync(api, level: 3);
        var web = await app.SignedInClientAsync("ansan.counsellor");
        WebUtility.HtmlDecode(await web.GetStringAsync($"/Residents/Interpreter/{interpreter.Id}", Ct)).ShouldContain("크메르어");
        WebUtility.HtmlDecode(await web.GetStringAsync($"/Residents/Course/{course.Course.Id}", Ct)).ShouldContain("3단계");
        var created = await GlocalAppFactory.PostFormAsync(web, "/Residents/Interpreters",
            new() { ["Input.Name"] = "Form Interpreter", ["Input.Languages"] = "my", ["Input.Days"] = "Sat" }, "/Residents/Interpreters");
        created.StatusCode.ShouldBe(HttpStatusCode.Redirect, ErrorsOf(await created.Content.ReadAsStringAsync(Ct)));
        WebUtility.HtmlDecode(await web.GetStringAsync("/Residents/Interpreters?language=my", Ct)).ShouldContain("Form Interpreter");
    }

    private static string ErrorsOf(string html) => Regex.Match(WebUtility.HtmlDecode(html), "error-summary[^>]*>(.*?)</div>", RegexOptions.Singleline).Groups[1].Value;
}
