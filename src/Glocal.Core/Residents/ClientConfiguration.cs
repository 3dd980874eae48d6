using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Glocal.Core.Residents;

public sealed class ClientConfiguration : IEntityTypeConfiguration<Client>
{
    public void Configure(EntityTypeBuilder<Client> builder)
    {
        builder.Property(c => c.NameSealed).HasMaxLength(400);
        builder.Property(c => c.NameLookup).HasMaxLength(64);
        builder.Property(c => c.RegistrationNumberSealed).HasMaxLength(200);
        builder.Property(c => c.RegistrationNumberLookup).HasMaxLength(64);
        builder.Property(c => c.PassportNumberSealed).HasMaxLength(200);
        builder.Property(c => c.Nationality).HasMaxLength(2);
        builder.Property(c => c.StayStatus).HasMaxLength(8);
        builder.Property(c => c.Languages).HasMaxLength(100);
        builder.Property(c => c.District).HasMaxLength(60);
        builder.HasIndex(c => new { c.MunicipalityId, c.NameLookup });
        builder.HasIndex(c => new { c.MunicipalityId, c.RegistrationNumberLookup });
    }
}
