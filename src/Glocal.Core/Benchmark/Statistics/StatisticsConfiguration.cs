using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Glocal.Core.Benchmark.Statistics;

public sealed class StatisticSeriesConfiguration : IEntityTypeConfiguration<StatisticSeries>
{
    public void Configure(EntityTypeBuilder<StatisticSeries> builder)
    {
        builder.ToTable("BenchmarkSeries");
        builder.Property(s => s.Code).HasMaxLength(80);
        builder.Property(s => s.NameKo).HasMaxLength(200);
        builder.Property(s => s.NameEn).HasMaxLength(200);
        builder.Property(s => s.Definition).HasMaxLength(20);
        builder.Property(s => s.Publisher).HasMaxLength(200);
        builder.Property(s => s.Unit).HasMaxLength(40);
        builder.Property(s => s.Licence).HasMaxLength(120);
        builder.Property(s => s.Description).HasMaxLength(1000);
        builder.HasIndex(s => s.Code).IsUnique();
    }
}

public sealed class StatisticObservationConfiguration : IEntityTypeConfiguration<StatisticObservation>
{
    public void Configure(EntityTypeBuilder<StatisticObservation> builder)
    {
        builder.ToTable("BenchmarkObservations");
        builder.Property(o => o.RegionCode).HasMaxLength(5);
        builder.Property(o => o.Breakdown).HasMaxLength(100);
        builder.HasOne(o => o.Series).WithMany().HasForeignKey(o => o.SeriesId).OnDelete(DeleteBehavior.Cascade);
        builder.HasOne<Tenancy.Municipality>().WithMany().HasForeignKey(o => o.MunicipalityId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<StatisticImport>().WithMany().HasForeignKey(o => o.ImportId).OnDelete(DeleteBehavior.SetNull);
        builder.HasIndex(o => new { o.SeriesId, o.RegionCode, o.Breakdown, o.ReferenceDate }).IsUnique();
        builder.HasIndex(o => new { o.SeriesId, o.Year });
    }
}

public sealed class StatisticImportConfiguration : IEntityTypeConfiguration<StatisticImport>
{
    public void Configure(EntityTypeBuilder<StatisticImport> builder)
    {
        builder.ToTable("BenchmarkImports");
        builder.Property(i => i.FileName).HasMaxLength(260);
        builder.Property(i => i.Kind).HasMaxLength(40);
        builder.Property(i => i.Sha256).HasMaxLength(64);
        builder.Property(i => i.ImportedBy).HasMaxLength(100);
    }
}
