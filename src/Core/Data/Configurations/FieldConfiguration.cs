using CchcFeedback.Core.Catalog;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace CchcFeedback.Core.Data.Configurations;

public class FieldConfiguration : IEntityTypeConfiguration<Field>
{
    public void Configure(EntityTypeBuilder<Field> builder)
    {
        builder.HasIndex(f => f.Code).IsUnique();
        builder.Property(f => f.Code).HasMaxLength(CatalogLimits.CodeLength);
        builder.Property(f => f.NameVi).HasMaxLength(CatalogLimits.NameLength);
        builder.Property(f => f.NameEn).HasMaxLength(CatalogLimits.NameLength);
        builder.HasOne(f => f.ProvinceDepartment).WithMany().OnDelete(DeleteBehavior.Restrict);
    }
}
