using CchcFeedback.Core.Catalog;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace CchcFeedback.Core.Data.Configurations;

public class DepartmentConfiguration : IEntityTypeConfiguration<Department>
{
    public void Configure(EntityTypeBuilder<Department> builder)
    {
        builder.HasIndex(d => d.Code).IsUnique();
        builder.Property(d => d.Code).HasMaxLength(CatalogLimits.CodeLength);
        builder.Property(d => d.NameVi).HasMaxLength(CatalogLimits.NameLength);
        builder.Property(d => d.NameEn).HasMaxLength(CatalogLimits.NameLength);
        builder.Property(d => d.Kind).HasMaxLength(CatalogLimits.CodeLength);
        builder.Property(d => d.Level).HasMaxLength(16);
        builder.Property(d => d.Role).HasMaxLength(32);
        builder.HasOne(d => d.Parent).WithMany().OnDelete(DeleteBehavior.Restrict);
    }
}
