using System.Net;
using Glocal.Core.Investments;
using Glocal.Web.Tests.Infrastructure;

namespace Glocal.Web.Tests.Investments;

/// <summary>The module's pages render for its officer and keep confidential projects from a viewer.</summary>
[Collection(AppCollection.Name)]
public class InvestmentsPagesTests(GlocalAppFactory app)
{
    private const string Secret = InvestmentsDemoSeeder.ConfidentialCodeName;

    private async Task<Guid> ProjectIdAsync(string query)
    {
        var officer = await app.ApiClientAsync("ansan.investment");
        return (await (await officer.GetAsync($"/api/v1/investments/projects?q={Uri.EscapeDataString(query)}")).ShouldBeOkAsync<ProjectPage>()).Items.Single().Id;
    }

    [Theory]
    [InlineData("/Investments")]
    [InlineData("/Investments/Projects?sort=pledged_desc&stage=Delayed")]
    [InlineData("/Investments/Companies?country=JP")]
    [InlineData("/Investments/Import")]
    [InlineData("/")]
    public async Task Page_Officer_Renders(string path)
    {
        var officer = await app.SignedInClientAsync("ansan.investment");
        var response = await officer.GetAsync(path);
        response.StatusCode.ShouldBe(HttpStatusCode.OK, path);
    }

    [Fact]
    public async Task ProjectPage_Officer_ShowsTimelineMoneyAndForms()
    {
        var officer = await app.SignedInClientAsync("ansan.investment");
        var html = WebUtility.HtmlDecode(await officer.GetStringAsync($"/Investments/Project/{await ProjectIdAsync("Kansai")}"));
        html.ShouldContain("<svg class=\"inv-chart inv-timeline\"");
        html.ShouldContain("₩35,000,000,000");
        html.ShouldContain("handler=Stage");
        html.ShouldContain("간사이 파인세라믹스 코리아");
    }

    [Fact]
    public async Task Pages_Viewer_SeeCountsNotTheConfidentialProject()
    {
        var viewer = await app.SignedInClientAsync("ansan.viewer");
        foreach (var path in new[] { "/Investments", "/Investments/Projects", "/Investments/Companies", "/Investments/Projects?q=Gull" })
        {
            var html = WebUtility.HtmlDecode(await viewer.GetStringAsync(path));
            html.ShouldNotContain(Secret, customMessage: path);
            html.ShouldNotContain("Nord Battery", customMessage: path);
            html.ShouldNotContain("양극재", customMessage: path);
        }

        (await viewer.GetStringAsync("/Investments")).ShouldContain("data-testid=\"inv-hidden\"");
        (await viewer.GetAsync($"/Investments/Project/{await ProjectIdAsync(Secret)}")).StatusCode.ShouldBe(HttpStatusCode.NotFound);
        var officerHtml = WebUtility.HtmlDecode(await (await app.SignedInClientAsync("ansan.investment")).GetStringAsync("/Investments"));
        officerHtml.ShouldContain(Secret);
    }

    [Fact]
    public async Task ProjectPage_ViewerPost_IsForbidden()
    {
        var viewer = await app.SignedInClientAsync("ansan.viewer");
        var id = await ProjectIdAsync("Kansai");
        var response = await GlocalAppFactory.PostFormAsync(viewer, $"/Investments/Project/{id}?handler=Stage",
            new() { ["stage.Stage"] = "Withdrawn", ["stage.On"] = "2025-01-01" }, $"/Investments/Project/{id}");
        // Pages answer a forbidden request the app's way: to the status page with 403.
        response.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        response.Headers.Location!.AbsolutePath.ShouldBe("/Status");
        var project = await (await (await app.ApiClientAsync("ansan.investment")).GetAsync($"/api/v1/investments/projects/{id}")).ShouldBeOkAsync<ProjectDetails>();
        project.Stage.ShouldNotBe(ProjectStage.Withdrawn);
    }

    [Fact]
    public async Task Dashboard_ShowsVerifiedInvestmentHeadline()
    {
        var planner = await app.SignedInClientAsync("ansan.planner");
        var html = await planner.GetStringAsync("/");
        html.ShouldContain("data-testid=\"inv-headline-verified\"");
        html.ShouldContain("inv-bar-shadow");
    }
}
