using System.ComponentModel.DataAnnotations;
using Glocal.Core.Data;
using Glocal.Core.Shared;
using Microsoft.EntityFrameworkCore;

namespace Glocal.Web.Api.Residents;

/// <summary>
/// For routes under one record: answer 404 when the record {id} is not in the caller's municipality, and only
/// then validate the request body. The framework's validation would otherwise run first, and a caller from
/// another municipality would learn "400" rather than the uniform "not found" (the tenant sweep checks this).
/// Endpoints using it call <c>DisableValidation()</c>; the DataAnnotations are checked here instead.
/// </summary>
public static class ExistsThenValid
{
    public static Func<EndpointFilterInvocationContext, EndpointFilterDelegate, ValueTask<object?>> Filter<TEntity>()
        where TEntity : class => async (context, next) =>
    {
        var http = context.HttpContext;
        if (!Guid.TryParse(http.Request.RouteValues["id"]?.ToString(), out var id)
            || !await http.RequestServices.GetRequiredService<GlocalDbContext>().Set<TEntity>()
                .AnyAsync(e => EF.Property<Guid>(e, "Id") == id, http.RequestAborted))
        {
            throw new NotFoundException(typeof(TEntity).Name, http.Request.RouteValues["id"] ?? "");
        }

        var errors = new Dictionary<string, string[]>(StringComparer.Ordinal);
        foreach (var argument in context.Arguments.Where(a => a is not null && (a.GetType().Namespace?.StartsWith("Glocal.Core.Residents", StringComparison.Ordinal) ?? false) && !a.GetType().IsEnum))
        {
            var results = new List<ValidationResult>();
            if (!Validator.TryValidateObject(argument!, new ValidationContext(argument!), results, validateAllProperties: true))
            {
                foreach (var result in results)
                {
                    foreach (var member in result.MemberNames.DefaultIfEmpty(""))
                    {
                        var key = member.Length == 0 ? member : char.ToLowerInvariant(member[0]) + member[1..];
                        errors[key] = [.. errors.GetValueOrDefault(key, []), result.ErrorMessage ?? "invalid"];
                    }
                }
            }
        }

        return errors.Count > 0 ? TypedResults.ValidationProblem(errors) : await next(context);
    };
}
