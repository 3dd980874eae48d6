namespace Glocal.Core.Policies.ComputedKpis;

/// <summary>
/// A KPI a module can compute from its own records for the current municipality, keyed by a stable code
/// (<c>module.measure</c>). Providers are registered only for modules that exist, so the policy module works
/// with whichever modules are installed and gains their figures as they arrive.
/// </summary>
public interface IComputedKpiProvider
{
    string Code { get; }

    string Module { get; }

    string Unit { get; }

    string Description { get; }

    /// <summary>The value for the period [from, to], or null when the module has nothing to say about it.</summary>
    Task<double?> ComputeAsync(DateOnly from, DateOnly to, CancellationToken ct);
}
