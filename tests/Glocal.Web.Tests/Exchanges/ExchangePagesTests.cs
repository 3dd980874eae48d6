using System.Net;
using Glocal.Web.Tests.Infrastructure;

namespace Glocal.Web.Tests.Exchanges;

[Collection(AppCollection.Name)]
public class ExchangePagesTests(GlocalAppFactory app)
{
    [Theory]
    [InlineData("/Exchanges", "안산시")]
    [InlineData("/Exchanges?status=Dormant&sort=-last", "옌타이시")]
    [InlineData("/Exchanges/Map", "<path d=\"M")]
    [InlineData("/Exchanges/Activities?substantive=false", "신년")]
    [InlineData("/Exchanges/New?q=Anshan", "Liaoning")]
    [InlineData("/Exchanges/Import", "자치단체")]
    [InlineData("/Exchanges/Delegations?overdue=true", "data-testid=\"delegations\"")]
    [InlineData("/Exchanges/Delegations?q=zzzz-none", "등록된 대표단이 없습니다.")]
    [InlineData("/", "휴면")]
    public async Task Page_ExchangeOfficer_Renders(string url, string expected)
    {
        var client = await app.SignedInClientAsync("ansan.exchange");
        var response = await client.GetAsync(url);
        var html = WebUtility.HtmlDecode(await response.Content.ReadAsStringAsync());
        response.StatusCode.ShouldBe(HttpStatusCode.OK, html);
        html.ShouldContain(expected);
    }

    [Fact]
    public async Task PartnerPage_ShowsTimelineAndComputedStatus()
    {
        var client = await app.SignedInClientAsync("ansan.exchange");
        var list = await client.GetStringAsync("/Exchanges?q=Yantai");
        var link = System.Text.RegularExpressions.Regex.Match(list, "/Exchanges/Partner/([0-9a-f-]{36})").Value;
        var html = WebUtility.HtmlDecode(await client.GetStringAsync(link));
        html.ShouldContain("data-testid=\"partner-status\">휴면<");
        html.ShouldContain("exch-timeline");
    }

    [Fact]
    public async Task Pages_WithoutPermission_AreRefused()
    {
        var viewer = await app.SignedInClientAsync("ansan.viewer");
        (await viewer.GetAsync("/Exchanges")).StatusCode.ShouldBe(HttpStatusCode.OK);
        (await viewer.GetAsync("/Exchanges/New")).StatusCode.ShouldNotBe(HttpStatusCode.OK);
        var ngo = await app.SignedInClientAsync("ansan.ngo");
        (await ngo.GetAsync("/Exchanges")).StatusCode.ShouldNotBe(HttpStatusCode.OK);
    }
}
