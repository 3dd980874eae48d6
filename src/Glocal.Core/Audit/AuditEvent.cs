namespace Glocal.Core.Audit;

public enum AuditAction
{
    Create,
    Update,
    Delete,
}

/// <summary>
/// An append-only record of one change to one entity: who, where, what, when and which fields —
/// never the values, so personal data cannot leak into the audit trail.
/// </summary>
public sealed class AuditEvent
{
    public long Id { get; set; }

    public DateTime OccurredAt { get; set; }

    public int? MunicipalityId { get; set; }

    public string? UserId { get; set; }

    public required string UserName { get; set; }

    public required string EntityType { get; set; }

    public required string EntityId { get; set; }

    public AuditAction Action { get; set; }

    /// <summary>Comma-separated property names that changed (for updates) or were set (for creates).</summary>
    public required string ChangedFields { get; set; }
}
