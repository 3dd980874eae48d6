using System.ComponentModel.DataAnnotations;

namespace Glocal.Core.Residents;

public sealed record RegisterClientRequest(
    [property: Required, StringLength(100, MinimumLength = 1)] string Name,
    [property: Required, RegularExpression("^[A-Z]{2}$", ErrorMessage = "Nationality must be an ISO 3166-1 alpha-2 code such as VN.")] string Nationality,
    [property: Required, RegularExpression("^[a-z]{2,3}(-[A-Za-z0-9]{2,8})*( [a-z]{2,3}(-[A-Za-z0-9]{2,8})*)*$", ErrorMessage = "Languages must be BCP 47 tags separated by spaces, such as 'vi ko'.")] string Languages,
    [property: RegularExpression(@"^\d{6}-?\d{7}$", ErrorMessage = "An alien registration number has 13 digits (YYMMDD-NNNNNNN).")] string? RegistrationNumber = null,
    [property: StringLength(20, MinimumLength = 5)] string? PassportNumber = null,
    [property: RegularExpression("^[A-Z][A-Z0-9]?-[0-9]{1,2}$", ErrorMessage = "Stay status must be a code such as E-9 or F-6.")] string? StayStatus = null,
    [property: StringLength(60)] string? District = null);

/// <summary>A client in lists: no personal data.</summary>
public sealed record ClientSummary(Guid Id, string Nationality, string? StayStatus, string Languages, string? District, DateTime CreatedAt);

/// <summary>A client with personal data revealed; producing it writes the access log.</summary>
public sealed record ClientDetails(
    Guid Id, string Name, string? RegistrationNumber, string? PassportNumber, string Nationality,
    string? StayStatus, string Languages, string? District, DateTime CreatedAt);

public sealed record ClientSearchRequest(
    [property: StringLength(100)] string? Name = null,
    [property: StringLength(20)] string? RegistrationNumber = null);
