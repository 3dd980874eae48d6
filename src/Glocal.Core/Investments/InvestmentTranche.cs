using Glocal.Core.Tenancy;

namespace Glocal.Core.Investments;

/// <summary>
/// One flow of investment money, in the currency it was reported in, with the exchange rate used, how sure
/// it is (<see cref="Grade"/>) and where the figure comes from.
/// </summary>
public sealed class InvestmentTranche : ITenantOwned
{
    public Guid Id { get; set; }

    public int MunicipalityId { get; set; }

    public Guid ProjectId { get; set; }

    public DateOnly On { get; set; }

    public long AmountMinor { get; set; }

    public Currency Currency { get; set; }

    public long? KrwPerUsdScaled { get; set; }

    public DateOnly? RateOn { get; set; }

    /// <summary>The amount in won at the recorded rate, fixed when the tranche is recorded.</summary>
    public long AmountKrw { get; set; }

    public EvidenceGrade Grade { get; set; }

    /// <summary>Where the figure comes from: 외국인투자 신고서 number, bank confirmation, press release…</summary>
    public required string EvidenceSource { get; set; }

    public Money Amount => new(AmountMinor, Currency);

    public ExchangeRate? Rate => KrwPerUsdScaled is { } r && RateOn is { } on ? new ExchangeRate(r, on) : null;
}
