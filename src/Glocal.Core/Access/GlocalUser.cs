using Microsoft.AspNetCore.Identity;

namespace Glocal.Core.Access;

/// <summary>A staff account. Every account belongs to one municipality and sees only its data.</summary>
public sealed class GlocalUser : IdentityUser
{
    public int MunicipalityId { get; set; }

    public required string DisplayName { get; set; }

    /// <summary>"ko" or "en": the staff UI language chosen by the user.</summary>
    public string PreferredLanguage { get; set; } = "ko";

    public DateTime CreatedAt { get; set; }
}
