using CchcFeedback.Core.Kiosks;
using CchcFeedback.Core.Surveys;
using CchcFeedback.Core.Touchpoints;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace CchcFeedback.Core.Data.Configurations;

public class KioskConfiguration : IEntityTypeConfiguration<Kiosk>, IEntityTypeConfiguration<KioskTap>
{
    public void Configure(EntityTypeBuilder<Kiosk> builder)
    {
        builder.HasIndex(k => k.KeyId).IsUnique();
        builder.Property(k => k.KeyId).HasMaxLength(16);
        builder.Property(k => k.Name).HasMaxLength(200);
        builder.Property(k => k.CreatedBy).HasMaxLength(256);
        builder.HasOne(k => k.Counter).WithMany().OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<Touchpoint>().WithMany().HasForeignKey(k => k.TouchpointId).OnDelete(DeleteBehavior.Restrict);
        builder.Ignore(k => k.IsActive);
    }

    public void Configure(EntityTypeBuilder<KioskTap> builder)
    {
        // A tap is stored once, however often its batch is sent and under whichever kiosk: the client id is a random
        // UUID, so a tap queued under a revoked kiosk and sent again after the tablet is paired anew is not a new tap.
        builder.HasKey(t => t.ClientId);
        builder.HasOne<Kiosk>().WithMany().HasForeignKey(t => t.KioskId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<SurveyResponse>().WithOne().HasForeignKey<KioskTap>(t => t.ResponseId).OnDelete(DeleteBehavior.Cascade);
        // The burst check counts a kiosk's taps in a window before each new one.
        builder.HasIndex(t => new { t.KioskId, t.TappedAt });
    }
}
