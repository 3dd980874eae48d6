using System.Net;
using System.Net.Http.Json;
using Glocal.Core.Exchanges;
using Glocal.Core.Investments;
using Glocal.Web.Api.Exchanges;
using Glocal.Web.Tests.Exchanges;
using Glocal.Web.Tests.Infrastructure;
using Glocal.Web.Tests.Investments;

namespace Glocal.Web.Tests.Policies;

/// <summary>
/// One exchange activity of Ansan on the given day and what followed it, checked by hand:
/// three projects came from it (leads 3); two have an MOU (MOUs 2); one reached the Arrived stage with
/// 1,000,000,000 Announced + 500,000,000 Notified (promises, not counted) + 2,000,000,000 Arrived + 300,000,000 Verified;
/// one is confidential with an MOU and 700,000,000 Notified only (not arrived); one is still a lead but 100,000,000
/// graded Arrived already came in (arrived by the money). Arrived 2, arrived money 2,400,000,000 won; jobs 40
/// (the arrived plant's latest report; its earlier one said 10).
/// </summary>
public static class ChainBuilder
{
    public const int Leads = 3, Mous = 2, Arrived = 2, Jobs = 40;

    public const long ArrivedKrw = 2_400_000_000;

    public sealed record Chain(Guid ActivityId, string ActivityTitle, string ConfidentialTitle, string ConfidentialCodeName);

    public static async Task<Chain> AnsanAsync(GlocalAppFactory app, DateOnly on)
    {
        var exchange = await app.ApiClientAsync("ansan.exchange");
        var partner = await exchange.CreatePartnerAsync();
        var title = $"Investment forum {Guid.NewGuid().ToString("N")[..8]}";
        var activity = await exchange.LogAsync(ExchangeBuilders.Activity(partner.Id, substantive: true, on: on) with { Title = title, OutputInvestmentLeads = 3 });

        var officer = await app.ApiClientAsync("ansan.investment");
        async Task<Guid> Project(string projectTitle, ProjectStage stage, string? codeName = null)
        {
            var company = await InvestmentsApiTests.NewCompanyAsync(officer, "Chain Co " + Guid.NewGuid().ToString("N")[..6]);
            return (await (await officer.PostJsonAsync("/api/v1/investments/projects", new CreateProjectRequest(company, projectTitle, "담당 김",
                ProjectSource.ExchangeActivity, CodeName: codeName, SourceActivityId: activity, Stage: stage, OpenedOn: on)))
                .ShouldBeOkAsync<ProjectDetails>(HttpStatusCode.Created)).Id;
        }

        async Task Tranche(Guid project, long won, EvidenceGrade grade) =>
            (await officer.PostJsonAsync($"/api/v1/investments/projects/{project}/tranches",
                new AddTrancheRequest(on.AddMonths(6), won.ToString(System.Globalization.CultureInfo.InvariantCulture), grade, "test evidence")))
                .StatusCode.ShouldBeOneOf(HttpStatusCode.OK, HttpStatusCode.Created);

        async Task Mou(Guid project) =>
            (await officer.PutAsJsonAsync($"/api/v1/investments/projects/{project}/mou", new RecordMouRequest(on.AddMonths(2), "시장, 대표", "5000000000", PledgedJobs: 100)))
                .StatusCode.ShouldBe(HttpStatusCode.OK);

        var plant = await Project("Chain plant " + Guid.NewGuid().ToString("N")[..6], ProjectStage.Arrived);
        await Mou(plant);
        await Tranche(plant, 1_000_000_000, EvidenceGrade.Announced);
        await Tranche(plant, 500_000_000, EvidenceGrade.Notified);
        await Tranche(plant, 2_000_000_000, EvidenceGrade.Arrived);
        await Tranche(plant, 300_000_000, EvidenceGrade.Verified);
        foreach (var (end, korean) in new[] { (on.AddMonths(9), 10), (on.AddMonths(21), 40) })
        {
            (await officer.PostJsonAsync($"/api/v1/investments/projects/{plant}/jobs-reports",
                new AddJobsReportRequest(end.AddMonths(-3), end, korean, JobsVerification.EmploymentInsurance)))
                .StatusCode.ShouldBeOneOf(HttpStatusCode.OK, HttpStatusCode.Created);
        }

        var secretTitle = "Secret chain deal " + Guid.NewGuid().ToString("N")[..6];
        var codeName = "PROJECT-" + Guid.NewGuid().ToString("N")[..6].ToUpperInvariant();
        var secret = await Project(secretTitle, ProjectStage.Mou, codeName);
        await Mou(secret);
        await Tranche(secret, 700_000_000, EvidenceGrade.Notified);

        var early = await Project("Early money " + Guid.NewGuid().ToString("N")[..6], ProjectStage.Lead);
        await Tranche(early, 100_000_000, EvidenceGrade.Arrived);
        return new Chain(activity, title, secretTitle, codeName);
    }
}
