using Glocal.Core.Tenancy;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Glocal.Core.Benchmark.Index;

/// <summary>
/// A municipality's choice to publish one index indicator from its own module data (ADR 0051). Without it the
/// public series is used; with it, the module provider's figure replaces it in everyone's benchmark.
/// </summary>
public sealed class IndicatorPublication : ITenantOwned
{
    public Guid Id { get; set; }

    public int MunicipalityId { get; set; }

    public required string IndicatorCode { get; set; }

    public bool Published { get; set; }

    public DateTime UpdatedAt { get; set; }

    public string? UpdatedBy { get; set; }
}

public sealed class IndicatorPublicationConfiguration : IEntityTypeConfiguration<IndicatorPublication>
{
    public void Configure(EntityTypeBuilder<IndicatorPublication> builder)
    {
        builder.ToTable("BenchmarkPublications");
        builder.Property(p => p.IndicatorCode).HasMaxLength(40);
        builder.Property(p => p.UpdatedBy).HasMaxLength(100);
        builder.HasIndex(p => new { p.MunicipalityId, p.IndicatorCode }).IsUnique();
    }
}
