using System.ComponentModel.DataAnnotations;

namespace Glocal.Core.Residents;

/// <summary>
/// Key ring for personal data at rest. Several keys may be listed so old ciphertexts stay readable after a
/// rotation; new values are sealed with <see cref="ActiveKeyId"/>. Keys come from configuration (a secret
/// store in production), never from the database they protect.
/// </summary>
public sealed class PersonalDataOptions
{
    public const string Section = "PersonalData";

    [Required]
    [MinLength(1)]
    public List<PersonalDataKey> Keys { get; set; } = [];

    [Required]
    public string ActiveKeyId { get; set; } = "";

    /// <summary>Base64 HMAC-SHA256 key for the blind index used to search names and numbers.</summary>
    [Required]
    [MinLength(44)]
    public string LookupKey { get; set; } = "";
}

public sealed class PersonalDataKey
{
    [Required]
    [RegularExpression("^[A-Za-z0-9_-]{1,16}$")]
    public string Id { get; set; } = "";

    /// <summary>Base64 of 32 random bytes (AES-256).</summary>
    [Required]
    [MinLength(44)]
    public string Key { get; set; } = "";
}
