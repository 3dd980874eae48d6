using Glocal.Core.Data;
using Glocal.Core.Shared;
using Glocal.Core.Shared.Tabular;
using Microsoft.AspNetCore.Diagnostics;
using Microsoft.EntityFrameworkCore;

namespace Glocal.Web.Infrastructure;

/// <summary>
/// Turns domain exceptions into ProblemDetails with a stable <c>code</c>. Anything unexpected becomes a
/// generic 500 that reveals nothing; the exception is logged without request data.
/// </summary>
public sealed class GlocalExceptionHandler(IProblemDetailsService problems, ILogger<GlocalExceptionHandler> logger) : IExceptionHandler
{
    public async ValueTask<bool> TryHandleAsync(HttpContext httpContext, Exception exception, CancellationToken cancellationToken)
    {
        var context = httpContext;
        var (status, code, title) = exception switch
        {
            _ when DatabaseFailures.IsUnavailable(exception) => (StatusCodes.Status503ServiceUnavailable, "database_unavailable", "The database is not available; try again shortly."),
            BusinessRuleException rule => (rule.StatusCode, rule.Code, rule.Message),
            ImportRejectedException rejected => (StatusCodes.Status422UnprocessableEntity, "import_rejected", rejected.Message),
            NotFoundException => (StatusCodes.Status404NotFound, "not_found", "The record was not found."),
            DbUpdateConcurrencyException => (StatusCodes.Status409Conflict, "concurrency_conflict", "The record was changed by someone else; reload and try again."),
            BadHttpRequestException { StatusCode: StatusCodes.Status413PayloadTooLarge } => (StatusCodes.Status413PayloadTooLarge, "payload_too_large",
                $"The request is larger than the {RequestLimits.MaxBodyBytes / 1024 / 1024} MB the server accepts."),
            BadHttpRequestException bad => (bad.StatusCode, ProblemCodes.ForStatus(bad.StatusCode), "The request could not be read."),
            OperationCanceledException when context.RequestAborted.IsCancellationRequested => (499, "request_cancelled", "The request was cancelled."),
            _ => (StatusCodes.Status500InternalServerError, "internal_error", "An unexpected error occurred."),
        };

        if (status == StatusCodes.Status503ServiceUnavailable)
        {
            DatabaseFailures.ForgetPooledConnections();
            context.Response.Headers.RetryAfter = "5";
        }

        if (status >= 500)
        {
            // The exception type and stack only: messages may quote user input.
            logger.LogError("Unhandled {ExceptionType} at {StackTrace}", exception.GetType().FullName, exception.StackTrace);
        }

        // The middleware has already pointed the request at the error page; the original path decides.
        var originalPath = context.Features.Get<IExceptionHandlerPathFeature>()?.Path ?? context.Request.Path;
        if (!originalPath.StartsWith("/api/", StringComparison.OrdinalIgnoreCase))
        {
            return false; // pages show the error page
        }

        context.Response.StatusCode = status;
        var problem = new ProblemDetailsContext
        {
            HttpContext = context,
            ProblemDetails = { Status = status, Title = title, Extensions = { ["code"] = code } },
        };
        if (exception is ImportRejectedException { Report: var report })
        {
            problem.ProblemDetails.Extensions["report"] = report; // every row's issues, so the file can be fixed in one go
        }

        return await problems.TryWriteAsync(problem);
    }
}
