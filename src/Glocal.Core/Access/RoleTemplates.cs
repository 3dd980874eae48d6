using static Glocal.Core.Access.PermissionAction;

namespace Glocal.Core.Access;

/// <summary>
/// The role templates a municipality assigns to staff, and the permissions each grants. Permissions are
/// least-privilege: only counsellors (and the platform admin) read residents' personal data.
/// </summary>
public static class RoleTemplates
{
    public const string PlatformAdmin = "platform_admin";
    public const string MunicipalAdmin = "municipal_admin";
    public const string PolicyPlanner = "policy_planner";
    public const string ExchangeOfficer = "exchange_officer";
    public const string InvestmentOfficer = "investment_officer";
    public const string Counsellor = "counsellor";
    public const string CounsellingLead = "counselling_lead";
    public const string Viewer = "viewer";
    public const string NgoPartner = "ngo_partner";

    public static IReadOnlyList<string> All { get; } =
        [PlatformAdmin, MunicipalAdmin, PolicyPlanner, ExchangeOfficer, InvestmentOfficer, Counsellor, CounsellingLead, Viewer, NgoPartner];

    /// <summary>Admin roles must sign in with a second factor.</summary>
    public static bool RequiresTwoFactor(string role) => role is PlatformAdmin or MunicipalAdmin;

    private static readonly PermissionAction[] Manage = [Read, Create, Update, Delete, Export];

    private static readonly Resource[] Modules =
        [Resource.Exchanges, Resource.Investments, Resource.Residents, Resource.Policies, Resource.Benchmark];

    private static readonly Dictionary<string, IReadOnlySet<Permission>> Grants = new(StringComparer.Ordinal)
    {
        [PlatformAdmin] = Permissions.All.ToHashSet(),
        [MunicipalAdmin] = Set(
            Grant(Resource.Users, Read, Create, Update, Delete, Approve),
            Grant(Resource.Audit, Read, Export),
            Grant(Resource.Registry, Read),
            Modules.SelectMany(m => Grant(m, Read, Export))),
        [PolicyPlanner] = Set(
            Grant(Resource.Policies, [.. Manage, Approve]),
            Grant(Resource.Benchmark, Read, Export, Update),
            Grant(Resource.Registry, Read),
            Modules.SelectMany(m => Grant(m, Read))),
        [ExchangeOfficer] = Set(
            Grant(Resource.Exchanges, Manage),
            Grant(Resource.Registry, Read),
            Grant(Resource.Policies, Read),
            Grant(Resource.Benchmark, Read)),
        [InvestmentOfficer] = Set(
            Grant(Resource.Investments, [.. Manage, ReadConfidential]),
            Grant(Resource.Registry, Read),
            Grant(Resource.Policies, Read),
            Grant(Resource.Benchmark, Read)),
        [Counsellor] = Set(
            Grant(Resource.Residents, [.. Manage, ReadPersonalData]),
            Grant(Resource.Registry, Read),
            Grant(Resource.Policies, Read)),
        // The lead of the counselling team sees sensitive cases in lists and may refer without consent (with a reason).
        [CounsellingLead] = Set(
            Grant(Resource.Residents, [.. Manage, ReadPersonalData, ReadSensitive, OverrideConsent]),
            Grant(Resource.Registry, Read),
            Grant(Resource.Policies, Read)),
        [Viewer] = Set(
            Grant(Resource.Registry, Read),
            Modules.SelectMany(m => Grant(m, Read))),
        [NgoPartner] = Set(
            Grant(Resource.Residents, Read),
            Grant(Resource.Policies, Read)),
    };

    public static bool Exists(string role) => Grants.ContainsKey(role);

    public static IReadOnlySet<Permission> PermissionsOf(string role) =>
        Grants.TryGetValue(role, out var permissions) ? permissions : new HashSet<Permission>();

    /// <summary>Union of the permissions of every role held: what a user may actually do.</summary>
    public static IReadOnlySet<Permission> EffectivePermissions(IEnumerable<string> roles) =>
        roles.SelectMany(PermissionsOf).ToHashSet();

    private static IEnumerable<Permission> Grant(Resource resource, params PermissionAction[] actions) =>
        actions.Select(a => new Permission(resource, a));

    private static HashSet<Permission> Set(params IEnumerable<Permission>[] groups) =>
        groups.SelectMany(g => g).ToHashSet();
}
