using System.Net;
using System.Net.Http.Json;
using Glocal.Core.Exchanges;
using Glocal.Web.Api.Exchanges;
using Glocal.Web.Tests.Infrastructure;

namespace Glocal.Web.Tests.Exchanges;

/// <summary>Small builders for exchange records over the API; every name is unique so tests sharing the app do not collide.</summary>
public static class ExchangeBuilders
{
    public static DateOnly Today => DateOnly.FromDateTime(DateTimeOffset.UtcNow.ToOffset(TimeSpan.FromHours(9)).DateTime);

    public static CreatePartnerRequest Partner(string? nameEn = null, string country = "CN") =>
        new("테스트시", nameEn ?? "Testcity " + Guid.NewGuid().ToString("N")[..8], country, PartnerLevel.City, "测试市", "Liaoning", 500_000, 41.1, 122.9);

    public static async Task<PartnerDetails> CreatePartnerAsync(this HttpClient client, CreatePartnerRequest? request = null) =>
        await (await client.PostJsonAsync("/api/v1/exchanges/partners", request ?? Partner())).ShouldBeOkAsync<PartnerDetails>(HttpStatusCode.Created);

    public static LogActivityRequest Activity(Guid partner, bool substantive, DateOnly? on = null, long cost = 0, int participants = 0) =>
        new(partner, on ?? Today, substantive ? ActivityKind.Exchange : ActivityKind.Greeting, substantive,
            substantive ? "Youth football exchange" : "New-Year greeting video", ExchangeDirection.Bilateral, participants, cost);

    public static async Task<Guid> LogAsync(this HttpClient client, LogActivityRequest request) =>
        (await (await client.PostJsonAsync("/api/v1/exchanges/activities", request)).ShouldBeOkAsync<IdResponse>(HttpStatusCode.Created)).Id;

    public static async Task<PartnerDetails> PartnerAsync(this HttpClient client, Guid id) =>
        await (await client.GetAsync($"/api/v1/exchanges/partners/{id}")).ShouldBeOkAsync<PartnerDetails>();

    /// <summary>A fresh agreement, programme or delegation of a new partner, for the tenant sweep's probes.</summary>
    public static async Task<string> NewRecordAsync(this HttpClient client, string kind)
    {
        var partner = await client.CreatePartnerAsync();
        object body = kind switch
        {
            "agreements" => new CreateAgreementRequest(partner.Id, AgreementType.Friendship, new DateOnly(2020, 1, 1), ExchangeFields.Tourism),
            "programmes" => new CreateProgrammeRequest(partner.Id, "Probe programme", ExchangeFields.Youth, ExchangeDirection.Bilateral, ProgrammeFormat.Online,
                ProgrammeRecurrence.OneOff, 2025),
            "delegations" => new CreateDelegationRequest(partner.Id, ExchangeDirection.Inbound, DelegationHead.Officials, "Probe visit", new DateOnly(2025, 1, 1), new DateOnly(2025, 1, 2)),
            _ => throw new ArgumentOutOfRangeException(nameof(kind)),
        };
        var response = await client.PostAsync($"/api/v1/exchanges/{kind}", JsonContent.Create(body, body.GetType()));
        return (await response.ShouldBeOkAsync<IdResponse>(HttpStatusCode.Created)).Id.ToString();
    }
}
