using System.Net;
using System.Net.Http.Json;
using System.Text.RegularExpressions;
using Glocal.Core.Data;
using Glocal.Core.Residents;
using Glocal.Core.Tenancy;
using Glocal.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Glocal.Web.Tests.Residents;

[Collection(AppCollection.Name)]
public partial class PortalTests(GlocalAppFactory app)
{
    private const string Ansan = "/portal/41270";
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    public static TheoryData<string> Languages() => [.. PortalLanguages.All];

    private HttpClient Browser() => app.CreateClient(new Microsoft.AspNetCore.Mvc.Testing.WebApplicationFactoryClientOptions { AllowAutoRedirect = false, HandleCookies = true });

    [Theory]
    [MemberData(nameof(Languages))]
    public async Task EveryPage_InEveryLanguage_IsServedWithoutSignInAndWithoutUntranslatedKeys(string language)
    {
        var browser = Browser();
        var notice = await FirstNoticeIdAsync();
        foreach (var path in new[] { "", "/services", "/notices", $"/notices/{notice}", "/request", "/request/sent?ref=R-ABCDEFGH" })
        {
            var response = await browser.GetAsync($"{Ansan}{path}{(path.Contains('?', StringComparison.Ordinal) ? "&" : "?")}lang={language}", Ct);
            var html = await response.Content.ReadAsStringAsync(Ct);
            response.StatusCode.ShouldBe(HttpStatusCode.OK, $"{language} {path}");
            html.ShouldContain($"<html lang=\"{language}\">");
            html.ShouldNotContain("Portal.", Case.Sensitive, $"an untranslated key shows on {path} in {language}");
        }
    }

    [Fact]
    public async Task Language_FromAcceptLanguage_ThenSelectorChoiceIsRemembered()
    {
        var browser = Browser();
        using (var request = new HttpRequestMessage(HttpMethod.Get, Ansan))
        {
            request.Headers.AcceptLanguage.ParseAdd("vi-VN,vi;q=0.9,en;q=0.5");
            var html = await (await browser.SendAsync(request, Ct)).Content.ReadAsStringAsync(Ct);
            html.ShouldContain("<html lang=\"vi\">");
            html.ShouldContain("Cổng thông tin cư dân nước ngoài");
        }

        (await browser.GetStringAsync($"{Ansan}/services?lang=mn", Ct)).ShouldContain("<html lang=\"mn\">");
        using (var request = new HttpRequestMessage(HttpMethod.Get, Ansan))
        {
            request.Headers.AcceptLanguage.ParseAdd("vi");
            (await (await browser.SendAsync(request, Ct)).Content.ReadAsStringAsync(Ct)).ShouldContain("<html lang=\"mn\">", customMessage: "the cookie wins over the header");
        }

        using (var request = new HttpRequestMessage(HttpMethod.Get, Ansan))
        {
            request.Headers.AcceptLanguage.ParseAdd("fr-FR,fr;q=0.9,zh-CN;q=0.8");
            (await (await Browser().SendAsync(request, Ct)).Content.ReadAsStringAsync(Ct)).ShouldContain("<html lang=\"zh-Hans\">");
        }

        (await Browser().GetStringAsync(Ansan, Ct)).ShouldContain("<html lang=\"ko\">", customMessage: "Korean without any preference");
    }

    [Fact]
    public async Task UnknownMunicipality_Is404()
    {
        (await Browser().GetAsync("/portal/99999", Ct)).StatusCode.ShouldBe(HttpStatusCode.NotFound);
    }

    [Fact]
    public async Task Request_CreatesANewCaseInTheQueue_ShowsOnlyTheReference()
    {
        var browser = Browser();
        var response = await GlocalAppFactory.PostFormAsync(browser, $"{Ansan}/request?lang=vi", Form("Phan Van Portaltest", "010-1234-5678", "Công ty chưa trả lương ba tháng."));
        response.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        var sent = response.Headers.Location!.OriginalString;
        var reference = ReferenceInUrl().Match(sent).Groups[1].Value;
        reference.ShouldNotBeEmpty();

        var page = await browser.GetStringAsync(sent, Ct);
        page.ShouldContain(reference);
        page.ShouldContain("Yêu cầu của bạn đã được tiếp nhận");
        page.ShouldNotContain("Portaltest");
        page.ShouldNotContain("1234-5678");

        var counsellor = await app.ApiClientAsync("ansan.counsellor");
        var found = (await (await counsellor.GetAsync($"/api/v1/residents/cases?reference={reference}", Ct)).ShouldBeOkAsync<Glocal.Core.Shared.Page<CaseSummary>>()).Items.ShouldHaveSingleItem();
        found.Status.ShouldBe(CaseStatus.New);
        found.Channel.ShouldBe(CaseChannel.Online);
        found.Language.ShouldBe("vi");
        found.Category.ShouldBe(CaseCategory.WageArrears);
        var details = await ResidentsTestData.GetCaseAsync(counsellor, found.Id);
        details.RequesterName.ShouldBe("Phan Van Portaltest");
        details.Message.ShouldBe("Công ty chưa trả lương ba tháng.");
        details.Contact.ShouldBe("010-1234-5678");

        // Siheung's queue does not see Ansan's request.
        var siheung = await app.ApiClientAsync("siheung.counsellor");
        (await (await siheung.GetAsync($"/api/v1/residents/cases?reference={reference}", Ct)).ShouldBeOkAsync<Glocal.Core.Shared.Page<CaseSummary>>()).Items.ShouldBeEmpty();
    }

    [Fact]
    public async Task Request_OversizedOrScript_IsRefusedOrEncoded_AndOversizedValuesAreNotEchoed()
    {
        var browser = Browser();
        var huge = new string('x', PortalRequest.MessageMax + 1);
        var oversized = await GlocalAppFactory.PostFormAsync(browser, $"{Ansan}/request?lang=en", Form("Long Sender", "010", huge));
        oversized.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        var body = await oversized.Content.ReadAsStringAsync(Ct);
        body.ShouldContain("This text is too long (at most 4000 characters).");
        body.ShouldNotContain(huge[..200]);

        var script = "<script>alert('x')</script>";
        var injected = await GlocalAppFactory.PostFormAsync(browser, $"{Ansan}/request?lang=en", Form(script, "010-0000-0000", "Hello <img src=x onerror=alert(1)>", consent: false));
        injected.StatusCode.ShouldBe(HttpStatusCode.BadRequest, "consent missing");
        var html = await injected.Content.ReadAsStringAsync(Ct);
        html.ShouldNotContain("<script>alert");
        html.ShouldNotContain("<img src=x");
        html.ShouldContain("Please agree so that we can answer you.");
    }

    [Fact]
    public async Task Request_HoneypotFilled_CreatesNothing()
    {
        var before = await CountCasesAsync();
        var fields = Form("Bot Sender", "010-9999-9999", "buy now");
        fields["Input.Website"] = "http://spam.example";
        var response = await GlocalAppFactory.PostFormAsync(Browser(), $"{Ansan}/request", fields);
        response.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        response.Headers.Location!.OriginalString.ShouldNotContain("ref=");
        (await CountCasesAsync()).ShouldBe(before);
    }

    [Fact]
    public async Task Request_WithoutAntiforgeryToken_IsRefused()
    {
        var before = await CountCasesAsync();
        var response = await Browser().PostAsync($"{Ansan}/request", new FormUrlEncodedContent(Form("No Token", "010", "hello")), Ct);
        response.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        (await CountCasesAsync()).ShouldBe(before);
    }

    [Fact]
    public async Task Request_RepeatedPosts_AreRateLimited()
    {
        // Siheung's portal, so the other tests' posts (to Ansan) do not share this budget.
        var browser = Browser();
        var statuses = new List<HttpStatusCode>();
        for (var i = 0; i < 7; i++)
        {
            statuses.Add((await GlocalAppFactory.PostFormAsync(browser, "/portal/41390/request?lang=en", Form($"Repeat {i}", "010", "again"))).StatusCode);
        }

        statuses.Take(5).ShouldAllBe(s => s == HttpStatusCode.Redirect);
        statuses.Skip(5).ShouldAllBe(s => s == HttpStatusCode.TooManyRequests);
        var limited = await GlocalAppFactory.PostFormAsync(browser, "/portal/41390/request?lang=en", Form("Repeat", "010", "again"));
        limited.Headers.RetryAfter.ShouldNotBeNull();
        (await limited.Content.ReadAsStringAsync(Ct)).ShouldContain("Too many requests have been sent from here.");
    }

    [Fact]
    public async Task Notice_TranslationStatus_FollowsTheSource()
    {
        var lead = await app.ApiClientAsync("ansan.counsellor");
        var notice = await (await lead.PostJsonAsync("/api/v1/residents/notices", new { title = "겨울철 난방비 지원", body = "신청은 12월 31일까지입니다." }))
            .ShouldBeOkAsync<NoticeView>(HttpStatusCode.Created);
        notice.Missing.Count.ShouldBe(11);
        (await lead.PutAsJsonAsync($"/api/v1/residents/notices/{notice.Id}/translations/vi", new { title = "Hỗ trợ tiền sưởi mùa đông", body = "Hạn đăng ký là ngày 31 tháng 12.", status = "Reviewed" }, Ct))
            .StatusCode.ShouldBe(HttpStatusCode.OK);
        (await lead.PutAsJsonAsync($"/api/v1/residents/notices/{notice.Id}/translations/th", new { title = "เงินช่วยค่าทำความร้อนฤดูหนาว", body = "ยื่นคำขอได้ถึงวันที่ 31 ธันวาคม", status = "Machine" }, Ct))
            .StatusCode.ShouldBe(HttpStatusCode.OK);
        await (await lead.PutAsJsonAsync($"/api/v1/residents/notices/{notice.Id}/translations/fr", new { title = "x", body = "y" }, Ct))
            .ShouldBeProblemAsync(HttpStatusCode.BadRequest, "translation_language");

        (await Browser().GetStringAsync($"{Ansan}/notices/{notice.Id}?lang=vi", Ct)).ShouldContain("Bản dịch này đã được người kiểm tra.");
        (await Browser().GetStringAsync($"{Ansan}/notices/{notice.Id}?lang=th", Ct)).ShouldContain("ประกาศนี้แปลด้วยเครื่อง");
        (await Browser().GetStringAsync($"{Ansan}/notices/{notice.Id}?lang=ru", Ct)).ShouldContain("поэтому оно показано на корейском");

        var revised = await (await lead.PutAsJsonAsync($"/api/v1/residents/notices/{notice.Id}", new { title = "겨울철 난방비 지원", body = "신청은 1월 15일까지로 연장되었습니다." }, Ct))
            .ShouldBeOkAsync<NoticeView>();
        revised.Translations.ShouldAllBe(t => t.Status == TranslationStatus.Outdated);
        (await Browser().GetStringAsync($"{Ansan}/notices/{notice.Id}?lang=vi", Ct)).ShouldContain("Bản gốc đã được sửa đổi sau khi dịch.");
    }

    private static Dictionary<string, string> Form(string name, string contact, string message, bool consent = true)
    {
        var form = new Dictionary<string, string>
        {
            ["Input.Category"] = "WageArrears", ["Input.Name"] = name, ["Input.Contact"] = contact, ["Input.Message"] = message, ["Input.Website"] = "",
        };
        if (consent)
        {
            form["Input.Consent"] = "true";
        }

        return form;
    }

    private async Task<Guid> FirstNoticeIdAsync()
    {
        var counsellor = await app.ApiClientAsync("ansan.counsellor");
        var notices = await (await counsellor.GetAsync("/api/v1/residents/notices", Ct)).ShouldBeOkAsync<List<NoticeView>>();
        if (notices.Count > 0)
        {
            return notices[0].Id;
        }

        return (await (await counsellor.PostJsonAsync("/api/v1/residents/notices", new { title = "안내", body = "본문" })).ShouldBeOkAsync<NoticeView>(HttpStatusCode.Created)).Id;
    }

    private async Task<int> CountCasesAsync()
    {
        using var scope = app.Services.CreateScope();
        scope.ServiceProvider.GetRequiredService<TenantContext>().ActAsSystem("test");
        return await scope.ServiceProvider.GetRequiredService<GlocalDbContext>().ConsultationCases.IgnoreQueryFilters().CountAsync(Ct);
    }

    [GeneratedRegex("ref=(R-[A-Z2-9]{8})")]
    private static partial Regex ReferenceInUrl();
}
