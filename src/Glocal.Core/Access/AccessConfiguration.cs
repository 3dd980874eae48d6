using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Glocal.Core.Access;

public sealed class GlocalUserConfiguration : IEntityTypeConfiguration<GlocalUser>
{
    public void Configure(EntityTypeBuilder<GlocalUser> builder)
    {
        builder.Property(u => u.DisplayName).HasMaxLength(100);
        builder.Property(u => u.PreferredLanguage).HasMaxLength(5);
        builder.HasIndex(u => u.MunicipalityId);
    }
}

public sealed class RoleGrantEventConfiguration : IEntityTypeConfiguration<RoleGrantEvent>
{
    public void Configure(EntityTypeBuilder<RoleGrantEvent> builder)
    {
        builder.Property(e => e.UserId).HasMaxLength(64);
        builder.Property(e => e.UserName).HasMaxLength(256);
        builder.Property(e => e.Role).HasMaxLength(40);
        builder.Property(e => e.ByUserName).HasMaxLength(256);
        builder.HasIndex(e => new { e.MunicipalityId, e.OccurredAt });
    }
}

public sealed class PersonalAccessTokenConfiguration : IEntityTypeConfiguration<PersonalAccessToken>
{
    public void Configure(EntityTypeBuilder<PersonalAccessToken> builder)
    {
        builder.Property(t => t.UserId).HasMaxLength(64);
        builder.Property(t => t.Name).HasMaxLength(100);
        builder.Property(t => t.Prefix).HasMaxLength(16);
        builder.Property(t => t.SecretHash).HasMaxLength(64);
        builder.Property(t => t.Scopes).HasMaxLength(4000);
        builder.HasIndex(t => t.SecretHash).IsUnique();
        builder.HasIndex(t => t.UserId);
        builder.Ignore(t => t.ScopeList);
    }
}
