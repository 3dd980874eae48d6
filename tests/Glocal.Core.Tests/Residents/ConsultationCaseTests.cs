using Glocal.Core.Residents;
using Glocal.Core.Shared;

namespace Glocal.Core.Tests.Residents;

public class ConsultationCaseTests
{
    private static readonly DateTime T0 = new(2026, 11, 2, 1, 0, 0, DateTimeKind.Utc);

    private static ConsultationCase NewCase() => new() { Id = Guid.NewGuid(), ReferenceNumber = "R-TEST0001", Language = "vi", OpenedAt = T0 };

    [Theory]
    [InlineData(CaseStatus.New, CaseStatus.Assessment, true)]
    [InlineData(CaseStatus.New, CaseStatus.Referred, false)]
    [InlineData(CaseStatus.Assessment, CaseStatus.New, false)]
    [InlineData(CaseStatus.InProgress, CaseStatus.Closed, true)]
    [InlineData(CaseStatus.Referred, CaseStatus.InProgress, true)]
    [InlineData(CaseStatus.Closed, CaseStatus.InProgress, false)]
    [InlineData(CaseStatus.Closed, CaseStatus.Closed, false)]
    public void CanMoveTo_FollowsTheWorkflow(CaseStatus from, CaseStatus to, bool allowed) => from.CanMoveTo(to).ShouldBe(allowed);

    [Fact]
    public void MoveTo_RecordsHistoryFirstResponseAndClosing()
    {
        var c = NewCase();
        c.MoveTo(CaseStatus.Assessment, T0.AddHours(3), "kim");
        c.MoveTo(CaseStatus.Closed, T0.AddDays(2), "kim");
        c.FirstResponseAt.ShouldBe(T0.AddHours(3));
        c.ClosedAt.ShouldBe(T0.AddDays(2));
        c.StatusChanges.Select(s => (s.From, s.To)).ShouldBe([(CaseStatus.New, CaseStatus.Assessment), (CaseStatus.Assessment, CaseStatus.Closed)]);
    }

    [Fact]
    public void MoveTo_Disallowed_ThrowsAndChangesNothing()
    {
        var c = NewCase();
        Should.Throw<BusinessRuleException>(() => c.MoveTo(CaseStatus.Referred, T0, "kim")).Code.ShouldBe("case_transition_not_allowed");
        c.Status.ShouldBe(CaseStatus.New);
        c.StatusChanges.ShouldBeEmpty();
        c.FirstResponseAt.ShouldBeNull();
    }

    [Fact]
    public void Reopen_OnlyClosedAndNotAnonymised()
    {
        var c = NewCase();
        Should.Throw<BusinessRuleException>(() => c.Reopen(T0, "kim")).Code.ShouldBe("case_not_closed");
        c.MoveTo(CaseStatus.Closed, T0, "kim");
        c.Reopen(T0.AddDays(1), "lee");
        c.Status.ShouldBe(CaseStatus.InProgress);
        c.ClosedAt.ShouldBeNull();
        c.MoveTo(CaseStatus.Closed, T0.AddDays(2), "lee");
        c.AnonymisedAt = T0.AddYears(5);
        Should.Throw<BusinessRuleException>(() => c.Reopen(T0.AddYears(5), "lee")).Code.ShouldBe("case_anonymised");
    }

    [Fact]
    public void MarkReferred_ClosedCaseRefused_RepeatedReferralKeepsOneStep()
    {
        var c = NewCase();
        c.MarkReferred(T0, "kim");
        c.MarkReferred(T0.AddHours(1), "kim");
        c.StatusChanges.Count.ShouldBe(1);
        c.MoveTo(CaseStatus.Closed, T0.AddDays(1), "kim");
        Should.Throw<BusinessRuleException>(() => c.MarkReferred(T0.AddDays(2), "kim")).Code.ShouldBe("case_closed");
    }

    [Theory]
    [InlineData("*", Agency.Police, "2026-03-01", null, true)]
    [InlineData("LabourOffice LegalAid", Agency.LegalAid, "2026-03-01", null, true)]
    [InlineData("LabourOffice", Agency.Police, "2026-03-01", null, false)]
    [InlineData("*", Agency.Police, "2025-12-31", null, false)]
    [InlineData("*", Agency.Police, "2026-03-01", "2026-03-01", false)]
    [InlineData("*", Agency.Police, "2026-02-28", "2026-03-01", true)]
    public void Consent_CoversAgencyOnlyWhileValid(string scope, Agency agency, string on, string? withdrawn, bool covered)
    {
        var consent = new ConsentRecord
        {
            Purpose = ConsentPurpose.Referral, Scope = scope, GivenOn = new DateOnly(2026, 1, 1), RecordedBy = "kim",
            WithdrawnOn = withdrawn is null ? null : DateOnly.Parse(withdrawn, System.Globalization.CultureInfo.InvariantCulture),
        };
        consent.Covers(ConsentPurpose.Referral, agency, DateOnly.Parse(on, System.Globalization.CultureInfo.InvariantCulture)).ShouldBe(covered);
        consent.Covers(ConsentPurpose.Interpretation, null, DateOnly.Parse(on, System.Globalization.CultureInfo.InvariantCulture)).ShouldBeFalse();
    }
}
