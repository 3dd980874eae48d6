using System.Net;
using System.Text.RegularExpressions;
using Glocal.Core.Exchanges;
using Glocal.Web.Tests.Infrastructure;

namespace Glocal.Web.Tests.Exchanges;

/// <summary>The programme, partner and delegation forms, posted as a browser would, on the engine under test.</summary>
[Collection(AppCollection.Name)]
public partial class ExchangeFormsTests(GlocalAppFactory app)
{
    private static string Version(string html, string field = "Input.Version") =>
        Regex.Match(html, $"name=\"{Regex.Escape(field)}\" value=\"(\\d+)\"|value=\"(\\d+)\"[^>]*name=\"{Regex.Escape(field)}\"") is { Success: true } m
            ? (m.Groups[1].Success ? m.Groups[1].Value : m.Groups[2].Value)
            : throw new InvalidOperationException("No version field in the form.");

    [Fact]
    public async Task ProgrammeForm_CreatesAProgrammeWithBudgetLines_ThenEditsThem()
    {
        var api = await app.ApiClientAsync("ansan.exchange");
        var partner = await api.CreatePartnerAsync();
        var browser = await app.SignedInClientAsync("ansan.exchange");
        var created = await GlocalAppFactory.PostFormAsync(browser, $"/Exchanges/Programme?partner={partner.Id}", new()
        {
            ["Input.PartnerCityId"] = partner.Id.ToString(), ["Input.Version"] = "0", ["Input.Name"] = "Robotics camp", ["Input.Field"] = "Education",
            ["Input.Direction"] = "Inbound", ["Input.Format"] = "StudentYouthExchange", ["Input.Recurrence"] = "MultiYear", ["Input.StartYear"] = "2025", ["Input.EndYear"] = "2027",
            ["Input.Budgets[0].Year"] = "2025", ["Input.Budgets[0].Source"] = "City", ["Input.Budgets[0].PlannedWon"] = "40000000", ["Input.Budgets[0].ExecutedWon"] = "38000000",
            ["Input.Budgets[1].Year"] = "2025", ["Input.Budgets[1].Source"] = "Provincial", ["Input.Budgets[1].PlannedWon"] = "10000000",
            ["Input.Budgets[2].Year"] = "", ["Input.Budgets[2].Source"] = "City", ["Input.Budgets[2].PlannedWon"] = "",
        });
        created.StatusCode.ShouldBe(HttpStatusCode.Redirect, await created.Content.ReadAsStringAsync());
        var programme = (await api.PartnerAsync(partner.Id)).Programmes.ShouldHaveSingleItem();
        programme.Format.ShouldBe(ProgrammeFormat.StudentYouthExchange);
        programme.Budgets.Count.ShouldBe(2);
        programme.PlannedWon.ShouldBe(50_000_000);
        programme.ExecutedWon.ShouldBe(38_000_000);

        var form = await browser.GetStringAsync($"/Exchanges/Programme/{programme.Id}");
        var edited = await GlocalAppFactory.PostFormAsync(browser, $"/Exchanges/Programme/{programme.Id}", new()
        {
            ["Input.PartnerCityId"] = partner.Id.ToString(), ["Input.Version"] = Version(form), ["Input.Name"] = "Robotics camp", ["Input.Field"] = "Education",
            ["Input.Direction"] = "Inbound", ["Input.Format"] = "StudentYouthExchange", ["Input.Recurrence"] = "MultiYear", ["Input.StartYear"] = "2025", ["Input.EndYear"] = "2027",
            ["Input.Budgets[0].Year"] = "2026", ["Input.Budgets[0].Source"] = "National", ["Input.Budgets[0].PlannedWon"] = "5000000",
        });
        edited.StatusCode.ShouldBe(HttpStatusCode.Redirect, await edited.Content.ReadAsStringAsync());
        var after = (await api.PartnerAsync(partner.Id)).Programmes.Single();
        after.Budgets.ShouldHaveSingleItem().Source.ShouldBe(FundingSource.National);
    }

    [Fact]
    public async Task EditPartner_StaleForm_ShowsTheConflictMessage_AndKeepsTheNewerEdit()
    {
        var api = await app.ApiClientAsync("ansan.exchange");
        var partner = await api.CreatePartnerAsync();
        var browser = await app.SignedInClientAsync("ansan.exchange");
        var form = await browser.GetStringAsync($"/Exchanges/EditPartner/{partner.Id}");
        var opened = Version(form);

        var first = await GlocalAppFactory.PostFormAsync(browser, $"/Exchanges/EditPartner/{partner.Id}", new()
        {
            ["Input.Version"] = opened, ["Input.NameKo"] = "새이름시", ["Input.NameEn"] = partner.NameEn, ["Input.Level"] = "City", ["Input.Notes"] = "first",
        });
        first.StatusCode.ShouldBe(HttpStatusCode.Redirect);

        var stale = await GlocalAppFactory.PostFormAsync(browser, $"/Exchanges/EditPartner/{partner.Id}", new()
        {
            ["Input.Version"] = opened, ["Input.NameKo"] = "늦은이름시", ["Input.NameEn"] = partner.NameEn, ["Input.Level"] = "City", ["Input.Notes"] = "stale",
        });
        stale.StatusCode.ShouldBe(HttpStatusCode.OK);
        WebUtility.HtmlDecode(await stale.Content.ReadAsStringAsync()).ShouldContain("다른 사람이 이 기록을 고쳤습니다");
        var stored = await api.PartnerAsync(partner.Id);
        stored.NameKo.ShouldBe("새이름시");
        stored.Notes.ShouldBe("first");
    }

    [Fact]
    public async Task DelegationPage_RecordsTheReportAndAFollowUp()
    {
        var api = await app.ApiClientAsync("ansan.exchange");
        var partner = await api.CreatePartnerAsync();
        var id = (await (await api.PostJsonAsync("/api/v1/exchanges/delegations", new CreateDelegationRequest(partner.Id, ExchangeDirection.Inbound,
            DelegationHead.DeputyMayor, "Trade mission", new DateOnly(2025, 5, 1), new DateOnly(2025, 5, 3))))
            .ShouldBeOkAsync<Glocal.Web.Api.Exchanges.IdResponse>(HttpStatusCode.Created)).Id;
        var browser = await app.SignedInClientAsync("ansan.exchange");
        var form = await browser.GetStringAsync($"/Exchanges/Delegation/{id}");
        (await GlocalAppFactory.PostFormAsync(browser, $"/Exchanges/Delegation/{id}", new()
        {
            ["Input.Version"] = Version(form), ["Input.Direction"] = "Inbound", ["Input.Head"] = "DeputyMayor", ["Input.Purpose"] = "Trade mission",
            ["Input.StartsOn"] = "2025-05-01", ["Input.EndsOn"] = "2025-05-03", ["Input.CostWon"] = "3000000", ["Input.MembersBusiness"] = "6", ["Input.MembersOfficials"] = "2",
            ["Input.ReportedOn"] = "2025-05-10", ["Input.ReportSummary"] = "Two investment leads",
        })).StatusCode.ShouldBe(HttpStatusCode.Redirect);
        (await GlocalAppFactory.PostFormAsync(browser, $"/Exchanges/Delegation/{id}?handler=FollowUp", new()
        {
            ["FollowUp.Description"] = "Send the site brochure", ["FollowUp.DueOn"] = "2025-06-01",
        }, $"/Exchanges/Delegation/{id}")).StatusCode.ShouldBe(HttpStatusCode.Redirect);

        var delegation = await (await api.GetAsync($"/api/v1/exchanges/delegations/{id}")).ShouldBeOkAsync<DelegationDetails>();
        delegation.MembersBusiness.ShouldBe(6);
        delegation.Members.ShouldBe(8);
        delegation.ReportSummary.ShouldBe("Two investment leads");
        delegation.FollowUps.ShouldHaveSingleItem().Description.ShouldBe("Send the site brochure");
    }

    [Fact]
    public async Task Forms_ForAViewer_AreRefused()
    {
        var api = await app.ApiClientAsync("ansan.exchange");
        var partner = await api.CreatePartnerAsync();
        var viewer = await app.SignedInClientAsync("ansan.viewer");
        (await viewer.GetAsync($"/Exchanges/EditPartner/{partner.Id}")).StatusCode.ShouldNotBe(HttpStatusCode.OK);
        (await viewer.GetAsync($"/Exchanges/Programme?partner={partner.Id}")).StatusCode.ShouldNotBe(HttpStatusCode.OK);
        var page = await viewer.GetStringAsync($"/Exchanges/Partner/{partner.Id}");
        page.ShouldNotContain("/Exchanges/EditPartner/");
        page.ShouldNotContain("/Exchanges/Programme?partner=");
    }
}
