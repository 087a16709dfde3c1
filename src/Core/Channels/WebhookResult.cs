namespace CchcFeedback.Core.Channels;

/// <summary>What a webhook did with a request.</summary>
public enum WebhookResult
{
    /// <summary>The channel is not configured.</summary>
    Off,

    /// <summary>The signature is missing or wrong: nothing stored.</summary>
    Unauthorized,

    /// <summary>Signed, but not an event this webhook understands.</summary>
    Invalid,

    /// <summary>Stored (or already stored before: a retry), to be processed by a job.</summary>
    Accepted,
}
