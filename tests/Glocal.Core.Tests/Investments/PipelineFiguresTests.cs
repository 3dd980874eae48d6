using Glocal.Core.Investments;

namespace Glocal.Core.Tests.Investments;

/// <summary>
/// A five-project pipeline worked out by hand (see each assertion's comment); the figures must match to the
/// won and the tenth of a percent.
/// </summary>
public class PipelineFiguresTests
{
    private static readonly DateOnly Today = new(2025, 1, 1);

    private static DateOnly D(int y, int m, int d) => new(y, m, d);

    private static readonly ProjectFacts A = new(
        ProjectStage.Arrived, ProjectStage.Arrived, D(2024, 1, 10), 10_000_000_000, 100,
        [(D(2024, 2, 1), 10_000_000_000, EvidenceGrade.Notified), (D(2024, 3, 10), 4_000_000_000, EvidenceGrade.Arrived), (D(2024, 6, 1), 2_000_000_000, EvidenceGrade.Verified)],
        JobsReported: 60, JobsVerified: 60, [ComplianceStatus.Met, ComplianceStatus.Breached], [(D(2024, 12, 31), null), (D(2024, 6, 1), D(2024, 5, 20))]);

    private static readonly ProjectFacts B = new(
        ProjectStage.Arrived, ProjectStage.Arrived, D(2024, 2, 1), 5_000_000_000, 50,
        [(D(2024, 5, 1), 1_000_000_000, EvidenceGrade.Verified), (D(2024, 2, 1), 9_000_000_000, EvidenceGrade.Announced)],
        JobsReported: 40, JobsVerified: null, [ComplianceStatus.Met, ComplianceStatus.Pending], [(D(2025, 6, 30), null)]);

    private static readonly ProjectFacts C = new(
        ProjectStage.Delayed, ProjectStage.Mou, D(2023, 6, 1), 5_000_000_000, 30,
        [(D(2023, 6, 1), 5_000_000_000, EvidenceGrade.Mou)], null, null, [], [(D(2024, 6, 30), null)]);

    private static readonly ProjectFacts D0 = new(ProjectStage.Lead, ProjectStage.Lead, null, 0, 0, [], null, null, [], []);

    private static readonly ProjectFacts E = new(ProjectStage.Lost, ProjectStage.Proposal, null, 0, 0, [], null, null, [], [(D(2024, 1, 1), null)]);

    private static PipelineFigures Figures => PipelineFigures.Compute([A, B, C, D0, E], Today);

    [Fact]
    public void Money_TotalsByGrade_IncludeStrongerGrades()
    {
        // pledged = 10 + 5 + 5 bn; notified = 10 + 4 + 2 + 1; arrived = 4 + 2 + 1; verified = 2 + 1
        Figures.Money.ShouldBe(new MoneyTotals(20_000_000_000, 17_000_000_000, 7_000_000_000, 3_000_000_000));
    }

    [Fact]
    public void Realisation_IsArrivedOverPledged()
    {
        Figures.Realisation.ShouldBe(new Ratio(7_000_000_000, 20_000_000_000));
        Figures.Realisation.Percent.ShouldBe("35.0%");
        Figures.VerifiedRealisation.Percent.ShouldBe("15.0%");
        Figures.MousSigned.ShouldBe(3);
        Figures.MousWithNothingArrived.ShouldBe(1, "C's MOU never turned into arrived money");
    }

    [Fact]
    public void MedianLag_IsMeanOfMiddleTwoForAnEvenCount()
    {
        // A: 2024-01-10 → 2024-03-10 = 60 days (leap February); B: 2024-02-01 → 2024-05-01 = 90 days; C has no arrival.
        Figures.MedianLagDays.ShouldBe(75.0);
        PipelineFigures.Compute([A, C], Today).MedianLagDays.ShouldBe(60.0);
        PipelineFigures.Compute([C, D0], Today).MedianLagDays.ShouldBeNull();
    }

    [Fact]
    public void Funnel_CountsProjectsThatEverReachedEachStage()
    {
        var funnel = Figures.Funnel.ToDictionary(f => f.Stage);
        funnel[ProjectStage.Lead].Reached.ShouldBe(5);
        funnel[ProjectStage.Lead].Conversion.ShouldBeNull();
        funnel[ProjectStage.Inquiry].Reached.ShouldBe(4);
        funnel[ProjectStage.Inquiry].Conversion!.Value.Percent.ShouldBe("80.0%");
        funnel[ProjectStage.Proposal].Reached.ShouldBe(4, "the lost project reached Proposal");
        funnel[ProjectStage.Mou].Reached.ShouldBe(3);
        funnel[ProjectStage.Mou].Conversion!.Value.Percent.ShouldBe("75.0%");
        funnel[ProjectStage.Notified].Conversion!.Value.Percent.ShouldBe("66.7%");
        funnel[ProjectStage.Arrived].Reached.ShouldBe(2);
        funnel[ProjectStage.Arrived].Current.ShouldBe(2);
        funnel[ProjectStage.Operating].Reached.ShouldBe(0);
        funnel[ProjectStage.Operating].Conversion!.Value.Percent.ShouldBe("0.0%");
    }

    [Fact]
    public void Jobs_VerifiedOnlyFromCheckedReports()
    {
        Figures.JobsPledged.ShouldBe(180);
        Figures.JobsReported.ShouldBe(100);
        Figures.JobsVerified.ShouldBe(60, "B's 40 are self-reported");
        Figures.JobsRealisation.Percent.ShouldBe("33.3%");
    }

    [Fact]
    public void Compliance_IsMetOverChecked_PendingLeftOut() =>
        Figures.IncentiveCompliance.Percent.ShouldBe("66.7%");

    [Fact]
    public void OverdueMilestones_OpenProjectsOnly()
    {
        // A's 2024-12-31 and C's 2024-06-30 are open and past; B's is not due yet; E is lost.
        Figures.OverdueMilestones.ShouldBe(2);
        Figures.Active.ShouldBe(4);
        Figures.Lost.ShouldBe(1);
    }

    [Fact]
    public void BareFacts_AreTheFactsOfAProjectWithNothingAttached()
    {
        // The dashboard reads leads with nothing attached as two columns; their facts must equal a loaded project's.
        var project = new InvestmentProject { Title = "t", ResponsibleOfficer = "o" };
        project.Open(ProjectStage.Inquiry, new DateOnly(2025, 1, 1), "opener", DateTime.UtcNow);
        var loaded = ProjectFacts.Of(project);
        var bare = ProjectFacts.Bare(project.Stage, project.FurthestStage);

        bare.ShouldBe(loaded with { Tranches = bare.Tranches, Conditions = bare.Conditions, Milestones = bare.Milestones });
        (loaded.Tranches.Count, loaded.Conditions.Count, loaded.Milestones.Count).ShouldBe((0, 0, 0));
        PipelineFigures.Compute([bare], Today).ShouldBeEquivalentTo(PipelineFigures.Compute([loaded], Today));
    }
}
