using Glocal.Core.Tenancy;

namespace Glocal.Core.Policies;

/// <summary>One year's money for a programme from one source, planned and (once known) executed, in won.</summary>
public sealed class BudgetLine : ITenantOwned
{
    public Guid Id { get; set; }

    public int MunicipalityId { get; set; }

    public Guid ProgrammeId { get; set; }

    public int Year { get; set; }

    public FundingSource Source { get; set; }

    public long PlannedKrw { get; set; }

    /// <summary>Null until the year's execution is reported.</summary>
    public long? ExecutedKrw { get; set; }
}
