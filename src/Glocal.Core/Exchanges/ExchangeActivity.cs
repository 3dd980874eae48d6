using Glocal.Core.Tenancy;

namespace Glocal.Core.Exchanges;

/// <summary>
/// Something that happened in a relationship. Only substantive activities keep it alive: a New-Year
/// greeting video is ceremonial and does not reset dormancy.
/// </summary>
public sealed class ExchangeActivity : ITenantOwned
{
    public Guid Id { get; set; }

    public int MunicipalityId { get; set; }

    public Guid PartnerCityId { get; set; }

    public PartnerCity? PartnerCity { get; set; }

    public Guid? AgreementId { get; set; }

    public Guid? ProgrammeId { get; set; }

    public Guid? DelegationId { get; set; }

    public DateOnly OccurredOn { get; set; }

    public ActivityKind Kind { get; set; }

    public bool Substantive { get; set; }

    public ExchangeDirection Direction { get; set; }

    public required string Title { get; set; }

    public int Participants { get; set; }

    public long CostWon { get; set; }

    public int OutputAgreements { get; set; }

    public int OutputInvestmentLeads { get; set; }

    public int OutputStudentsExchanged { get; set; }

    public int OutputContracts { get; set; }
}
