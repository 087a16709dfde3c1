using CchcFeedback.Core.Channels;
using CchcFeedback.Core.Channels.Zalo;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace CchcFeedback.Core.Data.Configurations;

public class ChannelEventConfiguration : IEntityTypeConfiguration<ChannelEvent>
{
    public void Configure(EntityTypeBuilder<ChannelEvent> builder)
    {
        builder.ToTable("channel_events");
        builder.Property(e => e.Id).ValueGeneratedNever();
        builder.Property(e => e.Channel).HasMaxLength(20);
        builder.Property(e => e.EventKey).HasMaxLength(200);
        builder.Property(e => e.EventName).HasMaxLength(60);
        builder.Property(e => e.UserId).HasMaxLength(100);
        // A platform retries an event it thinks we missed: the second copy must find the first.
        builder.HasIndex(e => new { e.Channel, e.EventKey }).IsUnique();
        builder.HasIndex(e => e.ReceivedAt).HasFilter("processed_at IS NULL");
    }
}

public class ChannelUserConfiguration : IEntityTypeConfiguration<ChannelUser>
{
    public void Configure(EntityTypeBuilder<ChannelUser> builder)
    {
        builder.ToTable("channel_users");
        builder.HasKey(u => new { u.Channel, u.UserId });
        builder.Property(u => u.Channel).HasMaxLength(20);
        builder.Property(u => u.UserId).HasMaxLength(100);
        builder.HasIndex(u => u.PhoneHash);
        builder.Property(u => u.LastEventKey).HasMaxLength(200);
    }
}

public class ZaloTokenConfiguration : IEntityTypeConfiguration<ZaloToken>
{
    public void Configure(EntityTypeBuilder<ZaloToken> builder)
    {
        builder.ToTable("zalo_tokens");
        builder.Property(t => t.Id).ValueGeneratedNever();
    }
}
