using CchcFeedback.Core.Data;
using Microsoft.EntityFrameworkCore;

namespace CchcFeedback.Core.Notifications;

/// <summary>Writes e-mails to the outbox in the caller's transaction. The dedupe key makes a second write of
/// the same message (a retried job) a no-op, which the unique index decides even under races.</summary>
public static class OutboxEmail
{
    /// <summary>True when the message is new.</summary>
    public static async Task<bool> AddAsync(CchcDbContext db, string recipient, string subject, string body, string dedupeKey,
        DateTimeOffset now, CancellationToken cancellationToken = default)
    {
        var channel = SnakeCaseEnum.ToName(OutboxChannel.Email);
        return await db.Database.ExecuteSqlAsync($"""
            INSERT INTO outbox_messages (id, channel, recipient, subject, body, dedupe_key, created_at, next_attempt_at, attempts)
            VALUES ({Guid.CreateVersion7(now)}, {channel}, {recipient}, {subject}, {body}, {dedupeKey}, {now}, {now}, 0)
            ON CONFLICT (dedupe_key) DO NOTHING
            """, cancellationToken) == 1;
    }
}
