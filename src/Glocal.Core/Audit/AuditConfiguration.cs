using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Glocal.Core.Audit;

public sealed class AuditEventConfiguration : IEntityTypeConfiguration<AuditEvent>
{
    public void Configure(EntityTypeBuilder<AuditEvent> builder)
    {
        builder.Property(e => e.UserId).HasMaxLength(64);
        builder.Property(e => e.UserName).HasMaxLength(256);
        builder.Property(e => e.EntityType).HasMaxLength(100);
        builder.Property(e => e.EntityId).HasMaxLength(100);
        builder.Property(e => e.Action).HasConversion<string>().HasMaxLength(10);
        builder.Property(e => e.ChangedFields).HasMaxLength(4000);
        builder.HasIndex(e => new { e.MunicipalityId, e.OccurredAt });
        builder.HasIndex(e => new { e.EntityType, e.EntityId });
    }
}

public sealed class PersonalDataAccessConfiguration : IEntityTypeConfiguration<PersonalDataAccess>
{
    public void Configure(EntityTypeBuilder<PersonalDataAccess> builder)
    {
        builder.Property(e => e.UserId).HasMaxLength(64);
        builder.Property(e => e.UserName).HasMaxLength(256);
        builder.Property(e => e.SubjectType).HasMaxLength(100);
        builder.Property(e => e.SubjectId).HasMaxLength(100);
        builder.Property(e => e.Purpose).HasMaxLength(40);
        builder.HasIndex(e => new { e.MunicipalityId, e.OccurredAt });
        builder.HasIndex(e => new { e.SubjectType, e.SubjectId });
    }
}
