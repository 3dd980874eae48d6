using Microsoft.Playwright;

namespace Glocal.E2E.Infrastructure;

/// <summary>The steps a member of staff takes in the browser, as the page offers them.</summary>
public static class StaffUi
{
    public static async Task SignInAsync(IPage page, string userName, string password = BrowserApp.Password)
    {
        await page.GotoAsync("/Account/Login");
        await page.Locator("#Input_UserName").FillAsync(userName);
        await page.Locator("#Input_Password").FillAsync(password);
        await page.Locator("form:has(#Input_UserName) button[type=submit]").ClickAsync();
    }

    /// <summary>Uses the language form in the page header (a select and its submit button).</summary>
    public static async Task SwitchLanguageAsync(IPage page, string culture)
    {
        await page.Locator("#culture-select").SelectOptionAsync(culture);
        await page.Locator("form:has(#culture-select) button[type=submit]").ClickAsync();
        await Assertions.Expect(page.Locator("html")).ToHaveAttributeAsync("lang", culture);
    }
}
