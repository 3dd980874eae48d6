using System.Net;
using Glocal.Core.Exchanges;
using Glocal.Core.Investments;
using Glocal.Web.Api.Exchanges;
using Glocal.Web.Tests.Exchanges;
using Glocal.Web.Tests.Infrastructure;

namespace Glocal.Web.Tests.Investments;

/// <summary>A project sourced from a partner-city delegation links to the exchange module's record of it, in the same municipality only.</summary>
[Collection(AppCollection.Name)]
public class OriginTests(GlocalAppFactory app)
{
    private static async Task<Guid> DelegationAsync(HttpClient exchange)
    {
        var partner = await exchange.CreatePartnerAsync();
        var created = await (await exchange.PostJsonAsync("/api/v1/exchanges/delegations", new CreateDelegationRequest(partner.Id, ExchangeDirection.Inbound,
            DelegationHead.DeputyMayor, "투자 설명회 동행 방문", new DateOnly(2025, 3, 4), new DateOnly(2025, 3, 6), MembersBusiness: 5)))
            .ShouldBeOkAsync<IdResponse>(HttpStatusCode.Created);
        return created.Id;
    }

    [Fact]
    public async Task Project_FromADelegation_ShowsItOnThePage()
    {
        var delegation = await DelegationAsync(await app.ApiClientAsync("ansan.exchange"));
        var officer = await app.ApiClientAsync("ansan.investment");
        var company = await InvestmentsApiTests.NewCompanyAsync(officer, "Origin Co " + Guid.NewGuid().ToString("N")[..6]);
        var project = await (await officer.PostJsonAsync("/api/v1/investments/projects", new CreateProjectRequest(company, "From a delegation " + Guid.NewGuid().ToString("N")[..6], "담당",
            ProjectSource.PartnerCityDelegation, SourceDelegationId: delegation))).ShouldBeOkAsync<ProjectDetails>(HttpStatusCode.Created);
        project.Origin.DelegationId.ShouldBe(delegation);
        project.Origin.Delegation.ShouldNotBeNull().ShouldContain("투자 설명회 동행 방문");

        var page = WebUtility.HtmlDecode(await (await app.SignedInClientAsync("ansan.investment")).GetStringAsync($"/Investments/Project/{project.Id}"));
        page.ShouldContain("투자 설명회 동행 방문");
    }

    [Fact]
    public async Task Project_FromAnotherMunicipalitysDelegation_IsRefused()
    {
        var siheungDelegation = await DelegationAsync(await app.ApiClientAsync("siheung.exchange"));
        var officer = await app.ApiClientAsync("ansan.investment");
        var company = await InvestmentsApiTests.NewCompanyAsync(officer, "Origin Co " + Guid.NewGuid().ToString("N")[..6]);
        await (await officer.PostJsonAsync("/api/v1/investments/projects", new CreateProjectRequest(company, "Stolen origin", "담당",
            ProjectSource.PartnerCityDelegation, SourceDelegationId: siheungDelegation))).ShouldBeProblemAsync(HttpStatusCode.UnprocessableEntity, "origin_unknown");
        await (await officer.PostJsonAsync("/api/v1/investments/projects", new CreateProjectRequest(company, "Mismatched origin", "담당",
            ProjectSource.Roadshow, SourceDelegationId: siheungDelegation))).ShouldBeProblemAsync(HttpStatusCode.UnprocessableEntity, "origin_mismatch");
    }
}
