namespace Glocal.Core.Access;

/// <summary>The catalogue of permissions, as named constants for endpoint and page authorization.</summary>
public static class Permissions
{
    public const string RegistryRead = "registry.read";
    public const string RegistryUpdate = "registry.update";
    public const string UsersRead = "users.read";
    public const string UsersCreate = "users.create";
    public const string UsersUpdate = "users.update";
    public const string UsersApprove = "users.approve";
    public const string AuditRead = "audit.read";
    public const string AuditExport = "audit.export";
    public const string ResidentsRead = "residents.read";
    public const string ResidentsCreate = "residents.create";
    public const string ResidentsUpdate = "residents.update";
    public const string ResidentsDelete = "residents.delete";
    public const string ResidentsReadPersonal = "residents.read_personal";
    public const string ResidentsExport = "residents.export";
    public const string ResidentsReadSensitive = "residents.read_sensitive";
    public const string ResidentsOverrideConsent = "residents.override_consent";
    public const string BenchmarkRead = "benchmark.read";
    public const string ExchangesRead = "exchanges.read";
    public const string ExchangesCreate = "exchanges.create";
    public const string ExchangesUpdate = "exchanges.update";
    public const string ExchangesExport = "exchanges.export";
    public const string InvestmentsRead = "investments.read";
    public const string InvestmentsCreate = "investments.create";
    public const string InvestmentsUpdate = "investments.update";
    public const string InvestmentsExport = "investments.export";
    public const string InvestmentsReadConfidential = "investments.read_confidential";
    public const string BenchmarkCreate = "benchmark.create";
    public const string BenchmarkUpdate = "benchmark.update";
    public const string BenchmarkExport = "benchmark.export";
    public const string BenchmarkApprove = "benchmark.approve";

    /// <summary>Every resource × action pair; authorization policies are registered from this list.</summary>
    public static IReadOnlyList<Permission> All { get; } =
        [.. from r in Enum.GetValues<Resource>() from a in Enum.GetValues<PermissionAction>() select new Permission(r, a)];

    public static IReadOnlySet<string> AllNames { get; } = All.Select(p => p.Name).ToHashSet(StringComparer.Ordinal);
}
