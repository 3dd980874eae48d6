using System.Globalization;
using System.Text.Json;

namespace Glocal.Core.Residents.Privacy;

/// <summary>One line of a subject-access package as a spreadsheet row.</summary>
public sealed record SubjectAccessRow(string Section, string Item, string Field, string Value);

/// <summary>Flattens a package into Section / Item / Field / Value rows for the XLSX form of the export.</summary>
public static class SubjectAccessRows
{
    public static IEnumerable<SubjectAccessRow> Flatten(SubjectAccessPackage package)
    {
        foreach (var row in Object("Client", package.Client.Id.ToString(), package.Client))
        {
            yield return row;
        }

        foreach (var consent in package.Consents)
        {
            foreach (var row in Object("Consent", consent.Id.ToString(), consent))
            {
                yield return row;
            }
        }

        foreach (var @case in package.Cases)
        {
            foreach (var row in Object("Case", @case.ReferenceNumber, @case))
            {
                yield return row;
            }
        }

        foreach (var enrolment in package.Enrolments)
        {
            foreach (var row in Object("Korean class", enrolment.Course, enrolment))
            {
                yield return row;
            }
        }
    }

    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    /// <summary>Every property as a row; lists become one row per element, nested with their index.</summary>
    private static IEnumerable<SubjectAccessRow> Object<T>(string section, string item, T value)
    {
        var element = JsonSerializer.SerializeToElement(value, Json);
        return Walk(section, item, "", element);
    }

    private static IEnumerable<SubjectAccessRow> Walk(string section, string item, string path, JsonElement element)
    {
        switch (element.ValueKind)
        {
            case JsonValueKind.Object:
                foreach (var property in element.EnumerateObject())
                {
                    foreach (var row in Walk(section, item, path.Length == 0 ? property.Name : $"{path}.{property.Name}", property.Value))
                    {
                        yield return row;
                    }
                }

                break;
            case JsonValueKind.Array:
                var i = 0;
                foreach (var child in element.EnumerateArray())
                {
                    foreach (var row in Walk(section, item, $"{path}[{i.ToString(CultureInfo.InvariantCulture)}]", child))
                    {
                        yield return row;
                    }

                    i++;
                }

                break;
            case JsonValueKind.Null or JsonValueKind.Undefined:
                break;
            default:
                yield return new SubjectAccessRow(section, item, path, element.ValueKind == JsonValueKind.String ? element.GetString() ?? "" : element.GetRawText());
                break;
        }
    }
}
