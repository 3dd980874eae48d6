using System.Net;
using System.Net.Http.Json;
using Glocal.Core.Exchanges;
using Glocal.Web.Api.Exchanges;
using Glocal.Web.Tests.Infrastructure;
using static Glocal.Web.Tests.Exchanges.ExchangeBuilders;

namespace Glocal.Web.Tests.Exchanges;

/// <summary>Edits of partners, agreements, programmes and delegations carry the row version as ETag and honour If-Match (ADR 0023).</summary>
[Collection(AppCollection.Name)]
public class ExchangeVersioningTests(GlocalAppFactory app)
{
    internal static async Task<HttpResponseMessage> PatchAsync<T>(HttpClient client, string url, T body, string? ifMatch)
    {
        using var request = new HttpRequestMessage(HttpMethod.Patch, url) { Content = JsonContent.Create(body) };
        if (ifMatch is not null)
        {
            request.Headers.TryAddWithoutValidation("If-Match", ifMatch);
        }

        return await client.SendAsync(request);
    }

    internal static string ETagOf(HttpResponseMessage response) => response.Headers.ETag.ShouldNotBeNull().Tag;

    [Fact]
    public async Task PatchPartner_WithCurrentETag_Succeeds_WithStaleETag_Is412()
    {
        var client = await app.ApiClientAsync("ansan.exchange");
        var partner = await client.CreatePartnerAsync();
        var read = await client.GetAsync($"/api/v1/exchanges/partners/{partner.Id}");
        var etag = ETagOf(read);
        etag.ShouldBe($"\"{(await read.ShouldBeOkAsync<PartnerDetails>()).Version}\"");

        var first = await PatchAsync(client, $"/api/v1/exchanges/partners/{partner.Id}", new UpdatePartnerRequest(Population: 600_000), etag);
        var updated = await first.ShouldBeOkAsync<PartnerDetails>();
        updated.Population.ShouldBe(600_000);
        ETagOf(first).ShouldNotBe(etag);

        var stale = await PatchAsync(client, $"/api/v1/exchanges/partners/{partner.Id}", new UpdatePartnerRequest(Population: 1), etag);
        await stale.ShouldBeProblemAsync(HttpStatusCode.PreconditionFailed, "version_mismatch");
        (await client.PartnerAsync(partner.Id)).Population.ShouldBe(600_000, "a stale edit must not be stored");

        await (await PatchAsync(client, $"/api/v1/exchanges/partners/{partner.Id}", new UpdatePartnerRequest(Notes: "unconditional"), null)).ShouldBeOkAsync<PartnerDetails>();
        await (await PatchAsync(client, $"/api/v1/exchanges/partners/{partner.Id}", new UpdatePartnerRequest(Notes: "x"), "W/\"1\""))
            .ShouldBeProblemAsync(HttpStatusCode.BadRequest, "if_match_invalid");
    }

    [Fact]
    public async Task PatchAgreement_ChecksRulesAndVersion()
    {
        var client = await app.ApiClientAsync("ansan.exchange");
        var partner = await client.CreatePartnerAsync();
        var id = (await (await client.PostJsonAsync("/api/v1/exchanges/agreements",
            new CreateAgreementRequest(partner.Id, AgreementType.Friendship, new DateOnly(2019, 3, 1), ExchangeFields.Tourism))).ShouldBeOkAsync<IdResponse>(HttpStatusCode.Created)).Id;
        var etag = ETagOf(await client.GetAsync($"/api/v1/exchanges/agreements/{id}"));

        await (await PatchAsync(client, $"/api/v1/exchanges/agreements/{id}", new UpdateAgreementRequest(Type: AgreementType.SisterCity), etag))
            .ShouldBeProblemAsync(HttpStatusCode.UnprocessableEntity, "agreement_council_approval_required");
        var ok = await PatchAsync(client, $"/api/v1/exchanges/agreements/{id}", new UpdateAgreementRequest(Type: AgreementType.SisterCity,
            CouncilApprovedOn: new DateOnly(2019, 2, 1), CouncilResolutionNumber: "제2019-7호"), etag);
        (await ok.ShouldBeOkAsync<AgreementDetails>()).Type.ShouldBe(AgreementType.SisterCity);

        await (await PatchAsync(client, $"/api/v1/exchanges/agreements/{id}", new UpdateAgreementRequest(Motive: "late"), etag))
            .ShouldBeProblemAsync(HttpStatusCode.PreconditionFailed, "version_mismatch");
    }

    [Fact]
    public async Task PatchProgramme_ReplacesBudgetLines_AndAStaleBudgetEditIsRefused()
    {
        var client = await app.ApiClientAsync("ansan.exchange");
        var partner = await client.CreatePartnerAsync();
        var id = (await (await client.PostJsonAsync("/api/v1/exchanges/programmes", new CreateProgrammeRequest(partner.Id, "Youth camp", ExchangeFields.Youth,
            ExchangeDirection.Bilateral, ProgrammeFormat.StudentYouthExchange, ProgrammeRecurrence.Annual, 2024, 2026,
            Budgets: [new BudgetLine(2024, FundingSource.City, 30_000_000, 28_500_000)]))).ShouldBeOkAsync<IdResponse>(HttpStatusCode.Created)).Id;
        var read = await client.GetAsync($"/api/v1/exchanges/programmes/{id}");
        var etag = ETagOf(read);

        var edited = await PatchAsync(client, $"/api/v1/exchanges/programmes/{id}", new UpdateProgrammeRequest(Budgets:
            [new BudgetLine(2024, FundingSource.City, 30_000_000, 29_000_000), new BudgetLine(2025, FundingSource.Provincial, 10_000_000)]), etag);
        var programme = await edited.ShouldBeOkAsync<ProgrammeDetails>();
        programme.Budgets.Count.ShouldBe(2);
        programme.PlannedWon.ShouldBe(40_000_000);
        programme.ExecutedWon.ShouldBe(29_000_000);

        // Only budget lines changed, yet the programme's version moved: the first editor's form is now stale.
        ETagOf(edited).ShouldNotBe(etag);
        await (await PatchAsync(client, $"/api/v1/exchanges/programmes/{id}", new UpdateProgrammeRequest(Budgets: []), etag))
            .ShouldBeProblemAsync(HttpStatusCode.PreconditionFailed, "version_mismatch");
        (await (await client.GetAsync($"/api/v1/exchanges/programmes/{id}")).ShouldBeOkAsync<ProgrammeDetails>()).Budgets.Count.ShouldBe(2);

        await (await PatchAsync(client, $"/api/v1/exchanges/programmes/{id}", new UpdateProgrammeRequest(Field: ExchangeFields.Youth | ExchangeFields.Sports), ETagOf(edited)))
            .ShouldBeProblemAsync(HttpStatusCode.UnprocessableEntity, "programme_field_single");
    }

    [Fact]
    public async Task PatchDelegation_RecordsTheReport_ChecksRulesAndVersion()
    {
        var client = await app.ApiClientAsync("ansan.exchange");
        var partner = await client.CreatePartnerAsync();
        var id = (await (await client.PostJsonAsync("/api/v1/exchanges/delegations", new CreateDelegationRequest(partner.Id, ExchangeDirection.Outbound,
            DelegationHead.Mayor, "Sister-city anniversary", new DateOnly(2025, 9, 1), new DateOnly(2025, 9, 4), 12_000_000, MembersOfficials: 4,
            ApprovedOn: new DateOnly(2025, 8, 1)))).ShouldBeOkAsync<IdResponse>(HttpStatusCode.Created)).Id;
        var etag = ETagOf(await client.GetAsync($"/api/v1/exchanges/delegations/{id}"));

        await (await PatchAsync(client, $"/api/v1/exchanges/delegations/{id}", new UpdateDelegationRequest(ReportedOn: new DateOnly(2025, 9, 2)), etag))
            .ShouldBeProblemAsync(HttpStatusCode.UnprocessableEntity, "delegation_report_before_return");
        var reported = await (await PatchAsync(client, $"/api/v1/exchanges/delegations/{id}", new UpdateDelegationRequest(ReportedOn: new DateOnly(2025, 9, 20),
            ReportSummary: "MOU on vocational training agreed", MembersCouncil: 2), etag)).ShouldBeOkAsync<DelegationDetails>();
        reported.ReportedOn.ShouldBe(new DateOnly(2025, 9, 20));
        reported.Members.ShouldBe(6);

        await (await PatchAsync(client, $"/api/v1/exchanges/delegations/{id}", new UpdateDelegationRequest(CostWon: 1), etag))
            .ShouldBeProblemAsync(HttpStatusCode.PreconditionFailed, "version_mismatch");
    }

    [Fact]
    public async Task AddFollowUp_ValidatedAfterTheDelegationIsFound()
    {
        var client = await app.ApiClientAsync("ansan.exchange");
        var id = await client.NewRecordAsync("delegations");
        await (await client.PostJsonAsync($"/api/v1/exchanges/delegations/{id}/follow-ups", new { dueOn = "2025-02-01" }))
            .ShouldBeProblemAsync(HttpStatusCode.BadRequest, "validation_failed");
        await (await client.PostJsonAsync($"/api/v1/exchanges/delegations/{Guid.NewGuid()}/follow-ups", new { dueOn = "2025-02-01" }))
            .ShouldBeProblemAsync(HttpStatusCode.NotFound, "not_found");
        (await client.PostJsonAsync($"/api/v1/exchanges/delegations/{id}/follow-ups", new FollowUpLine("Send photos", new DateOnly(2025, 2, 1)))).StatusCode.ShouldBe(HttpStatusCode.OK);
    }

    [Fact]
    public async Task Patch_AnotherMunicipalitysRecord_IsNotFound()
    {
        var siheung = await app.ApiClientAsync("siheung.exchange");
        var partner = await siheung.CreatePartnerAsync();
        var ansan = await app.ApiClientAsync("ansan.exchange");
        (await PatchAsync(ansan, $"/api/v1/exchanges/partners/{partner.Id}", new UpdatePartnerRequest(Notes: "x"), "\"0\"")).StatusCode.ShouldBe(HttpStatusCode.NotFound);
    }
}
