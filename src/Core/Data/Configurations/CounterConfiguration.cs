using CchcFeedback.Core.Catalog;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace CchcFeedback.Core.Data.Configurations;

public class CounterConfiguration : IEntityTypeConfiguration<Counter>
{
    public void Configure(EntityTypeBuilder<Counter> builder)
    {
        builder.HasIndex(c => c.Code).IsUnique();
        builder.Property(c => c.Code).HasMaxLength(CatalogLimits.CodeLength);
        builder.Property(c => c.NameVi).HasMaxLength(CatalogLimits.NameLength);
        builder.HasOne(c => c.Center).WithMany(s => s.Counters).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne(c => c.Department).WithMany().OnDelete(DeleteBehavior.Restrict);
        builder.HasMany(c => c.Fields).WithMany().UsingEntity(
            "counter_fields",
            r => r.HasOne(typeof(Field)).WithMany().HasForeignKey("field_id").OnDelete(DeleteBehavior.Cascade),
            l => l.HasOne(typeof(Counter)).WithMany().HasForeignKey("counter_id").OnDelete(DeleteBehavior.Cascade));
    }
}
