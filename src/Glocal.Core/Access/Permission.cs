namespace Glocal.Core.Access;

/// <summary>What a permission is about: a module of the platform or one of its administrative areas.</summary>
public enum Resource
{
    Registry,
    Users,
    Audit,
    Exchanges,
    Investments,
    Residents,
    Policies,
    Benchmark,
}

public enum PermissionAction
{
    Read,
    Create,
    Update,
    Delete,
    Export,
    ReadPersonalData,
    Approve,
    ReadSensitive,
    OverrideConsent,

    /// <summary>See the details of code-named (confidential) records; others see only counts.</summary>
    ReadConfidential,
}

/// <summary>A resource × action pair; its <see cref="Name"/> ("residents.read") is the authorization policy name and the token scope.</summary>
public readonly record struct Permission(Resource Resource, PermissionAction Action)
{
    public string Name => $"{ResourceName(Resource)}.{ActionName(Action)}";

    public override string ToString() => Name;

    public static bool TryParse(string name, out Permission permission)
    {
        permission = default;
        var dot = name.IndexOf('.', StringComparison.Ordinal);
        if (dot <= 0)
        {
            return false;
        }

        var resource = Enum.GetValues<Resource>().Where(r => ResourceName(r) == name[..dot]).Select(r => (Resource?)r).FirstOrDefault();
        var action = Enum.GetValues<PermissionAction>().Where(a => ActionName(a) == name[(dot + 1)..]).Select(a => (PermissionAction?)a).FirstOrDefault();
        if (resource is null || action is null)
        {
            return false;
        }

        permission = new Permission(resource.Value, action.Value);
        return true;
    }

    private static string ResourceName(Resource resource) => resource.ToString().ToLowerInvariant();

    private static string ActionName(PermissionAction action) => action switch
    {
        PermissionAction.ReadPersonalData => "read_personal",
        PermissionAction.ReadSensitive => "read_sensitive",
        PermissionAction.OverrideConsent => "override_consent",
        PermissionAction.ReadConfidential => "read_confidential",
        _ => action.ToString().ToLowerInvariant(),
    };
}
