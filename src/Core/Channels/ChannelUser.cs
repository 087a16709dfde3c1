namespace CchcFeedback.Core.Channels;

/// <summary>A person who talks to the Office on a channel, by the platform's app-scoped id. Holds the current
/// conversation (a new one after a quiet period) and, once the person shared their phone number, only its keyed
/// hash: the same hash petitions keep (<c>contact_phone_hash</c>), which links the person to their petitions
/// without the number ever being stored in clear.</summary>
public class ChannelUser
{
    public required string Channel { get; set; }
    public required string UserId { get; set; }
    public Guid ConversationId { get; set; }
    public DateTimeOffset LastActivityAt { get; set; }
    public byte[]? PhoneHash { get; set; }
    public DateTimeOffset? LinkedAt { get; set; }
    public DateTimeOffset? UnfollowedAt { get; set; }

    /// <summary>The step-by-step flow under way (<see cref="Conversations.ConversationState"/>) as encrypted JSON: a
    /// petition draft is personal data. Null when no flow is under way; void once the quiet period has passed.</summary>
    public byte[]? ProtectedFlow { get; set; }

    /// <summary>Bumped by every change of the flow: a change is written only over the version it was computed from,
    /// so two events of the same person at once never both advance the same step.</summary>
    public int FlowVersion { get; set; }

    /// <summary>The last event the flow answered and its reply (encrypted: a summary quotes the draft), so that a
    /// retried event gets the same reply instead of being taken as the next step's answer.</summary>
    public string? LastEventKey { get; set; }
    public byte[]? ProtectedLastReply { get; set; }
}
