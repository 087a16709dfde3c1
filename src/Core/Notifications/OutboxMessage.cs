namespace CchcFeedback.Core.Notifications;

/// <summary>A message to send, written in the same transaction as the change it announces;
/// <see cref="OutboxDeliveryJob"/> delivers it once. The dedupe key makes writing it idempotent (a retried job
/// does not announce twice).</summary>
public class OutboxMessage
{
    public Guid Id { get; set; }
    public OutboxChannel Channel { get; set; }

    /// <summary>The address, or for a citizen only its masked form (<see cref="ContactMask"/>): the real one is
    /// then in <see cref="ProtectedRecipient"/>.</summary>
    public required string Recipient { get; set; }

    /// <summary>A citizen's address encrypted like the petition's contact details; cleared once the message is
    /// sent or given up, so the outbox keeps personal data only while it needs it.</summary>
    public byte[]? ProtectedRecipient { get; set; }
    public required string Subject { get; set; }
    public required string Body { get; set; }
    public required string DedupeKey { get; set; }
    public DateTimeOffset CreatedAt { get; set; }

    /// <summary>When the message is due; while a run holds it, when that run's claim lapses.</summary>
    public DateTimeOffset NextAttemptAt { get; set; }

    /// <summary>Claims so far, counted when claimed (a run that dies still used one up); also the token that
    /// lets only the claiming run record the outcome.</summary>
    public int Attempts { get; set; }
    public DateTimeOffset? SentAt { get; set; }

    /// <summary>When delivery was given up (attempts used up, or a refusal that no retry can change).</summary>
    public DateTimeOffset? FailedAt { get; set; }

    /// <summary>Why the last attempt failed, without personal data (<see cref="DeliveryErrors"/>).</summary>
    public string? LastError { get; set; }

    /// <summary>For a Zalo notice: the ZNS template's parameters (JSON object of strings); the kind of notice is the
    /// <see cref="Subject"/>.</summary>
    public string? TemplateData { get; set; }

    /// <summary>The id the platform gave the message when it took it (Zalo's <c>msg_id</c>).</summary>
    public string? ProviderMessageId { get; set; }

    /// <summary>The platform's error code of the last refusal (Zalo's <c>error</c>).</summary>
    public int? ProviderErrorCode { get; set; }
}
