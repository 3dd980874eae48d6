using System.Net;
using System.Text;
using Glocal.Core.Investments;
using Glocal.Web.Tests.Infrastructure;

namespace Glocal.Web.Tests.Investments;

/// <summary>A code-named project: its officer sees it; a viewer sees only a count, through the API, the export and the pages.</summary>
[Collection(AppCollection.Name)]
public class ConfidentialityTests(GlocalAppFactory app)
{
    private const string Base = "/api/v1/investments";
    private const string Secret = InvestmentsDemoSeeder.ConfidentialCodeName;

    private async Task<Guid> ConfidentialIdAsync()
    {
        var officer = await app.ApiClientAsync("ansan.investment");
        var page = await (await officer.GetAsync($"{Base}/projects?q={Uri.EscapeDataString(Secret)}")).ShouldBeOkAsync<ProjectPage>();
        return page.Items.Single().Id;
    }

    [Fact]
    public async Task Officer_SeesTheConfidentialProject()
    {
        var officer = await app.ApiClientAsync("ansan.investment");
        var project = await (await officer.GetAsync($"{Base}/projects/{await ConfidentialIdAsync()}")).ShouldBeOkAsync<ProjectDetails>();
        project.CodeName.ShouldBe(Secret);
        project.Company.NameEn.ShouldBe("Nord Battery Materials");
    }

    [Fact]
    public async Task Viewer_CannotReadItThroughTheApi_ButSeesTheCount()
    {
        var id = await ConfidentialIdAsync();
        var viewer = await app.ApiClientAsync("ansan.viewer");
        await (await viewer.GetAsync($"{Base}/projects/{id}")).ShouldBeProblemAsync(HttpStatusCode.NotFound, "not_found");

        var list = await viewer.GetStringAsync($"{Base}/projects?pageSize=200");
        list.ShouldNotContain(Secret);
        list.ShouldNotContain("Nord Battery");
        var page = System.Text.Json.JsonSerializer.Deserialize<ProjectPage>(list, System.Text.Json.JsonSerializerOptions.Web)!;
        // Other tests may add code-named projects to Ansan, so the count is what the officer sees and the viewer does not.
        var officer = await app.ApiClientAsync("ansan.investment");
        var officerTotal = (await (await officer.GetAsync($"{Base}/projects?pageSize=1")).ShouldBeOkAsync<ProjectPage>()).Total;
        var hidden = officerTotal - page.Total;
        hidden.ShouldBeGreaterThanOrEqualTo(1);
        page.ConfidentialHidden.ShouldBe(hidden);
        page.Items.ShouldAllBe(p => p.CodeName == null);

        var board = await viewer.GetStringAsync($"{Base}/board");
        board.ShouldNotContain(Secret);
        var columns = System.Text.Json.JsonSerializer.Deserialize<List<BoardColumn>>(board, System.Text.Json.JsonSerializerOptions.Web)!;
        columns.Sum(c => c.ConfidentialHidden).ShouldBe(hidden);

        (await viewer.GetStringAsync($"{Base}/companies?pageSize=200")).ShouldNotContain("Nord Battery");
        (await (await viewer.GetAsync($"{Base}/projects?q=Gull")).ShouldBeOkAsync<ProjectPage>()).Items.ShouldBeEmpty();
    }

    [Fact]
    public async Task Viewer_CannotReadItThroughAnExport()
    {
        // The municipal admin may export but holds no confidential permission.
        var admin = await app.ApiClientAsync("ansan.admin");
        foreach (var format in new[] { "csv", "xlsx" })
        {
            var response = await admin.GetAsync($"{Base}/projects/export?format={format}");
            response.StatusCode.ShouldBe(HttpStatusCode.OK);
            var bytes = await response.Content.ReadAsByteArrayAsync();
            var text = format == "csv" ? Encoding.UTF8.GetString(bytes) : XlsxText(bytes);
            text.ShouldContain("Kansai Fine Ceramics Korea", customMessage: "sanity: the export has the visible projects");
            text.ShouldNotContain(Secret);
            text.ShouldNotContain("Nord Battery");
        }

        var officerCsv = Encoding.UTF8.GetString(await (await app.ApiClientAsync("ansan.investment")).GetByteArrayAsync($"{Base}/projects/export?format=csv"));
        officerCsv.ShouldContain(Secret);
    }

    [Fact]
    public async Task Viewer_CannotWriteToIt()
    {
        var id = await ConfidentialIdAsync();
        var secret = await app.IssueTokenAsync("ansan.investment", [Glocal.Core.Access.Permissions.InvestmentsRead, Glocal.Core.Access.Permissions.InvestmentsUpdate]);
        var scoped = app.AnonymousClient();
        scoped.DefaultRequestHeaders.Authorization = new("Bearer", secret);
        await (await scoped.PostJsonAsync($"{Base}/projects/{id}/grievances", new AddGrievanceRequest(GrievanceCategory.Tax, "x", new DateOnly(2025, 1, 1))))
            .ShouldBeProblemAsync(HttpStatusCode.NotFound, "not_found");
    }

    private static string XlsxText(byte[] bytes)
    {
        using var zip = new System.IO.Compression.ZipArchive(new MemoryStream(bytes));
        return string.Concat(zip.Entries.Where(e => e.FullName.StartsWith("xl/worksheets/", StringComparison.Ordinal)).Select(e =>
        {
            using var reader = new StreamReader(e.Open());
            return reader.ReadToEnd();
        }));
    }
}
