using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Glocal.Core.Residents.Interpreters;

public sealed class InterpreterConfiguration : IEntityTypeConfiguration<Interpreter>
{
    public void Configure(EntityTypeBuilder<Interpreter> builder)
    {
        builder.Property(i => i.Name).HasMaxLength(100);
        builder.Property(i => i.Languages).HasMaxLength(100);
        builder.Property(i => i.AvailableHours).HasMaxLength(60);
        builder.Property(i => i.Phone).HasMaxLength(30);
        builder.HasIndex(i => new { i.MunicipalityId, i.Active });
    }
}

public sealed class InterpreterAssignmentConfiguration : IEntityTypeConfiguration<InterpreterAssignment>
{
    public void Configure(EntityTypeBuilder<InterpreterAssignment> builder)
    {
        builder.Property(a => a.Language).HasMaxLength(20);
        builder.Property(a => a.Note).HasMaxLength(500);
        builder.Property(a => a.Mode).HasConversion<string>().HasMaxLength(20);
        builder.Property(a => a.Situation).HasConversion<string>().HasMaxLength(30);
        builder.Property(a => a.Status).HasConversion<string>().HasMaxLength(20);
        builder.Ignore(a => a.End);
        builder.Ignore(a => a.Blocks);
        builder.HasOne<Interpreter>().WithMany().HasForeignKey(a => a.InterpreterId).OnDelete(DeleteBehavior.Cascade);
        builder.HasOne<ConsultationCase>().WithMany().HasForeignKey(a => a.CaseId).OnDelete(DeleteBehavior.SetNull);
        builder.HasIndex(a => new { a.MunicipalityId, a.ScheduledAt });
        builder.HasIndex(a => new { a.InterpreterId, a.ScheduledAt });
    }
}
