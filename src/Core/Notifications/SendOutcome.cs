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
