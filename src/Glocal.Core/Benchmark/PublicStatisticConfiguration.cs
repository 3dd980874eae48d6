using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Glocal.Core.Benchmark;

public sealed class PublicStatisticConfiguration : IEntityTypeConfiguration<PublicStatistic>
{
    public void Configure(EntityTypeBuilder<PublicStatistic> builder)
    {
        builder.Property(s => s.Indicator).HasMaxLength(60);
        builder.Property(s => s.Definition).HasMaxLength(20);
        builder.Property(s => s.Source).HasMaxLength(400);
        builder.HasIndex(s => new { s.MunicipalityId, s.Indicator, s.Definition, s.ReferenceDate }).IsUnique();
    }
}
