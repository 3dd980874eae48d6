using System.Net;
using System.Net.Http.Headers;
using System.Text.Json;
using Glocal.Core.Exchanges;
using Glocal.Core.Shared;
using Glocal.Core.Shared.Tabular;
using Glocal.Web.Tests.Infrastructure;

namespace Glocal.Web.Tests.Exchanges;

[Collection(AppCollection.Name)]
public class RegistryImportTests(GlocalAppFactory app)
{
    private static async Task<HttpResponseMessage> UploadAsync(HttpClient client, string fixture)
    {
        using var form = new MultipartFormDataContent();
        var content = new ByteArrayContent(await File.ReadAllBytesAsync(Path.Combine(AppContext.BaseDirectory, "Exchanges", "Fixtures", fixture)));
        content.Headers.ContentType = new MediaTypeHeaderValue("application/octet-stream");
        form.Add(content, "file", fixture);
        return await client.PostAsync("/api/v1/exchanges/import", form);
    }

    private static async Task<PartnerSummary?> FindAsync(HttpClient client, string nameEn, string country) =>
        (await (await client.GetAsync($"/api/v1/exchanges/partners?q={Uri.EscapeDataString(nameEn)}&country={country}")).ShouldBeOkAsync<Page<PartnerSummary>>())
            .Items.SingleOrDefault(p => p.NameEn == nameEn);

    [Fact]
    public async Task Import_GoodFileTwice_CreatesThenChangesNothing()
    {
        var client = await app.ApiClientAsync("ansan.exchange");
        var first = await (await UploadAsync(client, "registry-good.csv")).ShouldBeOkAsync<ImportReport>();
        first.Rows.ShouldBe(4);
        (first.Created, first.Updated, first.Unchanged).ShouldBe((3, 0, 0), "the Siheung row is skipped");

        var osaka = (await FindAsync(client, "Osaka", "JP")).ShouldNotBeNull("matched in the gazetteer by its Korean name");
        osaka.NameKo.ShouldBe("오사카시");
        osaka.Latitude.ShouldNotBeNull();
        osaka.MainAgreement.ShouldBe(AgreementType.Friendship);
        osaka.FirstSignedOn.ShouldBe(new DateOnly(2001, 4, 15));
        osaka.Fields.ShouldBe(ExchangeFields.CultureArts | ExchangeFields.Tourism);
        var vladivostok = (await FindAsync(client, "Vladivostok", "RU")).ShouldNotBeNull();
        vladivostok.MainAgreement.ShouldBe(AgreementType.SisterCity);

        var second = await (await UploadAsync(client, "registry-good.csv")).ShouldBeOkAsync<ImportReport>();
        (second.Created, second.Updated, second.Unchanged).ShouldBe((0, 0, 3));
        var all = await (await client.GetAsync("/api/v1/exchanges/partners?q=Osaka&country=JP")).ShouldBeOkAsync<Page<PartnerSummary>>();
        all.Total.ShouldBe(1);
        (await FindAsync(await app.ApiClientAsync("siheung.exchange"), "Weihai", "CN"))?.Id.ShouldNotBe(osaka.Id);
    }

    [Fact]
    public async Task Import_FileWithBadRows_IsRejectedWithEveryIssueAndStoresNothing()
    {
        var client = await app.ApiClientAsync("ansan.exchange");
        var problem = await (await UploadAsync(client, "registry-bad.csv")).ShouldBeProblemAsync(HttpStatusCode.UnprocessableEntity, "import_rejected");
        var report = problem.GetProperty("report").Deserialize<ImportReport>(JsonSerializerOptions.Web)!;
        report.Issues.Select(i => (i.Row, i.Column, i.Code)).ShouldBe(
        [
            (3, "국가", "unknown_country"),
            (4, "의회의결일", "agreement_council_approval_required"),
            (5, "교류형태", "unknown_type"),
            (5, "체결일", "invalid_date"),
            (5, "교류분야", "unknown_fields"),
        ], ignoreOrder: true);
        (await FindAsync(client, "Qingdao", "CN")).ShouldBeNull("the good row of a rejected file is not stored either");
    }

    [Fact]
    public async Task Import_Cp949File_ReadsKorean()
    {
        var client = await app.ApiClientAsync("ansan.exchange");
        var report = await (await UploadAsync(client, "registry-cp949.csv")).ShouldBeOkAsync<ImportReport>();
        report.Created.ShouldBe(2);
        var fukuoka = (await FindAsync(client, "Fukuoka", "JP")).ShouldNotBeNull();
        fukuoka.NameKo.ShouldBe("후쿠오카시");
        fukuoka.Region.ShouldBe("Fukuoka");
        fukuoka.MainAgreement.ShouldBe(AgreementType.LetterOfIntent);
        (await FindAsync(client, "Manila", "PH")).ShouldNotBeNull().Fields.ShouldBe(ExchangeFields.People);
    }

    [Fact]
    public async Task Import_Xlsx_ReadsDateCells()
    {
        var client = await app.ApiClientAsync("ansan.exchange");
        var report = await (await UploadAsync(client, "registry.xlsx")).ShouldBeOkAsync<ImportReport>();
        report.Created.ShouldBe(2);
        (await FindAsync(client, "Almaty", "KZ")).ShouldNotBeNull().FirstSignedOn.ShouldBe(new DateOnly(2014, 10, 10));
        (await FindAsync(client, "Tashkent", "UZ")).ShouldNotBeNull().MainAgreement.ShouldBe(AgreementType.FieldMou);
    }

    [Fact]
    public async Task Gazetteer_Anshan_FindsTheLiaoningCityFirst()
    {
        var client = await app.ApiClientAsync("ansan.viewer");
        var found = await (await client.GetAsync("/api/v1/exchanges/gazetteer?q=Anshan")).ShouldBeOkAsync<List<GazetteerCity>>();
        var first = found.First();
        (first.Name, first.CountryCode, first.Region, first.NameLocal).ShouldBe(("Anshan", "CN", "Liaoning", "鞍山市"));
        first.Latitude.ShouldBe(41.12, 0.01);
        first.Longitude.ShouldBe(122.99, 0.01);
        (await (await client.GetAsync("/api/v1/exchanges/gazetteer?q=옌타이")).ShouldBeOkAsync<List<GazetteerCity>>()).First().Name.ShouldBe("Yantai");
    }

    [Fact]
    public async Task Demo_AnsanHasItsRealPartnersWithComputedStatuses()
    {
        var client = await app.ApiClientAsync("ansan.viewer");
        async Task<PartnerSummary> Partner(string name) => (await FindAsync(client, name, "CN")).ShouldNotBeNull(name);
        var anshan = await Partner("Anshan");
        (anshan.MainAgreement, anshan.FirstSignedOn, anshan.Status).ShouldBe((AgreementType.SisterCity, new DateOnly(1997, 10, 20), RelationshipStatus.Active));
        (await Partner("Yantai")).Status.ShouldBe(RelationshipStatus.Dormant);
        (await Partner("Leshan")).MainAgreement.ShouldBe(AgreementType.Friendship);
        var hunchun = await Partner("Hunchun");
        (hunchun.MainAgreement, hunchun.Status).ShouldBe((AgreementType.LetterOfIntent, RelationshipStatus.NeverActive));
        var headline = await (await client.GetAsync("/api/v1/exchanges/headline")).ShouldBeOkAsync<ExchangeHeadline>();
        headline.Dormant.ShouldBeGreaterThan(0);
        headline.OverdueFollowUps.ShouldBeGreaterThan(0);
    }
}
