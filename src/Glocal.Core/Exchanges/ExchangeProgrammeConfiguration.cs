using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Glocal.Core.Exchanges;

public sealed class ExchangeProgrammeConfiguration : IEntityTypeConfiguration<ExchangeProgramme>
{
    public void Configure(EntityTypeBuilder<ExchangeProgramme> builder)
    {
        builder.Property(p => p.Name).HasMaxLength(200);
        builder.Property(p => p.Direction).HasConversion<string>().HasMaxLength(20);
        builder.Property(p => p.Format).HasConversion<string>().HasMaxLength(30);
        builder.Property(p => p.Recurrence).HasConversion<string>().HasMaxLength(20);
        builder.HasOne(p => p.PartnerCity).WithMany().HasForeignKey(p => p.PartnerCityId).OnDelete(DeleteBehavior.Cascade);
        builder.HasOne<Agreement>().WithMany().HasForeignKey(p => p.AgreementId).OnDelete(DeleteBehavior.SetNull);
        builder.HasMany(p => p.Budgets).WithOne().HasForeignKey(b => b.ProgrammeId).OnDelete(DeleteBehavior.Cascade);
    }
}

public sealed class ProgrammeBudgetConfiguration : IEntityTypeConfiguration<ProgrammeBudget>
{
    public void Configure(EntityTypeBuilder<ProgrammeBudget> builder)
    {
        builder.Property(b => b.Source).HasConversion<string>().HasMaxLength(20);
        builder.HasIndex(b => new { b.ProgrammeId, b.Year, b.Source }).IsUnique();
    }
}
