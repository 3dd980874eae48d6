using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Glocal.Core.Exchanges;

public sealed class ExchangeActivityConfiguration : IEntityTypeConfiguration<ExchangeActivity>
{
    public void Configure(EntityTypeBuilder<ExchangeActivity> builder)
    {
        builder.Property(a => a.Kind).HasConversion<string>().HasMaxLength(20);
        builder.Property(a => a.Direction).HasConversion<string>().HasMaxLength(20);
        builder.Property(a => a.Title).HasMaxLength(300);
        builder.HasOne<Agreement>().WithMany().HasForeignKey(a => a.AgreementId).OnDelete(DeleteBehavior.SetNull);
        builder.HasOne<ExchangeProgramme>().WithMany().HasForeignKey(a => a.ProgrammeId).OnDelete(DeleteBehavior.SetNull);
        builder.HasOne<Delegation>().WithMany().HasForeignKey(a => a.DelegationId).OnDelete(DeleteBehavior.SetNull);
        builder.HasIndex(a => new { a.MunicipalityId, a.PartnerCityId, a.Substantive, a.OccurredOn });
    }
}
