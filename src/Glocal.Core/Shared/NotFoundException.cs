namespace Glocal.Core.Shared;

/// <summary>A record does not exist, or exists in another municipality: callers cannot tell the two apart.</summary>
public sealed class NotFoundException(string entity, object id) : Exception($"{entity} '{id}' was not found.")
{
    public string Entity { get; } = entity;
}
