using System.ComponentModel.DataAnnotations;

namespace CchcFeedback.Core.Security;

/// <summary>Limits on public endpoints, per client address (anonymous) and per API client (token).</summary>
public class RateLimitOptions
{
    public const string Section = "RateLimits";

    [Range(1, 1_000_000)]
    public int AnonymousPermitsPerMinute { get; set; } = 120;

    [Range(1, 10_000_000)]
    public int ApiClientPermitsPerMinute { get; set; } = 6000;

    /// <summary>Sign-in and password-reset attempts per address: slows guessing beyond the account lockout.</summary>
    [Range(1, 10_000)]
    public int SignInPermitsPerMinute { get; set; } = 10;

    /// <summary>Petitions sent and tracking codes looked up per address (each counted apart): a citizen needs a
    /// few; guessing codes needs millions.</summary>
    [Range(1, 1_000_000)]
    public int PetitionPermitsPerMinute { get; set; } = 20;

    /// <summary>Attempts per address to open one's contact details with a tracking code and a phone number.</summary>
    [Range(1, 10_000)]
    public int ContactPermitsPerMinute { get; set; } = 10;

    /// <summary>Wrong phone numbers per tracking code, from any address, before the code is refused for an hour.</summary>
    [Range(1, 1_000)]
    public int ContactGuessesPerCode { get; set; } = 5;

    /// <summary>Questions to the procedure assistant per client address (the Zalo and Facebook channels call it from
    /// their own process, not through this limit).</summary>
    [Range(1, 1_000_000)]
    public int AssistantPermitsPerMinute { get; set; } = 30;

    /// <summary>Events per minute per address on the Zalo and Messenger webhooks (<c>/api/channels/…</c>), counted apart
    /// from the anonymous limit: the platforms post every citizen's messages from a few addresses, and each event's
    /// signature is checked before anything is stored.</summary>
    [Range(1, 10_000_000)]
    public int WebhookPermitsPerMinute { get; set; } = 3000;

    /// <summary>Questions per conversation: a person types a few a minute; more is a script.</summary>
    [Range(1, 10_000)]
    public int AssistantConversationPermitsPerMinute { get; set; } = 12;
}
