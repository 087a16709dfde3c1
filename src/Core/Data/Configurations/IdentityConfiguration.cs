using CchcFeedback.Core.Identity;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace CchcFeedback.Core.Data.Configurations;

/// <summary>Identity's tables under plain names (users, roles, ...) instead of asp_net_users.</summary>
public class IdentityConfiguration :
    IEntityTypeConfiguration<StaffUser>, IEntityTypeConfiguration<IdentityRole<Guid>>, IEntityTypeConfiguration<IdentityUserRole<Guid>>,
    IEntityTypeConfiguration<IdentityUserClaim<Guid>>, IEntityTypeConfiguration<IdentityUserLogin<Guid>>,
    IEntityTypeConfiguration<IdentityUserToken<Guid>>, IEntityTypeConfiguration<IdentityRoleClaim<Guid>>, IEntityTypeConfiguration<UserDepartment>
{
    public void Configure(EntityTypeBuilder<StaffUser> builder)
    {
        builder.ToTable("users");
        builder.Property(u => u.DisplayName).HasMaxLength(200);
        builder.HasMany(u => u.Departments).WithOne().HasForeignKey(d => d.UserId).OnDelete(DeleteBehavior.Cascade);
    }

    public void Configure(EntityTypeBuilder<IdentityRole<Guid>> builder) => builder.ToTable("roles");

    public void Configure(EntityTypeBuilder<IdentityUserRole<Guid>> builder) => builder.ToTable("user_roles");

    public void Configure(EntityTypeBuilder<IdentityUserClaim<Guid>> builder) => builder.ToTable("user_claims");

    public void Configure(EntityTypeBuilder<IdentityUserLogin<Guid>> builder) => builder.ToTable("user_logins");

    public void Configure(EntityTypeBuilder<IdentityUserToken<Guid>> builder) => builder.ToTable("user_tokens");

    public void Configure(EntityTypeBuilder<IdentityRoleClaim<Guid>> builder) => builder.ToTable("role_claims");

    public void Configure(EntityTypeBuilder<UserDepartment> builder)
    {
        builder.ToTable("user_departments");
        builder.HasKey(m => new { m.UserId, m.DepartmentId });
        builder.HasOne(m => m.Department).WithMany().OnDelete(DeleteBehavior.Restrict);
    }
}
