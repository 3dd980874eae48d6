using System.Net;
using Glocal.Core.Residents.Classes;
using Glocal.Core.Shared;
using Glocal.Web.Api.Residents;
using Glocal.Web.Tests.Infrastructure;
using static Glocal.Web.Tests.Residents.ResidentsTestData;

namespace Glocal.Web.Tests.Residents;

[Collection(AppCollection.Name)]
public class ClassesApiTests(GlocalAppFactory app)
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task Course_EnrolWithinCapacity_AttendanceDecidesCompletion()
    {
        var counsellor = await app.ApiClientAsync("ansan.counsellor");
        var today = DateOnly.FromDateTime(TimeProvider.System.GetUtcNow().UtcDateTime.AddHours(9));
        var course = await CourseAsync(counsellor, level: 2, capacity: 2, startsOn: today.AddDays(-40).ToString("yyyy-MM-dd"), endsOn: today.AddDays(40).ToString("yyyy-MM-dd"));
        var url = $"/api/v1/residents/courses/{course.Course.Id}";
        var a = await ClientAsync(counsellor, "Learner Alpha");
        var b = await ClientAsync(counsellor, "Learner Beta");
        var c = await ClientAsync(counsellor, "Learner Gamma");

        var ea = (await (await counsellor.PostJsonAsync($"{url}/enrolments", new { clientId = a.Id })).ShouldBeOkAsync<IdResponse>(HttpStatusCode.Created)).Id;
        await (await counsellor.PostJsonAsync($"{url}/enrolments", new { clientId = a.Id })).ShouldBeProblemAsync(HttpStatusCode.Conflict, "already_enrolled");
        var eb = (await (await counsellor.PostJsonAsync($"{url}/enrolments", new { clientId = b.Id })).ShouldBeOkAsync<IdResponse>(HttpStatusCode.Created)).Id;
        await (await counsellor.PostJsonAsync($"{url}/enrolments", new { clientId = c.Id })).ShouldBeProblemAsync(HttpStatusCode.Conflict, "course_full");

        var sessions = new List<Guid>();
        for (var i = 0; i < 5; i++)
        {
            var s = await (await counsellor.PostJsonAsync($"{url}/sessions", new { on = today.AddDays(-30 + (i * 7)).ToString("yyyy-MM-dd"), hours = 3, topic = $"Unit {i + 1}" }))
                .ShouldBeOkAsync<IdResponse>(HttpStatusCode.Created);
            sessions.Add(s.Id);
        }

        await (await counsellor.PostJsonAsync($"{url}/sessions", new { on = today.AddDays(90).ToString("yyyy-MM-dd") }))
            .ShouldBeProblemAsync(HttpStatusCode.UnprocessableEntity, "session_outside_course");

        // Alpha attends 4 of 5 (80%: completes); Beta 3 of 5 (60%: refused).
        for (var i = 0; i < 5; i++)
        {
            (await counsellor.PostJsonAsync($"{url}/sessions/{sessions[i]}/attendance",
                new { marks = new[] { new { enrolmentId = ea, present = i != 2 }, new { enrolmentId = eb, present = i < 3 } } })).StatusCode.ShouldBe(HttpStatusCode.NoContent);
        }

        (await counsellor.PostAsync($"{url}/enrolments/{ea}/complete", null, Ct)).StatusCode.ShouldBe(HttpStatusCode.NoContent);
        await (await counsellor.PostAsync($"{url}/enrolments/{eb}/complete", null, Ct)).ShouldBeProblemAsync(HttpStatusCode.UnprocessableEntity, "attendance_too_low");
        (await counsellor.PostAsync($"{url}/enrolments/{eb}/withdraw", null, Ct)).StatusCode.ShouldBe(HttpStatusCode.NoContent);
        (await counsellor.PostJsonAsync($"{url}/enrolments", new { clientId = c.Id })).StatusCode.ShouldBe(HttpStatusCode.Created, "a withdrawal frees the place");

        var details = await (await counsellor.GetAsync(url, Ct)).ShouldBeOkAsync<CourseDetails>();
        details.Course.Completed.ShouldBe(1);
        details.Course.Enrolled.ShouldBe(2);
        var alpha = details.Enrolments.Single(e => e.Id == ea);
        alpha.ShouldSatisfyAllConditions(x => x.Status.ShouldBe(EnrolmentStatus.Completed), x => x.Attended.ShouldBe(4), x => x.SessionsHeld.ShouldBe(5),
            x => x.AttendanceRate.ShouldBe(0.8), x => x.Name.ShouldBe("Learner Alpha"));
        details.Sessions.Select(s => s.Present).ShouldBe([2, 2, 1, 1, 1]);

        var viewer = await app.ApiClientAsync("ansan.viewer");
        var asViewer = await (await viewer.GetAsync(url, Ct)).ShouldBeOkAsync<CourseDetails>();
        asViewer.Enrolments.ShouldAllBe(e => e.Name == null);

        var list = await (await counsellor.GetAsync("/api/v1/residents/courses?level=2&current=true", Ct)).ShouldBeOkAsync<Page<CourseSummary>>();
        list.Items.ShouldContain(x => x.Id == course.Course.Id);
        var csv = await (await counsellor.GetAsync("/api/v1/residents/courses/export?level=2", Ct)).Content.ReadAsStringAsync(Ct);
        csv.ShouldContain("원곡동 교실");
        await (await counsellor.PostJsonAsync("/api/v1/residents/courses", new { name = "x", level = 6, venue = "v", startsOn = "2026-01-01", endsOn = "2026-02-01" }))
            .ShouldBeProblemAsync(HttpStatusCode.BadRequest, "validation_failed");
    }
}
