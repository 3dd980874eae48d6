using Glocal.Core.Residents.Classes;
using Glocal.Core.Residents.Interpreters;
using Glocal.Core.Shared;

namespace Glocal.Core.Tests.Residents;

public class InterpretersAndClassesRulesTests
{
    private static readonly DateTime At = new(2026, 12, 3, 1, 0, 0, DateTimeKind.Utc);

    private static InterpreterAssignment Assignment() => new() { Language = "vi", ScheduledAt = At, Minutes = 60 };

    [Theory]
    [InlineData(AssignmentStatus.Confirmed, AssignmentStatus.Completed)]
    [InlineData(AssignmentStatus.Confirmed, AssignmentStatus.NoShow)]
    [InlineData(AssignmentStatus.Confirmed, AssignmentStatus.Cancelled)]
    [InlineData(AssignmentStatus.Cancelled, null)]
    public void Assignment_AllowedMoves(AssignmentStatus first, AssignmentStatus? second)
    {
        var a = Assignment();
        a.MoveTo(first, At);
        if (second is { } s)
        {
            a.MoveTo(s, At.AddMinutes(5));
            a.Status.ShouldBe(s);
        }

        a.Blocks.ShouldBe(a.Status == AssignmentStatus.Confirmed);
    }

    [Fact]
    public void Assignment_RefusedMoves()
    {
        var a = Assignment();
        Should.Throw<BusinessRuleException>(() => a.MoveTo(AssignmentStatus.Completed, At)).Code.ShouldBe("assignment_transition_not_allowed");
        a.MoveTo(AssignmentStatus.Confirmed, At.AddDays(-1));
        Should.Throw<BusinessRuleException>(() => a.MoveTo(AssignmentStatus.NoShow, At.AddMinutes(-1))).Code.ShouldBe("assignment_not_yet_held");
        a.MoveTo(AssignmentStatus.NoShow, At);
        Should.Throw<BusinessRuleException>(() => a.MoveTo(AssignmentStatus.Completed, At)).Code.ShouldBe("assignment_transition_not_allowed");
    }

    [Fact]
    public void Interpreter_SpeaksByPrimaryLanguage()
    {
        var i = new Interpreter { Name = "x", Languages = "zh-Hans th" };
        i.Speaks("zh").ShouldBeTrue();
        i.Speaks("zh-Hant").ShouldBeTrue();
        i.Speaks("TH").ShouldBeTrue();
        i.Speaks("vi").ShouldBeFalse();
    }

    [Theory]
    [InlineData(10, 8, true)]
    [InlineData(10, 7, false)]
    [InlineData(5, 4, true)]
    [InlineData(0, 0, false)]
    public void Enrolment_CompletesAtEightyPercentAttendance(int held, int attended, bool completes)
    {
        var e = new Enrolment();
        if (completes)
        {
            e.Complete(held, attended, new DateOnly(2026, 12, 1));
            e.Status.ShouldBe(EnrolmentStatus.Completed);
            Should.Throw<BusinessRuleException>(() => e.Withdraw(new DateOnly(2026, 12, 2))).Code.ShouldBe("enrolment_finished");
        }
        else
        {
            Should.Throw<BusinessRuleException>(() => e.Complete(held, attended, new DateOnly(2026, 12, 1))).Code.ShouldBe("attendance_too_low");
            e.Status.ShouldBe(EnrolmentStatus.Enrolled);
        }
    }
}
