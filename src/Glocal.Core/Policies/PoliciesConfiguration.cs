using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Glocal.Core.Policies;

public sealed class PolicyConfiguration : IEntityTypeConfiguration<Policy>
{
    public void Configure(EntityTypeBuilder<Policy> builder)
    {
        builder.ToTable("Policies");
        builder.Property(p => p.Title).HasMaxLength(200);
        builder.Property(p => p.Summary).HasMaxLength(2000);
        builder.HasMany(p => p.Programmes).WithOne(p => p.Policy).HasForeignKey(p => p.PolicyId).OnDelete(DeleteBehavior.Restrict);
        builder.HasIndex(p => new { p.MunicipalityId, p.Title });
    }
}

public sealed class ProgrammeConfiguration : IEntityTypeConfiguration<Programme>
{
    public void Configure(EntityTypeBuilder<Programme> builder)
    {
        builder.ToTable("PolicyProgrammes");
        builder.Property(p => p.Name).HasMaxLength(200);
        builder.Property(p => p.Description).HasMaxLength(2000);
        builder.Property(p => p.LeadDepartment).HasMaxLength(100);
        builder.Property(p => p.Orientation).HasConversion<string>().HasMaxLength(10);
        builder.Property(p => p.Mode).HasConversion<string>().HasMaxLength(12);
        builder.HasMany(p => p.BudgetLines).WithOne().HasForeignKey(b => b.ProgrammeId).OnDelete(DeleteBehavior.Cascade);
        builder.HasMany(p => p.Staff).WithOne().HasForeignKey(s => s.ProgrammeId).OnDelete(DeleteBehavior.Cascade);
        builder.HasMany(p => p.Partners).WithOne().HasForeignKey(s => s.ProgrammeId).OnDelete(DeleteBehavior.Cascade);
        builder.HasMany(p => p.Kpis).WithOne().HasForeignKey(k => k.ProgrammeId).OnDelete(DeleteBehavior.Cascade);
        builder.HasIndex(p => new { p.MunicipalityId, p.Name });
    }
}

public sealed class BudgetLineConfiguration : IEntityTypeConfiguration<BudgetLine>
{
    public void Configure(EntityTypeBuilder<BudgetLine> builder)
    {
        builder.ToTable("PolicyBudgetLines");
        builder.Property(b => b.Source).HasConversion<string>().HasMaxLength(12);
        builder.HasIndex(b => new { b.ProgrammeId, b.Year, b.Source }).IsUnique();
        builder.HasIndex(b => new { b.MunicipalityId, b.Year });
    }
}

public sealed class StaffAllocationConfiguration : IEntityTypeConfiguration<StaffAllocation>
{
    public void Configure(EntityTypeBuilder<StaffAllocation> builder)
    {
        builder.ToTable("PolicyStaffAllocations");
        builder.HasIndex(s => new { s.ProgrammeId, s.Year }).IsUnique();
    }
}

public sealed class ProgrammePartnerConfiguration : IEntityTypeConfiguration<ProgrammePartner>
{
    public void Configure(EntityTypeBuilder<ProgrammePartner> builder)
    {
        builder.ToTable("PolicyProgrammePartners");
        builder.Property(p => p.Name).HasMaxLength(200);
        builder.Property(p => p.Role).HasMaxLength(200);
        builder.Property(p => p.Kind).HasConversion<string>().HasMaxLength(14);
    }
}

public sealed class KpiConfiguration : IEntityTypeConfiguration<Kpi>
{
    public void Configure(EntityTypeBuilder<Kpi> builder)
    {
        builder.ToTable("PolicyKpis");
        builder.Property(k => k.Name).HasMaxLength(200);
        builder.Property(k => k.Definition).HasMaxLength(1000);
        builder.Property(k => k.Unit).HasMaxLength(40);
        builder.Property(k => k.Source).HasMaxLength(200);
        builder.Property(k => k.Owner).HasMaxLength(100);
        builder.Property(k => k.ComputedCode).HasMaxLength(80);
        builder.Property(k => k.Kind).HasConversion<string>().HasMaxLength(8);
        builder.Property(k => k.Frequency).HasConversion<string>().HasMaxLength(10);
        builder.HasMany(k => k.Values).WithOne().HasForeignKey(v => v.KpiId).OnDelete(DeleteBehavior.Cascade);
    }
}

public sealed class ProgrammeLinkConfiguration : IEntityTypeConfiguration<ProgrammeLink>
{
    public void Configure(EntityTypeBuilder<ProgrammeLink> builder)
    {
        builder.ToTable("PolicyProgrammeLinks");
        builder.HasOne<Programme>().WithMany().HasForeignKey(l => l.ProgrammeId).OnDelete(DeleteBehavior.Cascade);
        // Deleting the linked record drops the link, never the programme.
        builder.HasOne<Exchanges.ExchangeProgramme>().WithMany().HasForeignKey(l => l.ExchangeProgrammeId).OnDelete(DeleteBehavior.Cascade);
        builder.HasOne<Exchanges.Delegation>().WithMany().HasForeignKey(l => l.DelegationId).OnDelete(DeleteBehavior.Cascade);
        builder.HasOne<Investments.InvestmentProject>().WithMany().HasForeignKey(l => l.InvestmentProjectId).OnDelete(DeleteBehavior.Cascade);
        builder.HasOne<Residents.ResidentService>().WithMany().HasForeignKey(l => l.ResidentServiceId).OnDelete(DeleteBehavior.Cascade);
        builder.HasOne<Residents.Classes.KoreanCourse>().WithMany().HasForeignKey(l => l.KoreanCourseId).OnDelete(DeleteBehavior.Cascade);
        builder.HasIndex(l => new { l.ProgrammeId, l.ExchangeProgrammeId, l.DelegationId, l.InvestmentProjectId });
    }
}

public sealed class KpiValueConfiguration : IEntityTypeConfiguration<KpiValue>
{
    public void Configure(EntityTypeBuilder<KpiValue> builder)
    {
        builder.ToTable("PolicyKpiValues");
        builder.Property(v => v.Evidence).HasConversion<string>().HasMaxLength(1);
        builder.Property(v => v.EvidenceNote).HasMaxLength(500);
        builder.HasIndex(v => new { v.KpiId, v.PeriodStart });
    }
}
