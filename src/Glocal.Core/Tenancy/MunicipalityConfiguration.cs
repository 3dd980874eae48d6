using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Glocal.Core.Tenancy;

public sealed class MunicipalityConfiguration : IEntityTypeConfiguration<Municipality>
{
    public void Configure(EntityTypeBuilder<Municipality> builder)
    {
        builder.Property(m => m.Code).HasMaxLength(5);
        builder.Property(m => m.NameKo).HasMaxLength(60);
        builder.Property(m => m.NameEn).HasMaxLength(80);
        builder.Property(m => m.FullNameKo).HasMaxLength(80);
        builder.Property(m => m.ProvinceCode).HasMaxLength(2);
        builder.Property(m => m.Kind).HasConversion<string>().HasMaxLength(20);
        builder.HasIndex(m => new { m.Code, m.ValidFrom }).IsUnique();
    }
}
