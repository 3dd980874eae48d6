using System.Net;
using Glocal.Core.Investments;
using Glocal.Core.Policies;
using Glocal.Core.Residents;
using Glocal.Core.Residents.Classes;
using Glocal.Web.Tests.Exchanges;
using Glocal.Web.Tests.Infrastructure;
using Glocal.Web.Tests.Investments;

namespace Glocal.Web.Tests.Policies;

/// <summary>A programme linked to the records of other modules that carry it out, in its own municipality only.</summary>
[Collection(AppCollection.Name)]
public class ProgrammeLinksTests(GlocalAppFactory app)
{
    private const string Base = "/api/v1/policies";

    private static string Unique(string name) => $"{name} {Guid.NewGuid().ToString("N")[..8]}";

    internal static async Task<Guid> ResidentServiceAsync(HttpClient counsellor, string name) =>
        (await (await counsellor.PostJsonAsync("/api/v1/residents/services", new SaveServiceRequest(
            ServiceKind.CounsellingCentre, name, "안산시 단원구 중앙대로 1", "Mon–Fri 09:00–18:00", null, "ko vi")))
            .ShouldBeOkAsync<ServiceView>(HttpStatusCode.Created)).Id;

    internal static async Task<Guid> KoreanCourseAsync(HttpClient counsellor, string name) =>
        (await (await counsellor.PostJsonAsync("/api/v1/residents/courses", new SaveCourseRequest(
            name, 2, "원곡동 다문화센터", new DateOnly(2026, 3, 2), new DateOnly(2026, 6, 30))))
            .ShouldBeOkAsync<CourseDetails>(HttpStatusCode.Created)).Course.Id;

    private static async Task<ProgrammeDetails> LinksOfAsync(HttpClient planner, Guid programme) =>
        await (await planner.GetAsync($"{Base}/programmes/{programme}")).ShouldBeOkAsync<ProgrammeDetails>();

    [Fact]
    public async Task Link_EachKindOfRecord_IsListedWithItsModule_AndCanBeRemoved()
    {
        var programme = await PolicyProbe.ProgrammeAsync(app);
        var planner = await app.ApiClientAsync("ansan.planner");
        var exchange = await app.ApiClientAsync("ansan.exchange");
        var counsellor = await app.ApiClientAsync("ansan.counsellor");
        var exchangeProgramme = Guid.Parse(await exchange.NewRecordAsync("programmes"));
        var delegation = Guid.Parse(await exchange.NewRecordAsync("delegations"));
        var projectTitle = Unique("Linked plant");
        var project = (await InvestmentsApiTests.NewProjectAsync(await app.ApiClientAsync("ansan.investment"), projectTitle)).Id;
        var serviceName = Unique("외국인주민 상담센터");
        var service = await ResidentServiceAsync(counsellor, serviceName);
        var courseName = Unique("한국어 2단계");
        var course = await KoreanCourseAsync(counsellor, courseName);

        AddLinkRequest[] requests =
        [
            new(ExchangeProgrammeId: exchangeProgramme), new(DelegationId: delegation), new(InvestmentProjectId: project),
            new(ResidentServiceId: service), new(KoreanCourseId: course),
        ];
        foreach (var request in requests)
        {
            (await planner.PostJsonAsync($"{Base}/programmes/{programme.Id}/links", request)).StatusCode.ShouldBe(HttpStatusCode.OK);
        }

        var links = (await LinksOfAsync(planner, programme.Id)).Links;
        links.Select(l => (l.Module, l.Kind, l.TargetId)).ShouldBe(
        [
            ("Exchanges", "ExchangeProgramme", exchangeProgramme), ("Exchanges", "Delegation", delegation), ("Investments", "InvestmentProject", project),
            ("Residents", "ResidentService", service), ("Residents", "KoreanCourse", course),
        ], ignoreOrder: true);
        links.Single(l => l.Kind == "ResidentService").Title.ShouldBe(serviceName);
        links.Single(l => l.Kind == "KoreanCourse").Title.ShouldBe(courseName);
        links.Single(l => l.Kind == "InvestmentProject").Title.ShouldBe(projectTitle);

        var serviceLink = links.Single(l => l.Kind == "ResidentService");
        (await planner.DeleteAsync($"{Base}/programmes/{programme.Id}/links/{serviceLink.Id}")).StatusCode.ShouldBe(HttpStatusCode.NoContent);
        (await LinksOfAsync(planner, programme.Id)).Links.Select(l => l.Kind).ShouldBe(["ExchangeProgramme", "Delegation", "InvestmentProject", "KoreanCourse"], ignoreOrder: true);
        (await planner.DeleteAsync($"{Base}/programmes/{programme.Id}/links/{serviceLink.Id}")).StatusCode.ShouldBe(HttpStatusCode.NotFound);
    }

    [Fact]
    public async Task Link_ToAnotherMunicipalitysRecord_Is404_AndNothingIsStored()
    {
        var programme = await PolicyProbe.ProgrammeAsync(app);
        var planner = await app.ApiClientAsync("ansan.planner");
        var siheung = await app.ApiClientAsync("siheung.counsellor");
        var siheungService = await ResidentServiceAsync(siheung, Unique("시흥 상담소"));
        var siheungCourse = await KoreanCourseAsync(siheung, Unique("시흥 한국어"));
        var siheungDelegation = Guid.Parse(await (await app.ApiClientAsync("siheung.exchange")).NewRecordAsync("delegations"));

        foreach (var request in new AddLinkRequest[] { new(ResidentServiceId: siheungService), new(KoreanCourseId: siheungCourse), new(DelegationId: siheungDelegation), new(InvestmentProjectId: Guid.NewGuid()) })
        {
            await (await planner.PostJsonAsync($"{Base}/programmes/{programme.Id}/links", request)).ShouldBeProblemAsync(HttpStatusCode.NotFound, "link_target_unknown");
        }

        (await LinksOfAsync(planner, programme.Id)).Links.ShouldBeEmpty();
    }

    [Fact]
    public async Task Link_NoneOrTwoTargets_Is400_AndTheSameTwice_Is409()
    {
        var programme = await PolicyProbe.ProgrammeAsync(app);
        var planner = await app.ApiClientAsync("ansan.planner");
        var counsellor = await app.ApiClientAsync("ansan.counsellor");
        var service = await ResidentServiceAsync(counsellor, Unique("상담센터"));
        var course = await KoreanCourseAsync(counsellor, Unique("한국어 1단계"));

        await (await planner.PostJsonAsync($"{Base}/programmes/{programme.Id}/links", new AddLinkRequest()))
            .ShouldBeProblemAsync(HttpStatusCode.BadRequest, "link_target_required");
        await (await planner.PostJsonAsync($"{Base}/programmes/{programme.Id}/links", new AddLinkRequest(ResidentServiceId: service, KoreanCourseId: course)))
            .ShouldBeProblemAsync(HttpStatusCode.BadRequest, "link_target_required");
        (await LinksOfAsync(planner, programme.Id)).Links.ShouldBeEmpty();

        (await planner.PostJsonAsync($"{Base}/programmes/{programme.Id}/links", new AddLinkRequest(ResidentServiceId: service))).StatusCode.ShouldBe(HttpStatusCode.OK);
        await (await planner.PostJsonAsync($"{Base}/programmes/{programme.Id}/links", new AddLinkRequest(ResidentServiceId: service)))
            .ShouldBeProblemAsync(HttpStatusCode.Conflict, "link_exists");
        (await LinksOfAsync(planner, programme.Id)).Links.Count.ShouldBe(1);
    }

    [Fact]
    public async Task Link_NeedsPolicyUpdate()
    {
        var programme = await PolicyProbe.ProgrammeAsync(app);
        var service = await ResidentServiceAsync(await app.ApiClientAsync("ansan.counsellor"), Unique("상담센터"));
        var viewer = await app.ApiClientAsync("ansan.viewer");
        (await viewer.PostJsonAsync($"{Base}/programmes/{programme.Id}/links", new AddLinkRequest(ResidentServiceId: service))).StatusCode.ShouldBe(HttpStatusCode.Forbidden);
    }

    [Fact]
    public async Task ProgrammePage_ChoosesAKind_ThenLinksAndUnlinksARecord()
    {
        var programme = await PolicyProbe.ProgrammeAsync(app);
        var courseName = Unique("한국어 3단계");
        var course = await KoreanCourseAsync(await app.ApiClientAsync("ansan.counsellor"), courseName);
        var browser = await app.SignedInClientAsync("ansan.planner");

        var chooser = WebUtility.HtmlDecode(await browser.GetStringAsync($"/Policies/Programme/{programme.Id}?linkKind=KoreanCourse"));
        chooser.ShouldContain($"<option value=\"{course}\">{courseName}</option>");

        var added = await GlocalAppFactory.PostFormAsync(browser, $"/Policies/Programme/{programme.Id}?handler=Link",
            new() { ["linkKind"] = "KoreanCourse", ["Link.Kind"] = "KoreanCourse", ["Link.TargetId"] = course.ToString() }, $"/Policies/Programme/{programme.Id}?linkKind=KoreanCourse");
        added.StatusCode.ShouldBeOneOf(HttpStatusCode.Redirect, HttpStatusCode.Found);
        var page = WebUtility.HtmlDecode(await browser.GetStringAsync($"/Policies/Programme/{programme.Id}"));
        page.ShouldContain($"<a href=\"/Residents/Course/{course}\">{courseName}</a>");

        var link = (await LinksOfAsync(await app.ApiClientAsync("ansan.planner"), programme.Id)).Links.Single();
        (await GlocalAppFactory.PostFormAsync(browser, $"/Policies/Programme/{programme.Id}?handler=Unlink&linkId={link.Id}", [], $"/Policies/Programme/{programme.Id}")).StatusCode.ShouldBeOneOf(HttpStatusCode.Redirect, HttpStatusCode.Found);
        (await LinksOfAsync(await app.ApiClientAsync("ansan.planner"), programme.Id)).Links.ShouldBeEmpty();

        var viewerPage = await (await app.SignedInClientAsync("ansan.viewer")).GetStringAsync($"/Policies/Programme/{programme.Id}?linkKind=KoreanCourse");
        viewerPage.ShouldNotContain("handler=Link");
    }
}
