using System.Net;
using System.Net.Http.Json;
using System.Text.RegularExpressions;
using Glocal.Web.Tests.Infrastructure;

namespace Glocal.Web.Tests.Account;

[Collection(AppCollection.Name)]
public partial class SignInTests(GlocalAppFactory app)
{
    [Fact]
    public async Task LoginPage_ByDefault_IsKorean()
    {
        var html = await app.AnonymousClient().GetStringAsync("/Account/Login");
        html.ShouldContain("<html lang=\"ko\">");
        WebUtility.HtmlDecode(html).ShouldContain("Glocal 직원 로그인");
    }

    [Fact]
    public async Task SignIn_Planner_SeesDashboardWithAnsanFigures()
    {
        var client = await app.SignedInClientAsync("ansan.planner");
        var html = WebUtility.HtmlDecode(await client.GetStringAsync("/"));
        html.ShouldContain("안산시 국제화 현황");
        html.ShouldContain("108,033");
        html.ShouldContain("6곳 중 1위".Replace("6", "5", StringComparison.Ordinal));
    }

    [Fact]
    public async Task CultureSwitch_ToEnglish_ShowsEnglishUi()
    {
        var client = await app.SignedInClientAsync("ansan.planner");
        var switched = await GlocalAppFactory.PostFormAsync(client, "/Culture", new() { ["culture"] = "en", ["returnUrl"] = "/" }, formPage: "/");
        switched.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        var html = WebUtility.HtmlDecode(await client.GetStringAsync("/"));
        html.ShouldContain("<html lang=\"en\">");
        html.ShouldContain("Ansan-si internationalization overview");
        html.ShouldContain("Sign out");
    }

    [Fact]
    public async Task CultureSwitch_ForeignReturnUrl_StaysOnSite()
    {
        var client = await app.SignedInClientAsync("ansan.viewer");
        var switched = await GlocalAppFactory.PostFormAsync(client, "/Culture", new() { ["culture"] = "en", ["returnUrl"] = "//evil.example/" }, formPage: "/");
        switched.Headers.Location!.OriginalString.ShouldBe("/");
    }

    [Fact]
    public async Task SignIn_WrongPassword_ShowsErrorAndAfterFiveLocksOut()
    {
        var client = app.CreateClient(new() { AllowAutoRedirect = false });
        for (var attempt = 1; attempt <= 5; attempt++)
        {
            var failed = await GlocalAppFactory.PostFormAsync(client, "/Account/Login", new() { ["Input.UserName"] = "siheung.viewer", ["Input.Password"] = "wrong-password-1" });
            failed.StatusCode.ShouldBe(HttpStatusCode.OK);
            var text = WebUtility.HtmlDecode(await failed.Content.ReadAsStringAsync());
            text.ShouldContain(attempt < 5 ? "아이디 또는 비밀번호가 올바르지 않습니다." : "15분 동안 잠겼습니다");
        }

        var correct = await GlocalAppFactory.PostFormAsync(client, "/Account/Login", new() { ["Input.UserName"] = "siheung.viewer", ["Input.Password"] = GlocalAppFactory.Password });
        correct.StatusCode.ShouldBe(HttpStatusCode.OK, "a locked account stays locked even with the right password");
        WebUtility.HtmlDecode(await correct.Content.ReadAsStringAsync()).ShouldContain("15분 동안 잠겼습니다");
    }

    [Fact]
    public async Task Form_WithoutAntiforgeryToken_Is400NotAServerError()
    {
        var client = await app.SignedInClientAsync("ansan.viewer");
        var response = await client.PostAsync("/Culture", new FormUrlEncodedContent(new Dictionary<string, string> { ["culture"] = "en" }));
        response.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        WebUtility.HtmlDecode(await response.Content.ReadAsStringAsync()).ShouldContain("잘못된 요청");
    }

    [Fact]
    public async Task UsersPage_AdminCreatesAccount_ThatCanSignIn()
    {
        var admin = await app.SignedInWithSecondFactorAsync("siheung.admin");
        var tooShort = await GlocalAppFactory.PostFormAsync(admin, "/Admin/Users?handler=Create",
            new() { ["Input.UserName"] = "siheung.newhire", ["Input.DisplayName"] = "신규 직원", ["Input.Password"] = "short1", ["Input.Role"] = "viewer" }, formPage: "/Admin/Users");
        tooShort.StatusCode.ShouldBe(HttpStatusCode.OK);
        WebUtility.HtmlDecode(await tooShort.Content.ReadAsStringAsync()).ShouldContain("field-validation-error\" data-valmsg-for=\"Input.Password\"");

        var created = await GlocalAppFactory.PostFormAsync(admin, "/Admin/Users?handler=Create",
            new() { ["Input.UserName"] = "siheung.newhire", ["Input.DisplayName"] = "신규 직원", ["Input.Password"] = "newhire-2026", ["Input.Role"] = "viewer" }, formPage: "/Admin/Users");
        WebUtility.HtmlDecode(await created.Content.ReadAsStringAsync()).ShouldContain("siheung.newhire 계정을 만들었습니다.");
        var newcomer = await app.SignedInClientAsync("siheung.newhire", "newhire-2026");
        WebUtility.HtmlDecode(await newcomer.GetStringAsync("/")).ShouldContain("시흥시 국제화 현황");
    }

    [Fact]
    public async Task Pages_WithoutPermission_ShowForbidden()
    {
        var planner = await app.SignedInClientAsync("ansan.planner");
        var response = await planner.GetAsync("/Admin/Users");
        response.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        response.Headers.Location!.AbsolutePath.ShouldBe("/Status");
    }

    [Fact]
    public async Task RolesPage_ShowsEffectivePermissionsOfARole()
    {
        var admin = await app.SignedInWithSecondFactorAsync("ansan.admin");
        var html = WebUtility.HtmlDecode(await admin.GetStringAsync("/Admin/Roles?role=counsellor"));
        html.ShouldContain("data-permission=\"residents.read_personal\">✓");
        html.ShouldContain("data-permission=\"investments.create\">–");
    }

    [Fact]
    public async Task AdminWithoutSecondFactor_IsHeldAtSetupUntilEnrolled()
    {
        var client = await app.SignedInClientAsync("platform.admin");
        var dashboard = await client.GetAsync("/");
        dashboard.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        dashboard.Headers.Location!.OriginalString.ShouldBe("/Account/TwoFactor");
        var token = await app.IssueTokenAsync("platform.admin", ["benchmark.read"]);
        var api = app.AnonymousClient();
        api.DefaultRequestHeaders.Authorization = new("Bearer", token);
        await (await api.GetAsync("/api/v1/me")).ShouldBeProblemAsync(HttpStatusCode.Forbidden, "two_factor_setup_required");

        var setup = await client.GetStringAsync("/Account/TwoFactor");
        var key = AuthenticatorKey().Match(setup).Groups[1].Value;
        key.ShouldNotBeNullOrWhiteSpace();
        var wrong = await GlocalAppFactory.PostFormAsync(client, "/Account/TwoFactor", new() { ["Code"] = "000000" });
        WebUtility.HtmlDecode(await wrong.Content.ReadAsStringAsync()).ShouldContain("인증 코드가 올바르지 않습니다");

        var enrolled = await GlocalAppFactory.PostFormAsync(client, "/Account/TwoFactor", new() { ["Code"] = Totp.Compute(key, DateTimeOffset.UtcNow) });
        WebUtility.HtmlDecode(await enrolled.Content.ReadAsStringAsync()).ShouldContain("2단계 인증이 켜졌습니다");
        (await client.GetAsync("/")).StatusCode.ShouldBe(HttpStatusCode.OK);

        var second = app.CreateClient(new() { AllowAutoRedirect = false });
        var password = await GlocalAppFactory.PostFormAsync(second, "/Account/Login", new() { ["Input.UserName"] = "platform.admin", ["Input.Password"] = GlocalAppFactory.Password });
        password.Headers.Location!.OriginalString.ShouldStartWith("/Account/LoginWith2fa");
        var code = await GlocalAppFactory.PostFormAsync(second, "/Account/LoginWith2fa", new() { ["Code"] = Totp.Compute(key, DateTimeOffset.UtcNow) });
        code.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        (await second.GetAsync("/")).StatusCode.ShouldBe(HttpStatusCode.OK);
    }

    [Fact]
    public async Task TokensPage_ShowsSecretOnceThenOnlyThePrefix()
    {
        var client = await app.SignedInClientAsync("ansan.exchange");
        var created = await GlocalAppFactory.PostFormAsync(client, "/Account/Tokens?handler=Create",
            new() { ["name"] = "nightly export", ["expiresInDays"] = "30", ["scopes"] = "exchanges.read" }, formPage: "/Account/Tokens");
        var page = await created.Content.ReadAsStringAsync();
        var secret = TokenSecret().Match(page).Groups[1].Value;
        secret.ShouldStartWith("glc_");

        var api = app.AnonymousClient();
        api.DefaultRequestHeaders.Authorization = new("Bearer", secret);
        (await api.GetAsync("/api/v1/me")).StatusCode.ShouldBe(HttpStatusCode.OK);

        var again = await client.GetStringAsync("/Account/Tokens");
        again.ShouldNotContain(secret);
        again.ShouldContain(secret[..10]);

        var list = await api.GetFromJsonAsync<List<Glocal.Core.Access.TokenSummary>>("/api/v1/tokens");
        var token = list!.Single(t => t.Name == "nightly export");
        var revoke = await GlocalAppFactory.PostFormAsync(client, "/Account/Tokens?handler=Revoke", new() { ["id"] = token.Id.ToString() }, formPage: "/Account/Tokens");
        revoke.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        await (await api.GetAsync("/api/v1/me")).ShouldBeProblemAsync(HttpStatusCode.Unauthorized, "unauthenticated");
    }

    [Fact]
    public async Task TokensApi_CannotMintTokensWithAToken()
    {
        var api = await app.ApiClientAsync("ansan.planner");
        await (await api.PostAsJsonAsync("/api/v1/tokens", new { name = "x", scopes = new[] { "policies.read" } }))
            .ShouldBeProblemAsync(HttpStatusCode.Forbidden, "token_cannot_create_token");
    }

    [GeneratedRegex("data-testid=\"authenticator-key\">([^<]+)<")]
    private static partial Regex AuthenticatorKey();

    [GeneratedRegex("data-testid=\"token-secret\">([^<]+)<")]
    private static partial Regex TokenSecret();
}
