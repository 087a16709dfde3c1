namespace CchcFeedback.Core.Notifications;

/// <summary>A file an outbox e-mail carries, kept beside the message until it is sent or given up, then deleted:
/// whatever produced the file keeps its own copy.</summary>
public class OutboxAttachment
{
    public long Id { get; set; }
    public Guid MessageId { get; set; }

    /// <summary>The order of the attachments in the message.</summary>
    public int Position { get; set; }
    public required string FileName { get; set; }
    public required string ContentType { get; set; }
    public required byte[] Content { get; set; }
}
