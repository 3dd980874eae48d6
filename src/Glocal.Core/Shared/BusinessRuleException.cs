namespace Glocal.Core.Shared;

/// <summary>
/// A request broke a rule of the domain. <see cref="Code"/> is stable and machine-readable; it reaches
/// API clients as the ProblemDetails <c>code</c> and pages as a ModelState error.
/// </summary>
public sealed class BusinessRuleException(string code, string message, int statusCode = 422) : Exception(message)
{
    public string Code { get; } = code;

    /// <summary>HTTP status the API maps this rule to: 422 by default, 409 for conflicts.</summary>
    public int StatusCode { get; } = statusCode;
}
