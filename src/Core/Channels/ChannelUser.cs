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
}
