using CchcFeedback.Core.Catalog;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace CchcFeedback.Core.Data.Configurations;

public class ServiceCenterConfiguration : IEntityTypeConfiguration<ServiceCenter>
{
    public void Configure(EntityTypeBuilder<ServiceCenter> builder)
    {
        builder.ToTable("service_centers");
        builder.HasIndex(c => c.Code).IsUnique();
        builder.Property(c => c.Code).HasMaxLength(CatalogLimits.CodeLength);
        builder.Property(c => c.NameVi).HasMaxLength(CatalogLimits.NameLength);
        builder.Property(c => c.Address).HasMaxLength(CatalogLimits.NameLength);
        builder.Property(c => c.Level).HasMaxLength(16);
        builder.HasOne(c => c.CommuneDepartment).WithMany().OnDelete(DeleteBehavior.Restrict);
    }
}
