using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Glocal.Core.Exchanges;

public sealed class PartnerCityConfiguration : IEntityTypeConfiguration<PartnerCity>
{
    public void Configure(EntityTypeBuilder<PartnerCity> builder)
    {
        builder.Property(p => p.NameKo).HasMaxLength(100);
        builder.Property(p => p.NameEn).HasMaxLength(100);
        builder.Property(p => p.NameLocal).HasMaxLength(100);
        builder.Property(p => p.CountryCode).HasMaxLength(2);
        builder.Property(p => p.Region).HasMaxLength(100);
        builder.Property(p => p.Level).HasConversion<string>().HasMaxLength(20);
        builder.Property(p => p.Notes).HasMaxLength(2000);
        builder.HasIndex(p => new { p.MunicipalityId, p.CountryCode, p.NameEn });
        builder.HasMany(p => p.Agreements).WithOne(a => a.PartnerCity).HasForeignKey(a => a.PartnerCityId).OnDelete(DeleteBehavior.Cascade);
        builder.HasMany(p => p.Activities).WithOne(a => a.PartnerCity).HasForeignKey(a => a.PartnerCityId).OnDelete(DeleteBehavior.Cascade);
    }
}
