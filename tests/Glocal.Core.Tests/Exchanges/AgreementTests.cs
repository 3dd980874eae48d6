using Glocal.Core.Exchanges;
using Glocal.Core.Shared;

namespace Glocal.Core.Tests.Exchanges;

public class AgreementTests
{
    private static readonly DateOnly Today = new(2026, 1, 10);

    private static Agreement SisterCity(DateOnly? approved = null, string? resolution = null) => new()
    {
        Id = Guid.NewGuid(),
        Type = AgreementType.SisterCity,
        SignedOn = new DateOnly(1997, 10, 20),
        Fields = ExchangeFields.Administration | ExchangeFields.CultureArts,
        CouncilApprovedOn = approved,
        CouncilResolutionNumber = resolution,
    };

    [Fact]
    public void Validate_SisterCityWithoutCouncilApproval_IsRefused() =>
        Should.Throw<BusinessRuleException>(() => SisterCity().Validate(Today)).Code.ShouldBe("agreement_council_approval_required");

    [Fact]
    public void Validate_SisterCityWithDateButNoResolutionNumber_IsRefused() =>
        Should.Throw<BusinessRuleException>(() => SisterCity(new DateOnly(1997, 9, 1), " ").Validate(Today)).Code.ShouldBe("agreement_council_approval_required");

    [Fact]
    public void Validate_CouncilApprovalAfterSigning_IsRefused() =>
        Should.Throw<BusinessRuleException>(() => SisterCity(new DateOnly(1997, 11, 1), "제123호").Validate(Today)).Code.ShouldBe("agreement_council_approval_after_signing");

    [Fact]
    public void Validate_SisterCityWithApproval_Passes() => SisterCity(new DateOnly(1997, 9, 1), "제123호").Validate(Today);

    [Theory]
    [InlineData(AgreementType.Friendship)]
    [InlineData(AgreementType.FieldMou)]
    [InlineData(AgreementType.LetterOfIntent)]
    public void Validate_OtherTypes_NeedNoCouncilApproval(AgreementType type) =>
        new Agreement { Type = type, SignedOn = Today, Fields = ExchangeFields.Tourism }.Validate(Today);

    [Fact]
    public void Validate_NoField_IsRefused() =>
        Should.Throw<BusinessRuleException>(() => new Agreement { Type = AgreementType.Friendship, SignedOn = Today }.Validate(Today)).Code.ShouldBe("agreement_fields_required");

    [Fact]
    public void Validate_SignedInFuture_IsRefused() =>
        Should.Throw<BusinessRuleException>(() => new Agreement { Type = AgreementType.Friendship, SignedOn = Today.AddDays(1), Fields = ExchangeFields.Youth }.Validate(Today))
            .Code.ShouldBe("agreement_signed_in_future");

    [Fact]
    public void ChangeStatus_SuspendWithoutReason_IsRefused() =>
        Should.Throw<BusinessRuleException>(() => SisterCity().ChangeStatus(AgreementStatus.Suspended, null, Today)).Code.ShouldBe("agreement_status_reason_required");

    [Fact]
    public void ChangeStatus_SuspendThenReactivate_KeepsHistory()
    {
        var agreement = SisterCity();
        agreement.ChangeStatus(AgreementStatus.Suspended, "COVID-19", new DateOnly(2020, 2, 1));
        agreement.ChangeStatus(AgreementStatus.Active, null, new DateOnly(2023, 5, 1));
        agreement.Status.ShouldBe(AgreementStatus.Active);
        agreement.StatusHistory.Select(h => (h.Status, h.Reason)).ShouldBe([(AgreementStatus.Suspended, "COVID-19"), (AgreementStatus.Active, null)]);
    }

    [Fact]
    public void ChangeStatus_FromTerminated_IsRefused()
    {
        var agreement = SisterCity();
        agreement.ChangeStatus(AgreementStatus.Terminated, "Partner merged into a larger city", Today);
        Should.Throw<BusinessRuleException>(() => agreement.ChangeStatus(AgreementStatus.Active, null, Today)).Code.ShouldBe("agreement_terminated");
    }

    [Theory]
    [InlineData(ExchangeFields.Youth, true)]
    [InlineData(ExchangeFields.None, false)]
    [InlineData(ExchangeFields.Youth | ExchangeFields.Sports, false)]
    public void IsSingleField_OneFlagOnly(ExchangeFields field, bool expected) => ExchangeService.IsSingleField(field).ShouldBe(expected);
}
