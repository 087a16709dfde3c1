namespace CchcFeedback.Core.Notifications;

/// <summary>A message to send, written in the same transaction as the change it announces; a job delivers it
/// once. The dedupe key makes writing it idempotent (a retried job does not announce twice).</summary>
public class OutboxMessage
{
    public Guid Id { get; set; }
    public OutboxChannel Channel { get; set; }
    public required string Recipient { get; set; }
    public required string Subject { get; set; }
    public required string Body { get; set; }
    public required string DedupeKey { get; set; }
    public DateTimeOffset CreatedAt { get; set; }
    public DateTimeOffset NextAttemptAt { get; set; }
    public int Attempts { get; set; }
    public DateTimeOffset? SentAt { get; set; }
    public string? LastError { get; set; }
}
