using CchcFeedback.Core.ApiClients;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace CchcFeedback.Core.Data.Configurations;

public class ApiClientConfiguration : IEntityTypeConfiguration<ApiClient>
{
    public void Configure(EntityTypeBuilder<ApiClient> builder)
    {
        builder.HasIndex(c => c.KeyId).IsUnique();
        builder.Property(c => c.KeyId).HasMaxLength(16);
        builder.Property(c => c.Name).HasMaxLength(200);
        builder.Property(c => c.Role).HasMaxLength(32);
        builder.Property(c => c.CreatedBy).HasMaxLength(256);
        builder.HasOne(c => c.Department).WithMany().OnDelete(DeleteBehavior.Restrict);
        builder.Ignore(c => c.IsActive);
    }
}
