using System.Threading.RateLimiting;
using CchcFeedback.Core.Security;
using Microsoft.Extensions.Options;

namespace CchcFeedback.Api.Assistant;

/// <summary>Questions per conversation id (a fixed window a minute), on top of the per-address policy: the id is in
/// the body, which the rate-limiting middleware does not read. One per process, like the middleware's limits.</summary>
public sealed class ConversationRateLimiter(IOptions<RateLimitOptions> options) : IDisposable
{
    private readonly PartitionedRateLimiter<Guid> _limiter = PartitionedRateLimiter.Create<Guid, Guid>(id =>
        RateLimitPartition.GetFixedWindowLimiter(id, _ => new FixedWindowRateLimiterOptions
        {
            PermitLimit = options.Value.AssistantConversationPermitsPerMinute,
            Window = TimeSpan.FromMinutes(1),
            QueueLimit = 0,
        }));

    /// <summary>Null when the question may go on; otherwise how long to wait.</summary>
    public TimeSpan? Refuse(Guid conversationId)
    {
        using var lease = _limiter.AttemptAcquire(conversationId);
        if (lease.IsAcquired)
        {
            return null;
        }
        return lease.TryGetMetadata(MetadataName.RetryAfter, out var wait) ? wait : TimeSpan.FromMinutes(1);
    }

    public void Dispose() => _limiter.Dispose();
}
