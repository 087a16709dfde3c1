using CchcFeedback.Core.Notifications;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace CchcFeedback.Core.Data.Configurations;

public class OutboxConfiguration : IEntityTypeConfiguration<OutboxMessage>
{
    public void Configure(EntityTypeBuilder<OutboxMessage> builder)
    {
        builder.ToTable("outbox_messages");
        builder.Property(m => m.Id).ValueGeneratedNever();
        builder.Property(m => m.Recipient).HasMaxLength(320);
        builder.Property(m => m.Subject).HasMaxLength(300);
        builder.Property(m => m.DedupeKey).HasMaxLength(200);
        builder.HasIndex(m => m.DedupeKey).IsUnique();
        builder.Property(m => m.TemplateData).HasColumnType("jsonb");
        builder.Property(m => m.ProviderMessageId).HasMaxLength(100);
        // The delivery job reads only what is still to send.
        builder.HasIndex(m => m.NextAttemptAt).HasFilter("sent_at IS NULL AND failed_at IS NULL");
    }
}
