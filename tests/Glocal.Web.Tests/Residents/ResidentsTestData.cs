using System.Net;
using Glocal.Core.Residents;
using Glocal.Core.Residents.Classes;
using Glocal.Core.Residents.Interpreters;
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

    public static async Task<InterpreterDetails> InterpreterAsync(HttpClient counsellor, string name = "Test Interpreter", string languages = "vi th") =>
        await (await counsellor.PostJsonAsync("/api/v1/residents/interpreters",
                new { name, languages, availableDays = "Mon, Wed, Fri", availableHours = "09:00–18:00" }))
            .ShouldBeOkAsync<InterpreterDetails>(HttpStatusCode.Created);

    public static async Task<CourseDetails> CourseAsync(HttpClient counsellor, int level = 1, int capacity = 20, string startsOn = "2026-09-01", string endsOn = "2027-02-28") =>
        await (await counsellor.PostJsonAsync("/api/v1/residents/courses",
                new { name = $"사회통합프로그램 {level}단계 (test)", level, venue = "원곡동 교실", startsOn, endsOn, capacity, supportLanguages = "vi" }))
            .ShouldBeOkAsync<CourseDetails>(HttpStatusCode.Created);
}
