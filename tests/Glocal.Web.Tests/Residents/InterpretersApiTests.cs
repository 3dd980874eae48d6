using System.Net;
using System.Net.Http.Json;
using Glocal.Core.Residents.Interpreters;
using Glocal.Core.Shared;
using Glocal.Web.Api.Residents;
using Glocal.Web.Tests.Infrastructure;
using static Glocal.Web.Tests.Residents.ResidentsTestData;

namespace Glocal.Web.Tests.Residents;

[Collection(AppCollection.Name)]
public class InterpretersApiTests(GlocalAppFactory app)
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task Assignment_LanguageMustMatch_NoDoubleBooking_LifecycleToNoShow()
    {
        var counsellor = await app.ApiClientAsync("ansan.counsellor");
        var interpreter = await InterpreterAsync(counsellor, "Lifecycle Interpreter", "vi th");
        interpreter.AvailableDays.ShouldBe(Weekdays.Mon | Weekdays.Wed | Weekdays.Fri);
        var opened = await CaseAsync(counsellor, language: "vi");
        var url = $"/api/v1/residents/interpreters/{interpreter.Id}/assignments";
        var past = TimeProvider.System.GetUtcNow().UtcDateTime.AddDays(-2).Date.AddHours(1);

        await (await counsellor.PostJsonAsync(url, new { language = "uz", mode = "Phone", situation = "Hospital", scheduledAt = past }))
            .ShouldBeProblemAsync(HttpStatusCode.UnprocessableEntity, "interpreter_language");
        var first = await (await counsellor.PostJsonAsync(url, new { language = "vi", mode = "ThreeWay", situation = "Hospital", scheduledAt = past, minutes = 60, caseId = opened.Id }))
            .ShouldBeOkAsync<IdResponse>(HttpStatusCode.Created);
        await (await counsellor.PostJsonAsync(url, new { language = "th", mode = "OnSite", situation = "LabourOffice", scheduledAt = past.AddMinutes(30) }))
            .ShouldBeProblemAsync(HttpStatusCode.Conflict, "interpreter_double_booked");
        (await counsellor.PostJsonAsync(url, new { language = "th", mode = "Video", situation = "LabourOffice", scheduledAt = past.AddMinutes(60) }))
            .StatusCode.ShouldBe(HttpStatusCode.Created, "back-to-back is not a clash");

        var status = $"{url}/{first.Id}/status";
        await (await counsellor.PostJsonAsync(status, new { status = "NoShow" }))
            .ShouldBeProblemAsync(HttpStatusCode.UnprocessableEntity, "assignment_transition_not_allowed");
        (await counsellor.PostJsonAsync(status, new { status = "Confirmed" })).StatusCode.ShouldBe(HttpStatusCode.NoContent);
        (await counsellor.PostJsonAsync(status, new { status = "NoShow", note = "Resident did not come" })).StatusCode.ShouldBe(HttpStatusCode.NoContent);

        var details = await (await counsellor.GetAsync($"/api/v1/residents/interpreters/{interpreter.Id}", Ct)).ShouldBeOkAsync<InterpreterDetails>();
        var made = details.Assignments.Single(a => a.Id == first.Id);
        made.Status.ShouldBe(AssignmentStatus.NoShow);
        made.Mode.ShouldBe(InterpretingMode.ThreeWay);
        made.CaseReference.ShouldBe(opened.ReferenceNumber);
        (await GetCaseAsync(counsellor, opened.Id)).InterpreterUsed.ShouldBeTrue();

        var list = await (await counsellor.GetAsync("/api/v1/residents/interpreters?language=th&sort=-assignments", Ct)).ShouldBeOkAsync<Page<InterpreterSummary>>();
        list.Items.Single(i => i.Id == interpreter.Id).NoShows.ShouldBe(1);
        var noShows = await (await counsellor.GetAsync($"/api/v1/residents/assignments?status=NoShow&interpreterId={interpreter.Id}", Ct)).ShouldBeOkAsync<Page<AssignmentView>>();
        noShows.Items.ShouldHaveSingleItem().Id.ShouldBe(first.Id);
        var csv = await (await counsellor.GetAsync("/api/v1/residents/assignments/export?status=NoShow", Ct)).Content.ReadAsStringAsync(Ct);
        csv.ShouldContain("Lifecycle Interpreter");
    }

    [Fact]
    public async Task FutureAssignment_CannotBeCompletedYet_AndInactiveInterpreterCannotBeBooked()
    {
        var counsellor = await app.ApiClientAsync("ansan.counsellor");
        var interpreter = await InterpreterAsync(counsellor, "Future Interpreter", "ne");
        var url = $"/api/v1/residents/interpreters/{interpreter.Id}/assignments";
        var made = await (await counsellor.PostJsonAsync(url, new { language = "ne", mode = "Video", situation = "Counselling", scheduledAt = TimeProvider.System.GetUtcNow().UtcDateTime.AddDays(3) }))
            .ShouldBeOkAsync<IdResponse>(HttpStatusCode.Created);
        (await counsellor.PostJsonAsync($"{url}/{made.Id}/status", new { status = "Confirmed" })).StatusCode.ShouldBe(HttpStatusCode.NoContent);
        await (await counsellor.PostJsonAsync($"{url}/{made.Id}/status", new { status = "Completed" }))
            .ShouldBeProblemAsync(HttpStatusCode.UnprocessableEntity, "assignment_not_yet_held");

        (await counsellor.PutAsJsonAsync($"/api/v1/residents/interpreters/{interpreter.Id}", new { name = "Future Interpreter", languages = "ne", active = false }, Ct))
            .StatusCode.ShouldBe(HttpStatusCode.OK);
        await (await counsellor.PostJsonAsync(url, new { language = "ne", mode = "Phone", situation = "Police", scheduledAt = TimeProvider.System.GetUtcNow().UtcDateTime.AddDays(9) }))
            .ShouldBeProblemAsync(HttpStatusCode.UnprocessableEntity, "interpreter_inactive");
        await (await counsellor.PostJsonAsync("/api/v1/residents/interpreters", new { name = "", languages = "Vietnamese" }))
            .ShouldBeProblemAsync(HttpStatusCode.BadRequest, "validation_failed");
    }
}
