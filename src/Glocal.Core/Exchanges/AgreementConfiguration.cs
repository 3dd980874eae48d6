using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Glocal.Core.Exchanges;

public sealed class AgreementConfiguration : IEntityTypeConfiguration<Agreement>
{
    public void Configure(EntityTypeBuilder<Agreement> builder)
    {
        builder.Property(a => a.Type).HasConversion<string>().HasMaxLength(20);
        builder.Property(a => a.Status).HasConversion<string>().HasMaxLength(20);
        builder.Property(a => a.CouncilResolutionNumber).HasMaxLength(50);
        builder.Property(a => a.StatusReason).HasMaxLength(500);
        builder.Property(a => a.Motive).HasMaxLength(2000);
        builder.HasMany(a => a.StatusHistory).WithOne().HasForeignKey(c => c.AgreementId).OnDelete(DeleteBehavior.Cascade);
        builder.HasIndex(a => new { a.MunicipalityId, a.PartnerCityId, a.Type, a.SignedOn });
    }
}

public sealed class AgreementStatusChangeConfiguration : IEntityTypeConfiguration<AgreementStatusChange>
{
    public void Configure(EntityTypeBuilder<AgreementStatusChange> builder)
    {
        builder.Property(c => c.Status).HasConversion<string>().HasMaxLength(20);
        builder.Property(c => c.Reason).HasMaxLength(500);
    }
}
