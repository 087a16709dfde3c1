using CchcFeedback.Core.Data;
using Microsoft.EntityFrameworkCore;

namespace CchcFeedback.Core.Channels;

/// <summary>Who talks on a channel and in which conversation. A conversation ends after <see cref="QuietPeriod"/>
/// without a message: the next message starts a new one, so the assistant does not carry an old context over.</summary>
public class ChannelUsers(CchcDbContext db, TimeProvider clock)
{
    public static readonly TimeSpan QuietPeriod = TimeSpan.FromMinutes(30);

    /// <summary>The person's current conversation (a new one after the quiet period), touched now.</summary>
    public async Task<Guid> ConversationAsync(string channel, string userId, CancellationToken cancellationToken) =>
        (await TouchAsync(channel, userId, cancellationToken)).ConversationId;

    /// <summary>Touches the person's row now, in one statement, so two events of the same person at once agree: after
    /// the quiet period a new conversation begins and the flow under way (a draft) and the last reply are voided.</summary>
    internal async Task<TouchedUser> TouchAsync(string channel, string userId, CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow();
        var fresh = Guid.CreateVersion7(now);
        var quietSince = now - QuietPeriod;
        var rows = await db.Database.SqlQuery<TouchedUser>($"""
            INSERT INTO channel_users AS u (channel, user_id, conversation_id, last_activity_at, flow_version)
            VALUES ({channel}, {userId}, {fresh}, {now}, 0)
            ON CONFLICT (channel, user_id) DO UPDATE SET
                conversation_id = CASE WHEN u.last_activity_at < {quietSince} THEN EXCLUDED.conversation_id ELSE u.conversation_id END,
                protected_flow = CASE WHEN u.last_activity_at < {quietSince} THEN NULL ELSE u.protected_flow END,
                protected_last_reply = CASE WHEN u.last_activity_at < {quietSince} THEN NULL ELSE u.protected_last_reply END,
                last_activity_at = EXCLUDED.last_activity_at,
                unfollowed_at = NULL
            RETURNING u.conversation_id, u.protected_flow, u.flow_version, u.last_event_key, u.protected_last_reply
            """).ToListAsync(cancellationToken);
        return rows.Single();
    }

    /// <summary>Links the person to the petitions whose sender gave the same phone number, by its keyed hash.
    /// Returns how many petitions that number has.</summary>
    public async Task<int> LinkPhoneAsync(string channel, string userId, byte[] phoneHash, CancellationToken cancellationToken)
    {
        await ConversationAsync(channel, userId, cancellationToken);
        var now = clock.GetUtcNow();
        await db.Database.ExecuteSqlAsync($"""
            UPDATE channel_users SET phone_hash = {phoneHash}, linked_at = {now} WHERE channel = {channel} AND user_id = {userId}
            """, cancellationToken);
        return await db.Petitions.CountAsync(p => p.ContactPhoneHash == phoneHash, cancellationToken);
    }

    /// <summary>The person left: the link to their phone number goes with them.</summary>
    public Task UnfollowAsync(string channel, string userId, CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow();
        return db.Database.ExecuteSqlAsync($"""
            UPDATE channel_users SET unfollowed_at = {now}, phone_hash = NULL, linked_at = NULL WHERE channel = {channel} AND user_id = {userId}
            """, cancellationToken);
    }

    /// <summary>True when someone who follows on the channel shared this phone number.</summary>
    public Task<bool> IsLinkedAsync(string channel, byte[] phoneHash, CancellationToken cancellationToken) =>
        db.ChannelUsers.AnyAsync(u => u.Channel == channel && u.PhoneHash == phoneHash && u.UnfollowedAt == null, cancellationToken);
}

/// <summary>A person's row as <see cref="ChannelUsers.TouchAsync"/> left it.</summary>
internal sealed record TouchedUser(Guid ConversationId, byte[]? ProtectedFlow, int FlowVersion, string? LastEventKey, byte[]? ProtectedLastReply);
