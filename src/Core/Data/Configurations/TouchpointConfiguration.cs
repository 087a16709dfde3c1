using CchcFeedback.Core.Touchpoints;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace CchcFeedback.Core.Data.Configurations;

public class TouchpointConfiguration : IEntityTypeConfiguration<Touchpoint>, IEntityTypeConfiguration<TouchpointScan>
{
    public void Configure(EntityTypeBuilder<Touchpoint> builder)
    {
        builder.HasIndex(t => t.Token).IsUnique();
        builder.Property(t => t.Token).HasMaxLength(TouchpointToken.Length).IsFixedLength();
        builder.Property(t => t.RevokedBy).HasMaxLength(256);
        builder.HasOne(t => t.Center).WithMany().OnDelete(DeleteBehavior.Restrict);
        builder.HasOne(t => t.Counter).WithMany().OnDelete(DeleteBehavior.Restrict);
        builder.HasOne(t => t.Procedure).WithMany().OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<Touchpoint>().WithMany().HasForeignKey(t => t.ReplacedById).OnDelete(DeleteBehavior.Restrict);
        builder.Ignore(t => t.IsActive);
        // At most one active touchpoint per place, so a poster run never prints two codes for one counter.
        builder.HasIndex(t => new { t.CenterId, t.CounterId, t.ProcedureId }).IsUnique()
            .HasFilter("revoked_at IS NULL").AreNullsDistinct(false);
    }

    public void Configure(EntityTypeBuilder<TouchpointScan> builder)
    {
        builder.HasKey(s => new { s.TouchpointId, s.Day });
        builder.HasOne<Touchpoint>().WithMany().HasForeignKey(s => s.TouchpointId).OnDelete(DeleteBehavior.Cascade);
    }
}
