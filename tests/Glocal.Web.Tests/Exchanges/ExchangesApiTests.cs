using System.Net;
using System.Text;
using Glocal.Core.Exchanges;
using Glocal.Core.Shared;
using Glocal.Web.Api.Exchanges;
using Glocal.Web.Tests.Infrastructure;
using static Glocal.Web.Tests.Exchanges.ExchangeBuilders;

namespace Glocal.Web.Tests.Exchanges;

[Collection(AppCollection.Name)]
public class ExchangesApiTests(GlocalAppFactory app)
{
    [Fact]
    public async Task AddAgreement_SisterCityWithoutCouncilApproval_IsRefusedWithClearError()
    {
        var client = await app.ApiClientAsync("ansan.exchange");
        var partner = await client.CreatePartnerAsync();
        var problem = await (await client.PostJsonAsync("/api/v1/exchanges/agreements",
                new CreateAgreementRequest(partner.Id, AgreementType.SisterCity, new DateOnly(2020, 5, 1), ExchangeFields.Administration)))
            .ShouldBeProblemAsync(HttpStatusCode.UnprocessableEntity, "agreement_council_approval_required");
        problem.GetProperty("title").GetString()!.ShouldContain("council");

        await (await client.PostJsonAsync("/api/v1/exchanges/agreements",
                new CreateAgreementRequest(partner.Id, AgreementType.SisterCity, new DateOnly(2020, 5, 1), ExchangeFields.Administration | ExchangeFields.Youth,
                    new DateOnly(2020, 4, 20), "제2020-31호", "Steel industry ties")))
            .ShouldBeOkAsync<IdResponse>(HttpStatusCode.Created);
        var details = await client.PartnerAsync(partner.Id);
        details.Agreements.ShouldHaveSingleItem().CouncilResolutionNumber.ShouldBe("제2020-31호");
    }

    [Fact]
    public async Task Status_FollowsSubstantiveActivityOnly()
    {
        var client = await app.ApiClientAsync("ansan.exchange");
        var partner = await client.CreatePartnerAsync();
        partner.Figures.Status.ShouldBe(RelationshipStatus.NeverActive);

        await client.LogAsync(Activity(partner.Id, substantive: false));
        (await client.PartnerAsync(partner.Id)).Figures.Status.ShouldBe(RelationshipStatus.NeverActive, "a greeting is not an exchange");

        await client.LogAsync(Activity(partner.Id, substantive: true, on: Today.AddMonths(-20), cost: 20_000_000, participants: 8));
        (await client.PartnerAsync(partner.Id)).Figures.Status.ShouldBe(RelationshipStatus.Dormant);

        await client.LogAsync(Activity(partner.Id, substantive: false));
        (await client.PartnerAsync(partner.Id)).Figures.Status.ShouldBe(RelationshipStatus.Dormant);

        await client.LogAsync(Activity(partner.Id, substantive: true, cost: 10_000_000, participants: 2));
        var active = await client.PartnerAsync(partner.Id);
        active.Figures.Status.ShouldBe(RelationshipStatus.Active);
        active.Figures.LastSubstantiveOn.ShouldBe(Today);
        active.Figures.CostPerParticipantWon.ShouldBe(3_000_000);
        active.DormantFrom.ShouldBe(Today.AddMonths(12));
        active.Timeline.Count.ShouldBe(4);
    }

    [Fact]
    public async Task LogActivity_InTheFuture_IsRefused()
    {
        var client = await app.ApiClientAsync("ansan.exchange");
        var partner = await client.CreatePartnerAsync();
        await (await client.PostJsonAsync("/api/v1/exchanges/activities", Activity(partner.Id, true, Today.AddDays(2))))
            .ShouldBeProblemAsync(HttpStatusCode.UnprocessableEntity, "activity_in_future");
    }

    [Fact]
    public async Task LogActivity_LinkedToAnotherPartnersAgreement_IsRefused()
    {
        var client = await app.ApiClientAsync("ansan.exchange");
        var one = await client.CreatePartnerAsync();
        var other = await client.CreatePartnerAsync();
        var agreement = await (await client.PostJsonAsync("/api/v1/exchanges/agreements",
            new CreateAgreementRequest(one.Id, AgreementType.Friendship, new DateOnly(2019, 1, 1), ExchangeFields.Tourism))).ShouldBeOkAsync<IdResponse>(HttpStatusCode.Created);
        await (await client.PostJsonAsync("/api/v1/exchanges/activities", Activity(other.Id, true) with { AgreementId = agreement.Id }))
            .ShouldBeProblemAsync(HttpStatusCode.UnprocessableEntity, "agreement_not_of_partner");
    }

    [Fact]
    public async Task Agreement_SuspendNeedsReason_AndIsRecordedInHistory()
    {
        var client = await app.ApiClientAsync("ansan.exchange");
        var partner = await client.CreatePartnerAsync();
        var agreement = await (await client.PostJsonAsync("/api/v1/exchanges/agreements",
            new CreateAgreementRequest(partner.Id, AgreementType.Friendship, new DateOnly(2015, 6, 1), ExchangeFields.EconomyTrade))).ShouldBeOkAsync<IdResponse>(HttpStatusCode.Created);
        await (await client.PostJsonAsync($"/api/v1/exchanges/agreements/{agreement.Id}/status", new ChangeAgreementStatusRequest(AgreementStatus.Suspended)))
            .ShouldBeProblemAsync(HttpStatusCode.UnprocessableEntity, "agreement_status_reason_required");
        (await client.PostJsonAsync($"/api/v1/exchanges/agreements/{agreement.Id}/status", new ChangeAgreementStatusRequest(AgreementStatus.Suspended, "Diplomatic tension")))
            .StatusCode.ShouldBe(HttpStatusCode.NoContent);

        var details = await client.PartnerAsync(partner.Id);
        var saved = details.Agreements.ShouldHaveSingleItem();
        saved.Status.ShouldBe(AgreementStatus.Suspended);
        saved.History.ShouldHaveSingleItem().Reason.ShouldBe("Diplomatic tension");
        details.Timeline.ShouldContain(e => e.Kind == TimelineKind.AgreementStatus);
    }

    [Fact]
    public async Task Delegation_FollowUpOverdueUntilDone_CountsInHeadline()
    {
        var client = await app.ApiClientAsync("ansan.exchange");
        var partner = await client.CreatePartnerAsync();
        var before = await (await client.GetAsync("/api/v1/exchanges/headline")).ShouldBeOkAsync<ExchangeHeadline>();
        await (await client.PostJsonAsync("/api/v1/exchanges/delegations", new CreateDelegationRequest(
            partner.Id, ExchangeDirection.Outbound, DelegationHead.Mayor, "Trade mission", Today.AddDays(-40), Today.AddDays(-36), 24_000_000,
            MembersOfficials: 4, MembersBusiness: 6, ApprovedOn: Today.AddDays(-60), FollowUps: [new FollowUpLine("Send MOU draft", Today.AddDays(-10))])))
            .ShouldBeOkAsync<IdResponse>(HttpStatusCode.Created);

        var details = await client.PartnerAsync(partner.Id);
        var delegation = details.Delegations.ShouldHaveSingleItem();
        delegation.Members.ShouldBe(10);
        delegation.FollowUps.ShouldHaveSingleItem().Overdue.ShouldBeTrue();
        details.Figures.Balance.Outbound.ShouldBe(1);
        (await (await client.GetAsync("/api/v1/exchanges/headline")).ShouldBeOkAsync<ExchangeHeadline>()).OverdueFollowUps.ShouldBe(before.OverdueFollowUps + 1);
        var overdue = await (await client.GetAsync($"/api/v1/exchanges/delegations?overdue=true&partnerCityId={partner.Id}")).ShouldBeOkAsync<Page<DelegationDetails>>();
        overdue.Total.ShouldBe(1);

        (await client.PostJsonAsync($"/api/v1/exchanges/follow-ups/{delegation.FollowUps[0].Id}/done", new CompleteFollowUpRequest()))
            .StatusCode.ShouldBe(HttpStatusCode.NoContent);
        (await client.PartnerAsync(partner.Id)).OverdueFollowUps.ShouldBe(0);
    }

    [Fact]
    public async Task Delegation_OutboundApprovedAfterDeparture_IsRefused()
    {
        var client = await app.ApiClientAsync("ansan.exchange");
        var partner = await client.CreatePartnerAsync();
        await (await client.PostJsonAsync("/api/v1/exchanges/delegations", new CreateDelegationRequest(
            partner.Id, ExchangeDirection.Outbound, DelegationHead.Council, "Study tour", Today.AddDays(-10), Today.AddDays(-5), ApprovedOn: Today.AddDays(-8))))
            .ShouldBeProblemAsync(HttpStatusCode.UnprocessableEntity, "delegation_approval_after_departure");
    }

    [Fact]
    public async Task Programme_WithBudgetLines_IsShownWithTotals()
    {
        var client = await app.ApiClientAsync("ansan.exchange");
        var partner = await client.CreatePartnerAsync();
        await (await client.PostJsonAsync("/api/v1/exchanges/programmes", new CreateProgrammeRequest(
            partner.Id, "Summer youth camp", ExchangeFields.Youth, ExchangeDirection.Bilateral, ProgrammeFormat.StudentYouthExchange, ProgrammeRecurrence.Annual, 2024,
            Budgets: [new BudgetLine(2024, FundingSource.City, 30_000_000, 28_500_000), new BudgetLine(2024, FundingSource.Provincial, 10_000_000, 10_000_000)])))
            .ShouldBeOkAsync<IdResponse>(HttpStatusCode.Created);
        var programme = (await client.PartnerAsync(partner.Id)).Programmes.ShouldHaveSingleItem();
        programme.PlannedWon.ShouldBe(40_000_000);
        programme.ExecutedWon.ShouldBe(38_500_000);

        await (await client.PostJsonAsync("/api/v1/exchanges/programmes", new CreateProgrammeRequest(
            partner.Id, "Two fields", ExchangeFields.Youth | ExchangeFields.Sports, ExchangeDirection.Bilateral, ProgrammeFormat.Online, ProgrammeRecurrence.OneOff, 2024)))
            .ShouldBeProblemAsync(HttpStatusCode.UnprocessableEntity, "programme_field_single");
    }

    [Fact]
    public async Task ListPartners_FiltersByStatusCountryAndSearch()
    {
        var client = await app.ApiClientAsync("ansan.exchange");
        var marker = "Filtertown" + Guid.NewGuid().ToString("N")[..6];
        var active = await client.CreatePartnerAsync(Partner(marker + " A", "JP"));
        var never = await client.CreatePartnerAsync(Partner(marker + " B", "JP"));
        await client.LogAsync(Activity(active.Id, true));

        var activeOnly = await (await client.GetAsync($"/api/v1/exchanges/partners?q={marker}&status=Active")).ShouldBeOkAsync<Page<PartnerSummary>>();
        activeOnly.Items.ShouldHaveSingleItem().Id.ShouldBe(active.Id);
        var neverOnly = await (await client.GetAsync($"/api/v1/exchanges/partners?q={marker.ToUpperInvariant()}&status=NeverActive&country=jp")).ShouldBeOkAsync<Page<PartnerSummary>>();
        neverOnly.Items.ShouldHaveSingleItem().Id.ShouldBe(never.Id);
        var sorted = await (await client.GetAsync($"/api/v1/exchanges/partners?q={marker}&sort=-name")).ShouldBeOkAsync<Page<PartnerSummary>>();
        sorted.Items.Select(p => p.Id).ShouldBe([never.Id, active.Id]);
        await (await client.GetAsync("/api/v1/exchanges/partners?sort=drop")).ShouldBeProblemAsync(HttpStatusCode.BadRequest, "validation_failed");
    }

    [Fact]
    public async Task ExportPartners_CsvAndXlsx_NeutraliseFormulas()
    {
        var client = await app.ApiClientAsync("ansan.exchange");
        var evil = "=HYPERLINK(\"http://x\")" + Guid.NewGuid().ToString("N")[..6];
        await client.CreatePartnerAsync(Partner(evil));

        var csv = await client.GetAsync($"/api/v1/exchanges/partners/export?format=csv&q={Uri.EscapeDataString("HYPERLINK")}");
        csv.StatusCode.ShouldBe(HttpStatusCode.OK);
        var text = Encoding.UTF8.GetString(await csv.Content.ReadAsByteArrayAsync());
        text.ShouldContain("'=HYPERLINK");
        text.ShouldNotContain(",=HYPERLINK");

        var xlsx = await client.GetAsync("/api/v1/exchanges/partners/export?format=xlsx");
        xlsx.Content.Headers.ContentType!.MediaType.ShouldBe("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
        using var table = new MemoryStream(await xlsx.Content.ReadAsByteArrayAsync());
        var read = Glocal.Core.Shared.Tabular.TableReader.Read(table, "partners.xlsx");
        read.Rows.Select(r => read.Cell(r, "NameEn")).ShouldContain("'" + evil);
    }

    [Fact]
    public async Task Viewer_ReadsButCannotWrite()
    {
        var viewer = await app.ApiClientAsync("ansan.viewer");
        (await viewer.GetAsync("/api/v1/exchanges/partners")).StatusCode.ShouldBe(HttpStatusCode.OK);
        await (await viewer.PostJsonAsync("/api/v1/exchanges/partners", Partner())).ShouldBeProblemAsync(HttpStatusCode.Forbidden, "forbidden");
    }

    [Fact]
    public async Task Writes_AreAudited()
    {
        var client = await app.ApiClientAsync("ansan.exchange");
        var partner = await client.CreatePartnerAsync();
        var admin = await app.ApiClientAsync("ansan.admin");
        var events = await (await admin.GetAsync($"/api/v1/admin/audit-events?entityType=PartnerCity&pageSize=200")).ShouldBeOkAsync<Page<System.Text.Json.JsonElement>>();
        events.Items.ShouldContain(e => e.GetProperty("entityId").GetString() == partner.Id.ToString());
    }
}
