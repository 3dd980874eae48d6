using Glocal.Core.Tenancy;

namespace Glocal.Core.Exchanges;

/// <summary>A planned line of exchange with a partner (a youth camp every summer, a trade mission), with its budget by year and source.</summary>
public sealed class ExchangeProgramme : ITenantOwned
{
    public Guid Id { get; set; }

    public int MunicipalityId { get; set; }

    public Guid PartnerCityId { get; set; }

    public PartnerCity? PartnerCity { get; set; }

    public Guid? AgreementId { get; set; }

    public required string Name { get; set; }

    /// <summary>One field (a single flag of <see cref="ExchangeFields"/>).</summary>
    public ExchangeFields Field { get; set; }

    public ExchangeDirection Direction { get; set; }

    public ProgrammeFormat Format { get; set; }

    public ProgrammeRecurrence Recurrence { get; set; }

    public int StartYear { get; set; }

    public int? EndYear { get; set; }

    public List<ProgrammeBudget> Budgets { get; set; } = [];
}

/// <summary>One year's budget line from one source, in won: planned, and executed once known.</summary>
public sealed class ProgrammeBudget : ITenantOwned
{
    public Guid Id { get; set; }

    public int MunicipalityId { get; set; }

    public Guid ProgrammeId { get; set; }

    public int Year { get; set; }

    public FundingSource Source { get; set; }

    public long PlannedWon { get; set; }

    public long? ExecutedWon { get; set; }
}
