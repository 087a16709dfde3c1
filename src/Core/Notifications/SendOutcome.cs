namespace CchcFeedback.Core.Notifications;

/// <summary>What a sender did with a message. A stand-in (a log line, a pickup folder of .eml files) lets a
/// developer's machine run without a gateway, but nobody receives what it handles: the outbox must not call that sent.</summary>
public enum SendOutcome
{
    /// <summary>Handed to a real transport (an SMTP server, a gateway) that took it.</summary>
    Delivered,

    /// <summary>Handled by a stand-in only: not delivered to anyone.</summary>
    StandIn,
}

/// <summary>A sender's outcome with the id the platform gave the message, when it gives one (Zalo's <c>msg_id</c>).</summary>
public sealed record SendReceipt(SendOutcome Outcome, string? ProviderMessageId = null)
{
    public static implicit operator SendReceipt(SendOutcome outcome) => new(outcome);
}
