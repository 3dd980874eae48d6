using System.Net;
using Glocal.Core.Policies;
using Glocal.Web.Tests.Infrastructure;

namespace Glocal.Web.Tests.Policies;

/// <summary>The cross-pillar chain on a hand-checked example (<see cref="ChainBuilder"/>): only arrived money counts.</summary>
[Collection(AppCollection.Name)]
public class ChainsTests(GlocalAppFactory app)
{
    // No demo activity is this old, so the year holds this test's activity only.
    private const int Year = 2003;

    [Fact]
    public async Task Chains_HandCheckedExample_CountsOnlyArrivedMoney_AndFiltersByYear()
    {
        var chain = await ChainBuilder.AnsanAsync(app, new DateOnly(Year, 4, 10));
        var planner = await app.ApiClientAsync("ansan.planner");

        var response = await planner.GetAsync($"/api/v1/policies/chains?year={Year}");
        var raw = await response.Content.ReadAsStringAsync();
        var links = await response.ShouldBeOkAsync<List<ChainLink>>();
        var row = links.ShouldHaveSingleItem();
        row.ActivityId.ShouldBe(chain.ActivityId);
        row.Activity.ShouldBe(chain.ActivityTitle);
        row.OccurredOn.ShouldBe(new DateOnly(Year, 4, 10));
        (row.Leads, row.Mous, row.Arrived, row.ArrivedKrw, row.Jobs)
            .ShouldBe((ChainBuilder.Leads, ChainBuilder.Mous, ChainBuilder.Arrived, ChainBuilder.ArrivedKrw, ChainBuilder.Jobs));
        // The confidential project counts (its MOU is one of the two) but is never named.
        raw.ShouldNotContain(chain.ConfidentialTitle);
        raw.ShouldNotContain(chain.ConfidentialCodeName);

        (await (await planner.GetAsync($"/api/v1/policies/chains?year={Year + 1}")).ShouldBeOkAsync<List<ChainLink>>())
            .ShouldNotContain(c => c.ActivityId == chain.ActivityId);
        (await (await planner.GetAsync("/api/v1/policies/chains")).ShouldBeOkAsync<List<ChainLink>>())
            .ShouldContain(c => c.ActivityId == chain.ActivityId);
        // Another municipality does not see Ansan's chain.
        (await (await (await app.ApiClientAsync("siheung.planner")).GetAsync($"/api/v1/policies/chains?year={Year}")).ShouldBeOkAsync<List<ChainLink>>())
            .ShouldNotContain(c => c.ActivityId == chain.ActivityId);

        var page = WebUtility.HtmlDecode(await (await app.SignedInClientAsync("ansan.viewer")).GetStringAsync($"/Policies?year={Year}"));
        page.ShouldContain(chain.ActivityTitle);
        page.ShouldContain("2,400,000,000");
        page.ShouldNotContain(chain.ConfidentialTitle);
        page.ShouldNotContain(chain.ConfidentialCodeName);
    }
}
