using CchcFeedback.Core.Data;

namespace CchcFeedback.Core.Notifications;

/// <summary>Writes e-mails to staff to the outbox in the caller's transaction (<see cref="OutboxWriter"/>).</summary>
public static class OutboxEmail
{
    /// <summary>True when the message is new.</summary>
    public static Task<bool> AddAsync(CchcDbContext db, string recipient, string subject, string body, string dedupeKey,
        DateTimeOffset now, CancellationToken cancellationToken = default) =>
        OutboxWriter.AddAsync(db, new OutboxDraft(OutboxChannel.Email, recipient, subject, body, dedupeKey), now, cancellationToken);
}
