using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Glocal.Core.Residents.Classes;

public sealed class KoreanCourseConfiguration : IEntityTypeConfiguration<KoreanCourse>
{
    public void Configure(EntityTypeBuilder<KoreanCourse> builder)
    {
        builder.Property(c => c.Name).HasMaxLength(200);
        builder.Property(c => c.Venue).HasMaxLength(200);
        builder.Property(c => c.Schedule).HasMaxLength(100);
        builder.Property(c => c.SupportLanguages).HasMaxLength(100);
        builder.HasIndex(c => new { c.MunicipalityId, c.StartsOn });
    }
}

public sealed class CourseSessionConfiguration : IEntityTypeConfiguration<CourseSession>
{
    public void Configure(EntityTypeBuilder<CourseSession> builder)
    {
        builder.Property(s => s.Topic).HasMaxLength(200);
        builder.HasOne<KoreanCourse>().WithMany().HasForeignKey(s => s.CourseId).OnDelete(DeleteBehavior.Cascade);
        builder.HasIndex(s => new { s.CourseId, s.On });
    }
}

public sealed class EnrolmentConfiguration : IEntityTypeConfiguration<Enrolment>
{
    public void Configure(EntityTypeBuilder<Enrolment> builder)
    {
        builder.Property(e => e.Status).HasConversion<string>().HasMaxLength(20);
        builder.HasOne<KoreanCourse>().WithMany().HasForeignKey(e => e.CourseId).OnDelete(DeleteBehavior.Cascade);
        builder.HasOne<Client>().WithMany().HasForeignKey(e => e.ClientId).OnDelete(DeleteBehavior.SetNull);
        builder.HasIndex(e => new { e.CourseId, e.ClientId });
    }
}

public sealed class AttendanceConfiguration : IEntityTypeConfiguration<Attendance>
{
    public void Configure(EntityTypeBuilder<Attendance> builder)
    {
        builder.ToTable("Attendances");
        builder.HasOne<CourseSession>().WithMany().HasForeignKey(a => a.SessionId).OnDelete(DeleteBehavior.Cascade);
        builder.HasOne<Enrolment>().WithMany().HasForeignKey(a => a.EnrolmentId).OnDelete(DeleteBehavior.Cascade);
        builder.HasIndex(a => new { a.SessionId, a.EnrolmentId }).IsUnique();
    }
}
