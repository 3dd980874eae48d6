using System.ComponentModel.DataAnnotations;

namespace Glocal.Core.Access;

public sealed record CreateUserRequest(
    [property: Required, StringLength(64, MinimumLength = 3), RegularExpression("^[A-Za-z0-9._@-]+$", ErrorMessage = "A user name may contain letters, digits and . _ @ - only.")] string UserName,
    [property: Required, StringLength(100, MinimumLength = 1)] string DisplayName,
    [property: Required, RegularExpression("^[0-9]{5}$", ErrorMessage = "The municipality is a 5-digit code such as 41270.")] string MunicipalityCode,
    [property: Required, StringLength(200, MinimumLength = IdentitySetup.MinimumPasswordLength)] string Password,
    IReadOnlyList<string> Roles,
    [property: EmailAddress] string? Email = null);

public sealed record UserSummary(string Id, string UserName, string DisplayName, string MunicipalityCode, IReadOnlyList<string> Roles, bool TwoFactorEnabled, bool LockedOut);

public sealed record RoleChangeRequest([property: Required] string Role);
