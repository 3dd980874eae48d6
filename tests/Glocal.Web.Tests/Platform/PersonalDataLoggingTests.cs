using System.Net;
using Glocal.Core.Residents;
using Glocal.Web.Tests.Infrastructure;

namespace Glocal.Web.Tests.Platform;

/// <summary>PIPA: a resident's name and registration number never reach the application log, at any level.</summary>
[Collection(AppCollection.Name)]
public class PersonalDataLoggingTests(GlocalAppFactory app)
{
    [Fact]
    public async Task ResidentNameAndNumber_NeverAppearInLogs()
    {
        const string name = "Tran Thi Loggable";
        const string number = "9512316987654";
        var counsellor = await app.ApiClientAsync("ansan.counsellor");

        var created = await (await counsellor.PostJsonAsync("/api/v1/residents/clients", new RegisterClientRequest(name, "VN", "vi ko", number, "M1234567")))
            .ShouldBeOkAsync<ClientDetails>(HttpStatusCode.Created);
        (await counsellor.GetAsync($"/api/v1/residents/clients/{created.Id}")).StatusCode.ShouldBe(HttpStatusCode.OK);
        (await counsellor.PostJsonAsync("/api/v1/residents/clients/search", new { registrationNumber = number })).StatusCode.ShouldBe(HttpStatusCode.OK);
        (await counsellor.PostJsonAsync("/api/v1/residents/clients", new RegisterClientRequest(name, "VN", "vi", number))).StatusCode.ShouldBe(HttpStatusCode.Conflict);
        (await counsellor.PostJsonAsync("/api/v1/residents/clients", new { name, nationality = number, languages = "vi" })).StatusCode.ShouldBe(HttpStatusCode.BadRequest);

        app.Logs.Lines.Count.ShouldBeGreaterThan(100, "the capture must actually be receiving trace-level logs");
        var logs = app.Logs.AllText;
        logs.ShouldNotContain("Loggable");
        logs.ShouldNotContain(number);
        logs.ShouldNotContain("951231");
        logs.ShouldNotContain("M1234567");
    }
}
