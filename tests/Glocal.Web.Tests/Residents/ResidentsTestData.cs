using System.Net;
using Glocal.Core.Residents;
using Glocal.Web.Tests.Infrastructure;

namespace Glocal.Web.Tests.Residents;

/// <summary>Small builders for clients and cases through the public API.</summary>
public static class ResidentsTestData
{
    public static async Task<ClientDetails> ClientAsync(HttpClient counsellor, string name = "Test Person", string? number = null, string nationality = "VN") =>
        await (await counsellor.PostJsonAsync("/api/v1/residents/clients", new RegisterClientRequest(name, nationality, "vi ko", number)))
            .ShouldBeOkAsync<ClientDetails>(HttpStatusCode.Created);

    public static async Task<CaseDetails> CaseAsync(HttpClient counsellor, Guid? clientId = null, bool sensitive = false, string category = "WageArrears", string language = "vi") =>
        await (await counsellor.PostJsonAsync("/api/v1/residents/cases", new { channel = "WalkIn", category, language, clientId, sensitive, subject = "임금 체불 상담" }))
            .ShouldBeOkAsync<CaseDetails>(HttpStatusCode.Created);

    public static async Task<CaseDetails> GetCaseAsync(HttpClient client, Guid id) =>
        await (await client.GetAsync($"/api/v1/residents/cases/{id}")).ShouldBeOkAsync<CaseDetails>();
}
