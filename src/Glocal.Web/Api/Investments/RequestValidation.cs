using System.Collections;
using System.ComponentModel.DataAnnotations;

namespace Glocal.Web.Api.Investments;

/// <summary>DataAnnotations over request records and the lists inside them, for endpoints that validate after a visibility check.</summary>
internal static class RequestValidation
{
    public static Dictionary<string, string[]> Errors(IEnumerable<object?> arguments)
    {
        var errors = new Dictionary<string, List<string>>(StringComparer.Ordinal);
        foreach (var argument in arguments.Where(a => a?.GetType().Namespace == typeof(Glocal.Core.Investments.InvestmentProject).Namespace))
        {
            Validate(argument!, "", errors);
        }

        return errors.ToDictionary(e => e.Key, e => e.Value.ToArray(), StringComparer.Ordinal);
    }

    private static void Validate(object instance, string prefix, Dictionary<string, List<string>> errors)
    {
        var results = new List<ValidationResult>();
        Validator.TryValidateObject(instance, new ValidationContext(instance), results, validateAllProperties: true);
        foreach (var result in results)
        {
            foreach (var member in result.MemberNames.DefaultIfEmpty(""))
            {
                var key = prefix + JsonName(member);
                if (!errors.TryGetValue(key, out var list))
                {
                    errors[key] = list = [];
                }

                list.Add(result.ErrorMessage ?? "Invalid.");
            }
        }

        foreach (var property in instance.GetType().GetProperties())
        {
            if (property.PropertyType != typeof(string) && property.GetIndexParameters().Length == 0 && property.GetValue(instance) is IEnumerable items)
            {
                var i = 0;
                foreach (var item in items)
                {
                    if (item is not null)
                    {
                        Validate(item, $"{prefix}{JsonName(property.Name)}[{i}].", errors);
                    }

                    i++;
                }
            }
        }
    }

    private static string JsonName(string name) => name.Length == 0 ? name : char.ToLowerInvariant(name[0]) + name[1..];
}
