using Glocal.Core.Data;
using Glocal.Core.Shared;
using Microsoft.AspNetCore.Mvc.ModelBinding;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;

namespace Glocal.Web.Pages;

/// <summary>
/// How the exchange and investment forms say a refused write: the rule's translated message
/// (<c>{Module}.Error.{code}</c>, else the rule's own text), and one clear message for a stale form.
/// </summary>
public static class FormErrors
{
    /// <summary>Adds the error to the form when it is one a user can act on; other exceptions propagate.</summary>
    public static bool TryAdd(ModelStateDictionary modelState, IStringLocalizer localizer, Exception exception, string module)
    {
        var code = exception switch
        {
            BusinessRuleException rule => rule.Code,
            DbUpdateConcurrencyException => VersionGuard.MismatchCode, // saved by someone else between the check and the write
            _ => null,
        };
        if (code is null)
        {
            return false;
        }

        var text = localizer[$"{module}.Error.{code}"];
        modelState.AddModelError(string.Empty, text.ResourceNotFound ? exception.Message : text.Value);
        return true;
    }
}
