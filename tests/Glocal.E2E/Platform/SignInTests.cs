using System.Text.RegularExpressions;
using Glocal.E2E.Infrastructure;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace Glocal.E2E.Platform;

public sealed partial class SignInTests(BrowserApp app)
{
    [Fact]
    public async Task Dashboard_Anonymous_RedirectsToKoreanSignInPage()
    {
        await using var session = await app.NewSessionAsync();
        var page = await session.NewPageAsync();

        await page.GotoAsync("/");

        await Expect(page).ToHaveURLAsync(LoginPath());
        await Expect(page.Locator("html")).ToHaveAttributeAsync("lang", "ko");
        await Expect(page.Locator("main h1")).ToContainTextAsync("로그인");
        await Expect(page.Locator("label[for=Input_UserName]")).ToHaveTextAsync("아이디");
    }

    [Fact]
    public async Task SignIn_AnsanPlanner_ShowsKoreanDashboardThenEnglishAfterLanguageSwitch()
    {
        await using var session = await app.NewSessionAsync();
        var page = await session.NewPageAsync();

        await StaffUi.SignInAsync(page, "ansan.planner");

        await Expect(page).ToHaveURLAsync(new Uri(app.BaseAddress, "/").ToString());
        await Expect(page.Locator("main h1")).ToContainTextAsync("안산시");
        await Expect(page.GetByTestId("foreign-residents")).ToHaveTextAsync("108,033");
        await Expect(page.GetByRole(AriaRole.Link, new() { Name = "대시보드", Exact = true })).ToBeVisibleAsync();
        await Expect(page.GetByRole(AriaRole.Button, new() { Name = "로그아웃" })).ToBeVisibleAsync();
        Directory.CreateDirectory(BrowserApp.ArtifactsDirectory);
        var screenshot = Path.Combine(BrowserApp.ArtifactsDirectory, "dashboard-ko.png");
        await page.ScreenshotAsync(new() { Path = screenshot, FullPage = true });
        TestContext.Current.TestOutputHelper?.WriteLine($"Korean dashboard screenshot: {screenshot}");

        await StaffUi.SwitchLanguageAsync(page, "en");

        await Expect(page).ToHaveURLAsync(new Uri(app.BaseAddress, "/").ToString());
        await Expect(page.GetByRole(AriaRole.Link, new() { Name = "Dashboard", Exact = true })).ToBeVisibleAsync();
        await Expect(page.GetByRole(AriaRole.Button, new() { Name = "Sign out" })).ToBeVisibleAsync();
        await Expect(page.GetByRole(AriaRole.Link, new() { Name = "대시보드", Exact = true })).ToHaveCountAsync(0);
        await Expect(page.GetByTestId("foreign-residents")).ToHaveTextAsync("108,033");
    }

    [Fact]
    public async Task SignIn_WrongPassword_StaysOnSignInPageWithError()
    {
        await using var session = await app.NewSessionAsync();
        var page = await session.NewPageAsync();

        await StaffUi.SignInAsync(page, "siheung.planner", "not-the-password");

        await Expect(page).ToHaveURLAsync(LoginPath());
        await Expect(page.GetByRole(AriaRole.Alert)).ToContainTextAsync("올바르지 않습니다");
        await Expect(page.GetByRole(AriaRole.Button, new() { Name = "로그아웃" })).ToHaveCountAsync(0);
    }

    [Fact]
    public async Task SignOut_SignedInPlanner_ReturnsToSignInPageAndClosesDashboard()
    {
        await using var session = await app.NewSessionAsync();
        var page = await session.NewPageAsync();
        await StaffUi.SignInAsync(page, "ansan.planner");
        await Expect(page.GetByTestId("foreign-residents")).ToBeVisibleAsync();

        await page.GetByRole(AriaRole.Button, new() { Name = "로그아웃" }).ClickAsync();

        await Expect(page).ToHaveURLAsync(LoginPath());
        await page.GotoAsync("/");
        await Expect(page).ToHaveURLAsync(LoginPath());
        await Expect(page.GetByTestId("foreign-residents")).ToHaveCountAsync(0);
    }

    [GeneratedRegex("/Account/Login")]
    private static partial Regex LoginPath();
}
