using Deque.AxeCore.Playwright;
using Glocal.E2E.Infrastructure;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace Glocal.E2E.Residents;

/// <summary>A resident's request from the portal to a closed case, in real browsers, and axe-core over the staff pages.</summary>
public sealed class ResidentsBrowserTests(BrowserApp app)
{
    private static readonly string[] BlockingImpacts = ["serious", "critical"];

    [Fact]
    public async Task VietnameseRequest_CounsellorFindsRecordsConsentRefersAndCloses()
    {
        // The resident, on the portal in Vietnamese, with no account.
        await using var resident = await app.NewSessionAsync();
        var portal = await resident.NewPageAsync();
        await portal.GotoAsync("/portal/41270/request?lang=vi");
        await Expect(portal.Locator("html")).ToHaveAttributeAsync("lang", "vi");
        await portal.Locator("#category").SelectOptionAsync("WageArrears");
        await portal.Locator("#name").FillAsync("Nguyen Van E2E");
        await portal.Locator("#contact").FillAsync("010-1234-5678");
        await portal.Locator("#message").FillAsync("Công ty chưa trả lương ba tháng.");
        await portal.Locator("#consent").CheckAsync();
        await portal.Locator("form.res-portal-form button[type=submit]").ClickAsync();
        var reference = (await portal.GetByTestId("reference").InnerTextAsync()).Trim();
        reference.ShouldMatch("^R-[A-Z2-9]{8}$");
        await Expect(portal.Locator("main")).Not.ToContainTextAsync("Nguyen Van E2E");

        // The counsellor finds it in the queue.
        await using var staff = await app.NewSessionAsync();
        var page = await staff.NewPageAsync();
        var failures = new List<string>();
        await StaffUi.SignInAsync(page, "ansan.counsellor");
        await page.GotoAsync($"/Residents?reference={reference}");
        await CheckAsync(page, failures);
        await page.GetByRole(AriaRole.Link, new() { Name = reference, Exact = true }).ClickAsync();
        await Expect(page.GetByTestId("res-requester")).ToHaveTextAsync("Nguyen Van E2E");
        await Expect(page.GetByTestId("res-case-status")).ToHaveTextAsync("신규");
        await CheckAsync(page, failures);

        // A referral without consent is refused.
        await page.Locator("#refer-agency").SelectOptionAsync("LabourOffice");
        await page.Locator("form:has(#refer-agency) button[type=submit]").ClickAsync();
        await Expect(page.Locator(".error-summary")).ToContainTextAsync("client");

        // Register the requester as a client, record consent to referral to the labour office.
        await page.GetByTestId("res-register-requester").ClickAsync();
        await Expect(page.Locator("#Input_Name")).ToHaveValueAsync("Nguyen Van E2E");
        await CheckAsync(page, failures);
        await page.Locator("#Input_Nationality").FillAsync("VN");
        await page.Locator("#Input_StayStatus").FillAsync("E-9");
        await page.Locator("form.res-form button[type=submit]").ClickAsync();
        await Expect(page.GetByTestId("res-no-consent")).ToBeVisibleAsync();
        await CheckAsync(page, failures);
        await page.Locator("input[name='consent.Agencies'][value='LabourOffice']").CheckAsync();
        await page.Locator("form.res-consent-form button[type=submit]").ClickAsync();
        await Expect(page.GetByRole(AriaRole.Status)).ToContainTextAsync("동의 기록을 저장했습니다");

        // Refer, then close.
        await page.GetByRole(AriaRole.Link, new() { Name = reference, Exact = true }).ClickAsync();
        await page.Locator("#refer-agency").SelectOptionAsync("LabourOffice");
        await page.Locator("form:has(#refer-agency) button[type=submit]").ClickAsync();
        await Expect(page.GetByTestId("res-case-status")).ToHaveTextAsync("기관 연계");
        await Expect(page.Locator(".res-timeline")).ToContainTextAsync("고용노동청에 연계");
        await page.Locator("#status-next").SelectOptionAsync("Closed");
        await page.Locator("form:has(#status-next) button[type=submit]").ClickAsync();
        await Expect(page.GetByTestId("res-case-status")).ToHaveTextAsync("종결");
        await CheckAsync(page, failures);

        failures.ShouldBeEmpty();
    }

    [Theory]
    [InlineData("ko")]
    [InlineData("en")]
    public async Task StaffPages_Axe_HaveNoSeriousOrCriticalViolations(string culture)
    {
        await using var session = await app.NewSessionAsync();
        var page = await session.NewPageAsync();
        await StaffUi.SignInAsync(page, "ansan.lead");
        if (culture != "ko")
        {
            await page.GotoAsync("/Residents");
            await StaffUi.SwitchLanguageAsync(page, culture);
        }

        var failures = new List<string>();
        foreach (var path in new[] { "/Residents", "/Residents/Clients", "/Residents/Interpreters", "/Residents/Classes", "/Residents/Figures", "/Residents/NewCase", "/Residents/NewClient", "/" })
        {
            await page.GotoAsync(path);
            await Expect(page.Locator("h1")).ToBeVisibleAsync();
            await CheckAsync(page, failures);
        }

        await page.GotoAsync("/Residents?sort=opened");
        await page.Locator(".res-table a").First.ClickAsync();
        await Expect(page.GetByTestId("res-case-status")).ToBeVisibleAsync();
        await CheckAsync(page, failures);
        await page.GotoAsync("/Residents/Clients");
        await page.Locator(".res-table a").First.ClickAsync();
        await CheckAsync(page, failures);

        failures.ShouldBeEmpty();
    }

    private static async Task CheckAsync(IPage page, List<string> failures)
    {
        var result = await page.RunAxe();
        failures.AddRange(result.Violations.Where(v => BlockingImpacts.Contains(v.Impact)).SelectMany(v => v.Nodes.Select(n =>
            $"{page.Url}: {v.Id} ({v.Impact}, {v.Help}) at {n.Target}: {string.Join("; ", n.Any.Concat(n.All).Concat(n.None).Select(c => c.Message))}")));
    }
}
