using System.Text.Json;
using System.Text.Json.Nodes;

namespace Glocal.Indicators.Io;

/// <summary>Reads typed properties of a step object and remembers which were read, to reject unknown ones.</summary>
internal sealed class StepReader(JsonObject node, int index)
{
    private readonly HashSet<string> _read = new(StringComparer.Ordinal) { "op" };

    public bool Has(string name) => node.ContainsKey(name);

    public JsonNode? Node(string name)
    {
        _read.Add(name);
        return node[name];
    }

    public void Read(string name) => _read.Add(name);

    public string? String(string name) => Get(name, n => n.GetValue<string>(), "a string");

    public double? Number(string name) => Get(name, n => n.GetValue<double>(), "a number");

    public bool? Bool(string name) => Get(name, n => n.GetValue<bool>(), "true or false");

    public (double A, double B)? Pair(string name)
    {
        var values = Numbers(name);
        return values switch
        {
            null => null,
            [var a, var b] => (a, b),
            _ => throw PipelineSpecReader.Error(index, name, "expected an array of two numbers."),
        };
    }

    public double[]? Numbers(string name) =>
        Get(name, n => n.AsArray().Select(x => x!.GetValue<double>()).ToArray(), "an array of numbers");

    public T Enum<T>(string name, T fallback, params (string Name, T Value)[] names)
    {
        var text = String(name);
        return text is null ? fallback : Match(text, names, index, name);
    }

    public static T Match<T>(string? text, (string Name, T Value)[] names, int index, string property)
    {
        foreach (var (n, v) in names)
        {
            if (string.Equals(n, text, StringComparison.Ordinal))
            {
                return v;
            }
        }

        throw PipelineSpecReader.Error(index, property, $"'{text}' is not one of {string.Join(", ", names.Select(n => n.Name))}.");
    }

    public void EnsureAllRead()
    {
        foreach (var (key, _) in node)
        {
            if (!_read.Contains(key))
            {
                throw PipelineSpecReader.Error(index, key, "unknown parameter for this operation.");
            }
        }
    }

    private T? Get<T>(string name, Func<JsonNode, T> read, string expected)
        where T : struct
    {
        _read.Add(name);
        var n = node[name];
        if (n is null)
        {
            return null;
        }

        try
        {
            return read(n);
        }
        catch (Exception e) when (e is InvalidOperationException or FormatException or JsonException)
        {
            throw PipelineSpecReader.Error(index, name, $"expected {expected}.");
        }
    }

    private string? Get(string name, Func<JsonNode, string> read, string expected)
    {
        _read.Add(name);
        var n = node[name];
        if (n is null)
        {
            return null;
        }

        try
        {
            return read(n);
        }
        catch (Exception e) when (e is InvalidOperationException or FormatException or JsonException)
        {
            throw PipelineSpecReader.Error(index, name, $"expected {expected}.");
        }
    }

    private double[]? Get(string name, Func<JsonNode, double[]> read, string expected)
    {
        _read.Add(name);
        var n = node[name];
        if (n is null)
        {
            return null;
        }

        try
        {
            return read(n);
        }
        catch (Exception e) when (e is InvalidOperationException or FormatException or JsonException or NullReferenceException)
        {
            throw PipelineSpecReader.Error(index, name, $"expected {expected}.");
        }
    }
}
