using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Glocal.Core.Benchmark.Index;

public enum DefinitionStatus
{
    Proposed,
    Approved,
    Rejected,
}

/// <summary>
/// A stored version of the index definition (ADR 0053). Platform-wide, like the statistics it reads: anyone who may
/// edit the benchmark proposes a version; a holder of <c>benchmark.approve</c> other than the proposer approves it,
/// and the latest approved version is the one in force. Versions are never edited or deleted; each change of state
/// is audited.
/// </summary>
public sealed class IndexDefinitionVersion
{
    public Guid Id { get; set; }

    /// <summary>"2026.3": year and a running number, unique.</summary>
    public required string Version { get; set; }

    /// <summary>The definition as proposed, kept verbatim.</summary>
    public required string Json { get; set; }

    /// <summary>The version it was edited from.</summary>
    public string? BasedOn { get; set; }

    public DefinitionStatus Status { get; private set; }

    public string? Note { get; set; }

    public required string ProposedBy { get; set; }

    public DateTime ProposedAt { get; set; }

    public string? DecidedBy { get; private set; }

    public DateTime? DecidedAt { get; private set; }

    public string? DecisionNote { get; private set; }

    /// <summary>Approve or reject a proposal; only a proposal can be decided, and not by the person who proposed it.</summary>
    public void Decide(bool approve, string decidedBy, DateTime at, string? note)
    {
        if (Status != DefinitionStatus.Proposed)
        {
            throw new Shared.BusinessRuleException("index_definition_not_proposed", $"Version {Version} is {Status.ToString().ToLowerInvariant()}, not proposed.", 409);
        }

        if (string.Equals(decidedBy, ProposedBy, StringComparison.Ordinal))
        {
            throw new Shared.BusinessRuleException("index_definition_self_approval", "A version is approved or rejected by someone other than its proposer.", 409);
        }

        Status = approve ? DefinitionStatus.Approved : DefinitionStatus.Rejected;
        DecidedBy = decidedBy;
        DecidedAt = at;
        DecisionNote = note;
    }
}

public sealed class IndexDefinitionVersionConfiguration : IEntityTypeConfiguration<IndexDefinitionVersion>
{
    public void Configure(EntityTypeBuilder<IndexDefinitionVersion> builder)
    {
        builder.ToTable("BenchmarkIndexDefinitions");
        builder.Property(v => v.Version).HasMaxLength(20);
        builder.HasIndex(v => v.Version).IsUnique();
        builder.Property(v => v.BasedOn).HasMaxLength(20);
        builder.Property(v => v.Status).HasConversion<string>().HasMaxLength(12);
        builder.Property(v => v.Note).HasMaxLength(1000);
        builder.Property(v => v.DecisionNote).HasMaxLength(1000);
        builder.Property(v => v.ProposedBy).HasMaxLength(100);
        builder.Property(v => v.DecidedBy).HasMaxLength(100);
    }
}
