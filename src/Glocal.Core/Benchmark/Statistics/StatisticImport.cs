namespace Glocal.Core.Benchmark.Statistics;

/// <summary>One accepted file: what it was, who brought it and what it changed. Rejected files leave no row.</summary>
public sealed class StatisticImport
{
    public Guid Id { get; set; }

    public required string FileName { get; set; }

    public required string Kind { get; set; }

    /// <summary>SHA-256 of the file's bytes, hex.</summary>
    public required string Sha256 { get; set; }

    public DateTime ImportedAt { get; set; }

    public string? ImportedBy { get; set; }

    public int Rows { get; set; }

    public int Created { get; set; }

    public int Updated { get; set; }

    public int Unchanged { get; set; }
}
