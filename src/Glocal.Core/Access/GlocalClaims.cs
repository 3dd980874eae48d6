namespace Glocal.Core.Access;

/// <summary>Claim types Glocal adds to a signed-in principal.</summary>
public static class GlocalClaims
{
    public const string Municipality = "glocal:municipality";
    public const string Permission = "glocal:perm";
    public const string DisplayName = "glocal:display_name";

    /// <summary>Present (value "true") when a role held requires two-factor sign-in but none is set up yet.</summary>
    public const string TwoFactorSetupRequired = "glocal:2fa_setup_required";

    /// <summary>Present on principals authenticated by a personal access token; value = token id.</summary>
    public const string TokenId = "glocal:token";
}
