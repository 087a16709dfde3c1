namespace CchcFeedback.Core.Channels;

/// <summary>One event a platform (Zalo, Facebook) posted to a webhook, stored once whatever the retries
/// (<see cref="EventKey"/> is unique per channel) and processed by <see cref="ChannelEventJob"/>. The raw body may
/// hold a phone number (Zalo's <c>user_submit_info</c>), so it is kept encrypted and dropped once processed.</summary>
public class ChannelEvent
{
    public Guid Id { get; set; }
    public required string Channel { get; set; }

    /// <summary>The platform's id of the event (Zalo's <c>msg_id</c>, Messenger's <c>mid</c>), or a hash of the event
    /// when it has none.</summary>
    public required string EventKey { get; set; }
    public required string EventName { get; set; }

    /// <summary>The platform's app-scoped id of the person (not a phone number).</summary>
    public required string UserId { get; set; }

    /// <summary>The event's JSON, encrypted with <see cref="Security.PersonalDataProtector"/>; null once processed.</summary>
    public byte[]? ProtectedPayload { get; set; }
    public DateTimeOffset ReceivedAt { get; set; }

    /// <summary>While a run processes the event; a claim older than the claim timeout has lapsed.</summary>
    public DateTimeOffset? ClaimedAt { get; set; }
    public DateTimeOffset? ProcessedAt { get; set; }
}
