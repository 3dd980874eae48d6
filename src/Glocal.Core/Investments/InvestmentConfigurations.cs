using Glocal.Core.Exchanges;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Glocal.Core.Investments;

// Enums are stored by name so the databases stay readable and reordering a declaration cannot corrupt data.
public sealed class CompanyConfiguration : IEntityTypeConfiguration<Company>
{
    public void Configure(EntityTypeBuilder<Company> builder)
    {
        builder.ToTable("InvestmentCompanies");
        builder.Property(c => c.NameKo).HasMaxLength(200);
        builder.Property(c => c.NameEn).HasMaxLength(200);
        builder.Property(c => c.NameOriginal).HasMaxLength(200);
        builder.Property(c => c.CountryCode).HasMaxLength(2);
        builder.Property(c => c.KsicCode).HasMaxLength(10);
        builder.Property(c => c.Size).HasConversion<string>().HasMaxLength(20);
        builder.Property(c => c.ParentGroup).HasMaxLength(200);
        builder.HasIndex(c => new { c.MunicipalityId, c.NameEn }).IsUnique();
        builder.OwnsMany(c => c.Contacts, contact =>
        {
            contact.ToTable("InvestmentCompanyContacts");
            contact.WithOwner().HasForeignKey("CompanyId");
            contact.HasKey(x => x.Id);
            contact.Property(x => x.Person).HasMaxLength(100);
            contact.Property(x => x.Role).HasMaxLength(100);
            contact.Property(x => x.Language).HasMaxLength(20);
        });
    }
}

public sealed class InvestmentProjectConfiguration : IEntityTypeConfiguration<InvestmentProject>
{
    public void Configure(EntityTypeBuilder<InvestmentProject> builder)
    {
        builder.ToTable("InvestmentProjects");
        builder.Property(p => p.Title).HasMaxLength(200);
        builder.Property(p => p.CodeName).HasMaxLength(60);
        builder.Property(p => p.Source).HasConversion<string>().HasMaxLength(30);
        builder.Property(p => p.Type).HasConversion<string>().HasMaxLength(30);
        builder.Property(p => p.SiteType).HasConversion<string>().HasMaxLength(30);
        builder.Property(p => p.SiteName).HasMaxLength(200);
        builder.Property(p => p.ResponsibleOfficer).HasMaxLength(100);
        builder.Property(p => p.Stage).HasConversion<string>().HasMaxLength(20);
        builder.Property(p => p.DelayedFrom).HasConversion<string>().HasMaxLength(20);
        builder.Property(p => p.FurthestStage).HasConversion<string>().HasMaxLength(20);
        builder.Property(p => p.LostReason).HasMaxLength(500);
        builder.Ignore(p => p.IsConfidential);
        builder.HasOne(p => p.Company).WithMany().HasForeignKey(p => p.CompanyId).OnDelete(DeleteBehavior.Restrict);
        // The exchange module's delegation or activity the project came from; deleting it keeps the project.
        builder.HasOne<Delegation>().WithMany().HasForeignKey(p => p.SourceDelegationId).OnDelete(DeleteBehavior.SetNull);
        builder.HasOne<ExchangeActivity>().WithMany().HasForeignKey(p => p.SourceActivityId).OnDelete(DeleteBehavior.SetNull);
        builder.HasMany(p => p.StageHistory).WithOne().HasForeignKey(c => c.ProjectId).OnDelete(DeleteBehavior.Cascade);
        builder.HasOne(p => p.Mou).WithOne().HasForeignKey<InvestmentMou>(m => m.ProjectId).OnDelete(DeleteBehavior.Cascade);
        builder.HasMany(p => p.Tranches).WithOne().HasForeignKey(t => t.ProjectId).OnDelete(DeleteBehavior.Cascade);
        builder.HasMany(p => p.Incentives).WithOne().HasForeignKey(i => i.ProjectId).OnDelete(DeleteBehavior.Cascade);
        builder.HasMany(p => p.JobsReports).WithOne().HasForeignKey(j => j.ProjectId).OnDelete(DeleteBehavior.Cascade);
        builder.HasMany(p => p.Grievances).WithOne().HasForeignKey(g => g.ProjectId).OnDelete(DeleteBehavior.Cascade);
        builder.HasIndex(p => new { p.MunicipalityId, p.Stage });
        builder.HasIndex(p => new { p.MunicipalityId, p.Title }).IsUnique();
    }
}

public sealed class StageChangeConfiguration : IEntityTypeConfiguration<StageChange>
{
    public void Configure(EntityTypeBuilder<StageChange> builder)
    {
        builder.ToTable("InvestmentStageChanges");
        builder.Property(c => c.From).HasConversion<string>().HasMaxLength(20);
        builder.Property(c => c.To).HasConversion<string>().HasMaxLength(20);
        builder.Property(c => c.ChangedBy).HasMaxLength(100);
        builder.Property(c => c.Reason).HasMaxLength(500);
        builder.HasIndex(c => new { c.ProjectId, c.On });
    }
}

public sealed class InvestmentMouConfiguration : IEntityTypeConfiguration<InvestmentMou>
{
    public void Configure(EntityTypeBuilder<InvestmentMou> builder)
    {
        builder.ToTable("InvestmentMous");
        builder.Property(m => m.Signatories).HasMaxLength(500);
        builder.Property(m => m.PledgedCurrency).HasConversion<string>().HasMaxLength(3);
        builder.Ignore(m => m.Pledged);
        builder.Ignore(m => m.Rate);
        builder.OwnsMany(m => m.Milestones, milestone =>
        {
            milestone.ToTable("InvestmentMouMilestones");
            milestone.WithOwner().HasForeignKey("MouId");
            milestone.HasKey(x => x.Id);
            milestone.Property(x => x.Title).HasMaxLength(200);
        });
    }
}

public sealed class InvestmentTrancheConfiguration : IEntityTypeConfiguration<InvestmentTranche>
{
    public void Configure(EntityTypeBuilder<InvestmentTranche> builder)
    {
        builder.ToTable("InvestmentTranches");
        builder.Property(t => t.Currency).HasConversion<string>().HasMaxLength(3);
        builder.Property(t => t.Grade).HasConversion<string>().HasMaxLength(20);
        builder.Property(t => t.EvidenceSource).HasMaxLength(300);
        builder.Ignore(t => t.Amount);
        builder.Ignore(t => t.Rate);
        builder.HasIndex(t => new { t.ProjectId, t.On });
    }
}

public sealed class IncentiveConfiguration : IEntityTypeConfiguration<Incentive>
{
    public void Configure(EntityTypeBuilder<Incentive> builder)
    {
        builder.ToTable("InvestmentIncentives");
        builder.Property(i => i.Type).HasConversion<string>().HasMaxLength(30);
        builder.Property(i => i.Clawback).HasConversion<string>().HasMaxLength(20);
        builder.Property(i => i.LegalBasis).HasMaxLength(300);
        builder.OwnsMany(i => i.Conditions, condition =>
        {
            condition.ToTable("InvestmentIncentiveConditions");
            condition.WithOwner().HasForeignKey("IncentiveId");
            condition.HasKey(x => x.Id);
            condition.Property(x => x.Description).HasMaxLength(300);
            condition.Property(x => x.Status).HasConversion<string>().HasMaxLength(20);
        });
    }
}

public sealed class JobsReportConfiguration : IEntityTypeConfiguration<JobsReport>
{
    public void Configure(EntityTypeBuilder<JobsReport> builder)
    {
        builder.ToTable("InvestmentJobsReports");
        builder.Property(j => j.Verification).HasConversion<string>().HasMaxLength(30);
        builder.Ignore(j => j.DirectForeign);
        builder.Ignore(j => j.DirectTotal);
        builder.Ignore(j => j.IsVerified);
        builder.OwnsMany(j => j.ForeignByStayStatus, foreign =>
        {
            foreign.ToTable("InvestmentForeignJobCounts");
            foreign.WithOwner().HasForeignKey("JobsReportId");
            foreign.Property<int>("Id");
            foreign.HasKey("Id");
            foreign.Property(x => x.StayStatus).HasMaxLength(8);
        });
    }
}

public sealed class GrievanceConfiguration : IEntityTypeConfiguration<Grievance>
{
    public void Configure(EntityTypeBuilder<Grievance> builder)
    {
        builder.ToTable("InvestmentGrievances");
        builder.Property(g => g.Category).HasConversion<string>().HasMaxLength(20);
        builder.Property(g => g.Status).HasConversion<string>().HasMaxLength(20);
        builder.Property(g => g.Summary).HasMaxLength(1000);
        builder.Property(g => g.ReferredTo).HasMaxLength(200);
    }
}
