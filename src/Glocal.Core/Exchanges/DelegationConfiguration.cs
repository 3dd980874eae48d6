using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Glocal.Core.Exchanges;

public sealed class DelegationConfiguration : IEntityTypeConfiguration<Delegation>
{
    public void Configure(EntityTypeBuilder<Delegation> builder)
    {
        builder.Property(d => d.Direction).HasConversion<string>().HasMaxLength(20);
        builder.Property(d => d.Head).HasConversion<string>().HasMaxLength(20);
        builder.Property(d => d.Purpose).HasMaxLength(500);
        builder.Property(d => d.ReportSummary).HasMaxLength(4000);
        builder.Ignore(d => d.MemberCount);
        builder.HasOne(d => d.PartnerCity).WithMany().HasForeignKey(d => d.PartnerCityId).OnDelete(DeleteBehavior.Cascade);
        builder.HasOne<ExchangeProgramme>().WithMany().HasForeignKey(d => d.ProgrammeId).OnDelete(DeleteBehavior.SetNull);
        builder.HasMany(d => d.FollowUps).WithOne(f => f.Delegation).HasForeignKey(f => f.DelegationId).OnDelete(DeleteBehavior.Cascade);
    }
}

public sealed class DelegationFollowUpConfiguration : IEntityTypeConfiguration<DelegationFollowUp>
{
    public void Configure(EntityTypeBuilder<DelegationFollowUp> builder)
    {
        builder.Property(f => f.Description).HasMaxLength(500);
        builder.HasIndex(f => new { f.MunicipalityId, f.DoneOn, f.DueOn });
    }
}
