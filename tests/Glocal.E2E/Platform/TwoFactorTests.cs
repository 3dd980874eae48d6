using System.Text;
using System.Text.RegularExpressions;
using Glocal.E2E.Infrastructure;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace Glocal.E2E.Platform;

public sealed partial class TwoFactorTests(BrowserApp app)
{
    [Fact]
    public async Task SignIn_AdminWithoutAuthenticator_MustSetUpTotpThenReachesDashboard()
    {
        await using var session = await app.NewSessionAsync();
        var page = await session.NewPageAsync();

        await StaffUi.SignInAsync(page, "ansan.admin");

        await Expect(page).ToHaveURLAsync(TwoFactorPath());
        await Expect(page.Locator("p.error-summary[role=alert]")).ToBeVisibleAsync();
        await page.GotoAsync("/");
        await Expect(page).ToHaveURLAsync(TwoFactorPath());

        var key = await page.GetByTestId("authenticator-key").InnerTextAsync();
        await page.Locator("#Code").FillAsync(Totp.Code(key, DateTimeOffset.UtcNow));
        await page.Locator("form:has(#Code) button[type=submit]").ClickAsync();
        await page.GetByRole(AriaRole.Link, new() { Name = "계속" }).ClickAsync();

        await Expect(page).ToHaveURLAsync(new Uri(app.BaseAddress, "/").ToString());
        await Expect(page.GetByTestId("foreign-residents")).ToHaveTextAsync("108,033");
        await Expect(page.GetByRole(AriaRole.Link, new() { Name = "관리", Exact = true })).ToBeVisibleAsync();
    }

    [Fact]
    public async Task TwoFactorSetup_WrongCode_IsRejectedAndDashboardStaysClosed()
    {
        await using var session = await app.NewSessionAsync();
        var page = await session.NewPageAsync();
        await StaffUi.SignInAsync(page, "siheung.admin");
        await Expect(page).ToHaveURLAsync(TwoFactorPath());

        var key = await page.GetByTestId("authenticator-key").InnerTextAsync();
        var wrong = Totp.Code(key, DateTimeOffset.UtcNow.AddHours(1));
        await page.Locator("#Code").FillAsync(wrong);
        await page.Locator("form:has(#Code) button[type=submit]").ClickAsync();

        await Expect(page.Locator("form:has(#Code) [role=alert]")).ToContainTextAsync("올바르지 않습니다");
        await Expect(page.GetByRole(AriaRole.Link, new() { Name = "계속" })).ToHaveCountAsync(0);
        await page.GotoAsync("/");
        await Expect(page).ToHaveURLAsync(TwoFactorPath());
    }

    [Theory]
    [InlineData(59L, "94287082")]
    [InlineData(1111111109L, "07081804")]
    [InlineData(1234567890L, "89005924")]
    [InlineData(20000000000L, "65353130")]
    public void Code_Rfc6238Sha1Vectors_MatchesPublishedValues(long unixSeconds, string expected)
    {
        var key = Encoding.ASCII.GetBytes("12345678901234567890");

        Totp.Code(key, unixSeconds / 30, digits: 8).ShouldBe(expected);
    }

    [Fact]
    public void Base32Decode_GroupedLowercaseKey_DecodesAsUppercase()
    {
        Totp.Base32Decode("gezd gnbv gy3t qojq").ShouldBe(Encoding.ASCII.GetBytes("1234567890"));
    }

    [GeneratedRegex("/Account/TwoFactor")]
    private static partial Regex TwoFactorPath();
}
