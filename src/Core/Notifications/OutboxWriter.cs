using CchcFeedback.Core.Data;
using Microsoft.EntityFrameworkCore;

namespace CchcFeedback.Core.Notifications;

/// <summary>A message to put in the outbox. <paramref name="ProtectedRecipient"/> holds a citizen's encrypted
/// address, and <paramref name="Recipient"/> then only its masked form.</summary>
public record OutboxDraft(OutboxChannel Channel, string Recipient, string Subject, string Body, string DedupeKey, byte[]? ProtectedRecipient = null);

/// <summary>Writes messages to the outbox in the caller's transaction. The dedupe key makes a second write of the
/// same message (a retried job) a no-op, which the unique index decides even under races.</summary>
public static class OutboxWriter
{
    /// <summary>True when the message is new.</summary>
    public static async Task<bool> AddAsync(CchcDbContext db, OutboxDraft draft, DateTimeOffset now, CancellationToken cancellationToken = default)
    {
        var channel = SnakeCaseEnum.ToName(draft.Channel);
        return await db.Database.ExecuteSqlAsync($"""
            INSERT INTO outbox_messages (id, channel, recipient, protected_recipient, subject, body, dedupe_key, created_at, next_attempt_at, attempts)
            VALUES ({Guid.CreateVersion7(now)}, {channel}, {draft.Recipient}, {draft.ProtectedRecipient}, {draft.Subject}, {draft.Body},
                    {draft.DedupeKey}, {now}, {now}, 0)
            ON CONFLICT (dedupe_key) DO NOTHING
            """, cancellationToken) == 1;
    }
}
