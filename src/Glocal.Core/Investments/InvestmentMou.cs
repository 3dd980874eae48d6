using Glocal.Core.Tenancy;

namespace Glocal.Core.Investments;

/// <summary>
/// The memorandum of understanding of a project: what the investor pledged, in money and jobs. Most MOUs
/// are not binding (<see cref="NonBinding"/>); the module exists to compare these pledges with what arrives.
/// </summary>
public sealed class InvestmentMou : ITenantOwned
{
    public Guid Id { get; set; }

    public int MunicipalityId { get; set; }

    public Guid ProjectId { get; set; }

    public DateOnly SignedOn { get; set; }

    /// <summary>Who signed, e.g. "안산시장; CEO of the investor; 경기도지사".</summary>
    public required string Signatories { get; set; }

    public long PledgedMinor { get; set; }

    public Currency PledgedCurrency { get; set; }

    /// <summary>Won per dollar × 10⁴ for a USD pledge, with its date; null for KRW.</summary>
    public long? KrwPerUsdScaled { get; set; }

    public DateOnly? RateOn { get; set; }

    /// <summary>The pledge in won at the recorded rate: what totals add up.</summary>
    public long PledgedKrw { get; set; }

    public int PledgedJobs { get; set; }

    public bool NonBinding { get; set; } = true;

    public List<MouMilestone> Milestones { get; set; } = [];

    public Money Pledged => new(PledgedMinor, PledgedCurrency);

    public ExchangeRate? Rate => KrwPerUsdScaled is { } r && RateOn is { } on ? new ExchangeRate(r, on) : null;
}

/// <summary>A promised step with a due date (site purchase, groundbreaking, first hire).</summary>
public sealed class MouMilestone
{
    public Guid Id { get; set; }

    public required string Title { get; set; }

    public DateOnly DueOn { get; set; }

    public DateOnly? CompletedOn { get; set; }

    public bool IsOverdue(DateOnly today) => CompletedOn is null && DueOn < today;
}
