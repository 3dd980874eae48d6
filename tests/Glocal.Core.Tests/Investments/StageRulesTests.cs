using Glocal.Core.Investments;
using Glocal.Core.Shared;

namespace Glocal.Core.Tests.Investments;

public class StageRulesTests
{
    private static readonly DateTime Now = new(2025, 6, 1, 0, 0, 0, DateTimeKind.Utc);

    private static InvestmentProject NewProject(ProjectStage at = ProjectStage.Lead)
    {
        var project = new InvestmentProject { Title = "t", ResponsibleOfficer = "o" };
        project.Open(at, new DateOnly(2025, 1, 1), "opener", Now);
        return project;
    }

    [Theory]
    [InlineData(ProjectStage.Lead, ProjectStage.Inquiry)]
    [InlineData(ProjectStage.Lead, ProjectStage.Mou)]
    [InlineData(ProjectStage.Inquiry, ProjectStage.Proposal)]
    [InlineData(ProjectStage.Mou, ProjectStage.Notified)]
    [InlineData(ProjectStage.Notified, ProjectStage.Construction)]
    [InlineData(ProjectStage.Notified, ProjectStage.Arrived)]
    [InlineData(ProjectStage.Construction, ProjectStage.Arrived)]
    [InlineData(ProjectStage.Arrived, ProjectStage.Operating)]
    [InlineData(ProjectStage.Operating, ProjectStage.Aftercare)]
    [InlineData(ProjectStage.Proposal, ProjectStage.Delayed)]
    [InlineData(ProjectStage.Mou, ProjectStage.Lost)]
    [InlineData(ProjectStage.Aftercare, ProjectStage.Withdrawn)]
    public void CanMove_AllowedTransition_IsAllowed(ProjectStage from, ProjectStage to) => ProjectStages.CanMove(from, to).ShouldBeTrue();

    [Theory]
    [InlineData(ProjectStage.Lead, ProjectStage.Notified)]        // no skipping past the MOU
    [InlineData(ProjectStage.Mou, ProjectStage.Arrived)]          // money is notified before it arrives
    [InlineData(ProjectStage.Construction, ProjectStage.Operating)]
    [InlineData(ProjectStage.Arrived, ProjectStage.Mou)]          // nothing moves backwards
    [InlineData(ProjectStage.Proposal, ProjectStage.Inquiry)]
    [InlineData(ProjectStage.Lost, ProjectStage.Lead)]            // final
    [InlineData(ProjectStage.Withdrawn, ProjectStage.Mou)]
    [InlineData(ProjectStage.Aftercare, ProjectStage.Lost)]
    [InlineData(ProjectStage.Mou, ProjectStage.Mou)]
    public void CanMove_ForbiddenTransition_IsRefused(ProjectStage from, ProjectStage to) => ProjectStages.CanMove(from, to).ShouldBeFalse();

    [Fact]
    public void MoveTo_Forbidden_ThrowsWithStableCodeAndKeepsState()
    {
        var project = NewProject();
        var error = Should.Throw<BusinessRuleException>(() => project.MoveTo(ProjectStage.Arrived, new DateOnly(2025, 2, 1), "kim", Now));
        error.Code.ShouldBe("stage_transition_not_allowed");
        project.Stage.ShouldBe(ProjectStage.Lead);
        project.StageHistory.Count.ShouldBe(1);
    }

    [Fact]
    public void MoveTo_Allowed_KeepsHistoryWithDateAndWho()
    {
        var project = NewProject();
        project.MoveTo(ProjectStage.SiteVisit, new DateOnly(2025, 2, 1), "kim", Now);
        project.MoveTo(ProjectStage.Mou, new DateOnly(2025, 3, 1), "lee", Now);

        project.Stage.ShouldBe(ProjectStage.Mou);
        project.StageSince.ShouldBe(new DateOnly(2025, 3, 1));
        project.StageHistory.Select(h => (h.From, h.To, h.On, h.ChangedBy)).ShouldBe(
        [
            (null, ProjectStage.Lead, new DateOnly(2025, 1, 1), "opener"),
            (ProjectStage.Lead, ProjectStage.SiteVisit, new DateOnly(2025, 2, 1), "kim"),
            (ProjectStage.SiteVisit, ProjectStage.Mou, new DateOnly(2025, 3, 1), "lee"),
        ]);
    }

    [Fact]
    public void MoveTo_DateBeforeCurrentStage_IsRefused()
    {
        var project = NewProject();
        project.MoveTo(ProjectStage.Inquiry, new DateOnly(2025, 3, 1), "kim", Now);
        Should.Throw<BusinessRuleException>(() => project.MoveTo(ProjectStage.SiteVisit, new DateOnly(2025, 2, 28), "kim", Now))
            .Code.ShouldBe("stage_date_before_previous");
    }

    [Fact]
    public void MoveTo_LostWithoutReason_IsRefused_WithReason_IsKept()
    {
        var project = NewProject();
        Should.Throw<BusinessRuleException>(() => project.MoveTo(ProjectStage.Lost, new DateOnly(2025, 2, 1), "kim", Now, " ")).Code.ShouldBe("lost_reason_required");
        project.MoveTo(ProjectStage.Lost, new DateOnly(2025, 2, 1), "kim", Now, "went to Pyeongtaek");
        project.LostReason.ShouldBe("went to Pyeongtaek");
        project.StageHistory[^1].Reason.ShouldBe("went to Pyeongtaek");
        ProjectStages.NextFrom(project.Stage).ShouldBeEmpty();
    }

    [Fact]
    public void Delayed_ResumesOnlyWhereItStopped()
    {
        var project = NewProject(ProjectStage.Mou);
        project.MoveTo(ProjectStage.Delayed, new DateOnly(2025, 2, 1), "kim", Now);
        project.DelayedFrom.ShouldBe(ProjectStage.Mou);
        ProjectStages.NextFrom(project.Stage, project.DelayedFrom).ShouldBe([ProjectStage.Mou, ProjectStage.Lost, ProjectStage.Withdrawn]);
        Should.Throw<BusinessRuleException>(() => project.MoveTo(ProjectStage.Notified, new DateOnly(2025, 3, 1), "kim", Now));

        project.MoveTo(ProjectStage.Mou, new DateOnly(2025, 3, 1), "kim", Now);
        project.DelayedFrom.ShouldBeNull();
        project.MoveTo(ProjectStage.Notified, new DateOnly(2025, 3, 2), "kim", Now);
        project.FurthestStage.ShouldBe(ProjectStage.Notified);
    }

    [Fact]
    public void FurthestStage_IsKeptWhenTheProjectIsLost()
    {
        var project = NewProject(ProjectStage.Proposal);
        project.MoveTo(ProjectStage.Lost, new DateOnly(2025, 2, 1), "kim", Now, "budget");
        project.FurthestStage.ShouldBe(ProjectStage.Proposal);
    }

    [Fact]
    public void Open_SideState_IsRefused() =>
        Should.Throw<BusinessRuleException>(() => NewProject(ProjectStage.Delayed)).Code.ShouldBe("stage_open_invalid");

    [Fact]
    public void EveryStage_HasAWayOutUnlessFinal()
    {
        foreach (var stage in Enum.GetValues<ProjectStage>().Where(s => !s.IsClosed() && s != ProjectStage.Delayed))
        {
            ProjectStages.NextFrom(stage).ShouldContain(ProjectStage.Withdrawn);
        }
    }
}
