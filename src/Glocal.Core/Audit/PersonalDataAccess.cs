namespace Glocal.Core.Audit;

/// <summary>
/// One read of personal data: which subject, by whom, for what. Required by PIPA (개인정보 접속기록);
/// append-only like the audit trail.
/// </summary>
public sealed class PersonalDataAccess
{
    public long Id { get; set; }

    public DateTime OccurredAt { get; set; }

    public int MunicipalityId { get; set; }

    public string? UserId { get; set; }

    public required string UserName { get; set; }

    /// <summary>Kind of record read, e.g. "Client".</summary>
    public required string SubjectType { get; set; }

    public required string SubjectId { get; set; }

    /// <summary>What was done: "view", "list", "search", "export".</summary>
    public required string Purpose { get; set; }
}
