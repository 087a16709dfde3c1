using CchcFeedback.Core.Data;
using Microsoft.EntityFrameworkCore;

namespace CchcFeedback.Core.Notifications;

/// <summary>A message to put in the outbox. <paramref name="ProtectedRecipient"/> holds a citizen's encrypted
/// address, and <paramref name="Recipient"/> then only its masked form. <paramref name="Attachments"/> are sent
/// with an e-mail.</summary>
public record OutboxDraft(OutboxChannel Channel, string Recipient, string Subject, string Body, string DedupeKey, byte[]? ProtectedRecipient = null,
    IReadOnlyList<MessageAttachment>? Attachments = null, IReadOnlyDictionary<string, string>? TemplateData = null);

/// <summary>Writes messages to the outbox in the caller's transaction. The dedupe key makes a second write of the
/// same message (a retried job) a no-op, which the unique index decides even under races.</summary>
public static class OutboxWriter
{
    /// <summary>True when the message is new.</summary>
    public static async Task<bool> AddAsync(CchcDbContext db, OutboxDraft draft, DateTimeOffset now, CancellationToken cancellationToken = default)
    {
        var channel = SnakeCaseEnum.ToName(draft.Channel);
        var id = Guid.CreateVersion7(now);
        var templateData = draft.TemplateData is null ? null : System.Text.Json.JsonSerializer.Serialize(draft.TemplateData);
        // A message must never be claimed without its files: without a caller's transaction, it gets its own.
        await using var own = draft.Attachments is { Count: > 0 } && db.Database.CurrentTransaction is null
            ? await db.Database.BeginTransactionAsync(cancellationToken)
            : null;
        var added = await db.Database.ExecuteSqlAsync($"""
            INSERT INTO outbox_messages (id, channel, recipient, protected_recipient, subject, body, dedupe_key, created_at, next_attempt_at, attempts, template_data)
            VALUES ({id}, {channel}, {draft.Recipient}, {draft.ProtectedRecipient}, {draft.Subject}, {draft.Body},
                    {draft.DedupeKey}, {now}, {now}, 0, {templateData}::jsonb)
            ON CONFLICT (dedupe_key) DO NOTHING
            """, cancellationToken) == 1;
        if (added)
        {
            var position = 0;
            foreach (var attachment in draft.Attachments ?? [])
            {
                await db.Database.ExecuteSqlAsync($"""
                    INSERT INTO outbox_attachments (message_id, position, file_name, content_type, content)
                    VALUES ({id}, {position++}, {attachment.FileName}, {attachment.ContentType}, {attachment.Content})
                    """, cancellationToken);
            }
        }
        if (own is not null)
        {
            await own.CommitAsync(cancellationToken);
        }
        return added;
    }
}
