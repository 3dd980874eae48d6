using Microsoft.AspNetCore.Http.HttpResults;

namespace Glocal.Web.Infrastructure;

/// <summary>The stable <c>code</c> every ProblemDetails carries, derived from the status where no handler set one.</summary>
public static class ProblemCodes
{
    public static void Customize(ProblemDetailsContext context)
    {
        var problem = context.ProblemDetails;
        if (!problem.Extensions.ContainsKey("code"))
        {
            problem.Extensions["code"] = problem switch
            {
                HttpValidationProblemDetails => "validation_failed",
                _ => ForStatus(problem.Status ?? context.HttpContext.Response.StatusCode),
            };
        }

        problem.Extensions["traceId"] = context.HttpContext.TraceIdentifier;
    }

    public static string ForStatus(int status) => status switch
    {
        400 => "bad_request",
        401 => "unauthenticated",
        403 => "forbidden",
        404 => "not_found",
        405 => "method_not_allowed",
        409 => "conflict",
        413 => "payload_too_large",
        415 => "unsupported_media_type",
        422 => "business_rule",
        429 => "rate_limited",
        503 => "unavailable",
        _ => status >= 500 ? "internal_error" : "error",
    };

    public static ProblemHttpResult Problem(int status, string code, string title) =>
        TypedResults.Problem(title: title, statusCode: status, extensions: new Dictionary<string, object?> { ["code"] = code });
}
