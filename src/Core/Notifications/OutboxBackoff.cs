namespace CchcFeedback.Core.Notifications;

/// <summary>When to try a failed message again: exponential back-off with jitter, so that messages that failed
/// together (a mail server down) do not all come back in the same second.</summary>
public static class OutboxBackoff
{
    /// <param name="failures">Failed attempts so far, at least 1.</param>
    /// <param name="unitRandom">A number in [0, 1): the jitter.</param>
    public static TimeSpan Delay(int failures, OutboxOptions options, double unitRandom)
    {
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(failures);
        // In double ticks: doubling a long delay many times would overflow a TimeSpan before the cap applies.
        var ticks = Math.Min(options.FirstRetryDelay.Ticks * Math.Pow(2, failures - 1), options.MaxRetryDelay.Ticks);
        // "Equal jitter": at least half the delay, so back-off still grows, plus a random share of the rest.
        return TimeSpan.FromTicks((long)(ticks * (0.5 + (0.5 * unitRandom))));
    }
}
