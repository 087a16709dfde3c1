using CchcFeedback.Core.Data;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace CchcFeedback.Core.Channels;

/// <summary>Hourly: deletes the step-by-step drafts whose quiet period has passed (a draft is personal data and the
/// person will not come back to it), the people who unfollowed or stayed quiet longer than
/// <see cref="ChannelRetentionOptions.UserRetentionDays"/>, and the processed events older than that. A petition sent
/// in a chat keeps its own encrypted copy of the chat id, so its notices still reach the person. Each step is one
/// statement: running twice, or two runs at once, deletes nothing twice.</summary>
public partial class ChannelRetentionJob(CchcDbContext db, IOptions<ChannelRetentionOptions> options, TimeProvider clock, ILogger<ChannelRetentionJob> logger)
{
    public async Task RunAsync(CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow();
        var quietSince = now - ChannelUsers.QuietPeriod;
        var forgetBefore = now.AddDays(-options.Value.UserRetentionDays);
        var drafts = await db.Database.ExecuteSqlAsync($"""
            UPDATE channel_users SET protected_flow = NULL, protected_last_reply = NULL, last_event_key = NULL, flow_version = flow_version + 1
            WHERE (protected_flow IS NOT NULL OR protected_last_reply IS NOT NULL) AND last_activity_at < {quietSince}
            """, cancellationToken);
        var users = await db.Database.ExecuteSqlAsync($"""
            DELETE FROM channel_users WHERE unfollowed_at IS NOT NULL OR last_activity_at < {forgetBefore}
            """, cancellationToken);
        var events = await db.Database.ExecuteSqlAsync($"""
            DELETE FROM channel_events WHERE processed_at < {forgetBefore}
            """, cancellationToken);
        LogPurged(drafts, users, events, options.Value.UserRetentionDays);
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Channel retention: {Drafts} expired draft(s) deleted, {Users} person(s) forgotten, {Events} event(s) deleted (after {Days} days)")]
    private partial void LogPurged(int drafts, int users, int events, int days);
}
