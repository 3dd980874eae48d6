using Glocal.Core.Policies;

namespace Glocal.Web.Pages.Policies;

/// <summary>One bar of the inward/outward balance chart: the measure, the band and the sentence that says it in words.</summary>
public sealed record BalanceChart(string Label, BalanceMeasure Measure, BalanceBand Band, string Description);
