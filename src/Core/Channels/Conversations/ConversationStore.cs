using System.Text.Json;
using CchcFeedback.Core.Data;
using CchcFeedback.Core.Security;
using Microsoft.EntityFrameworkCore;

namespace CchcFeedback.Core.Channels.Conversations;

/// <summary>What <see cref="ConversationStore.OpenAsync"/> found: the flow under way (null when none, or when it
/// expired), the version to write over, and the reply already given to this very event when it is a retry.</summary>
public sealed record OpenConversation(Guid ConversationId, ConversationState? State, int Version, string? RepliedBefore);

/// <summary>Each person's flow on a channel, in <c>channel_users</c>: any number of Api and Jobs processes share it.
/// Opening touches the row in one statement that also voids a flow older than the quiet period; saving is a
/// conditional update over the version read, so of two events at once only one advances a step and the other
/// starts again from what the first wrote.</summary>
public class ConversationStore(CchcDbContext db, PersonalDataProtector protector, TimeProvider clock)
{
    private sealed record Row(Guid ConversationId, byte[]? ProtectedFlow, int FlowVersion, string? LastEventKey, byte[]? ProtectedLastReply);

    public async Task<OpenConversation> OpenAsync(string channel, string userId, string eventKey, CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow();
        var fresh = Guid.CreateVersion7(now);
        var quietSince = now - ChannelUsers.QuietPeriod;
        var rows = await db.Database.SqlQuery<Row>($"""
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
        var row = rows.Single();
        var state = row.ProtectedFlow is null ? null : JsonSerializer.Deserialize<ConversationState>(protector.Unprotect(row.ProtectedFlow));
        var repliedBefore = row.LastEventKey == eventKey && row.ProtectedLastReply is { } reply ? protector.Unprotect(reply) : null;
        return new OpenConversation(row.ConversationId, state, row.FlowVersion, repliedBefore);
    }

    /// <summary>Writes the flow (null ends it and deletes the draft) and the reply to this event, over
    /// <paramref name="version"/>. False when another event of the person changed the flow first.</summary>
    public async Task<bool> SaveAsync(string channel, string userId, int version, ConversationState? state, string eventKey, string reply,
        CancellationToken cancellationToken)
    {
        var flow = state is null ? null : protector.Protect(JsonSerializer.Serialize(state));
        var protectedReply = protector.Protect(reply);
        var key = eventKey.Length <= 200 ? eventKey : eventKey[..200];
        return await db.Database.ExecuteSqlAsync($"""
            UPDATE channel_users SET protected_flow = {flow}, flow_version = flow_version + 1, last_event_key = {key}, protected_last_reply = {protectedReply}
            WHERE channel = {channel} AND user_id = {userId} AND flow_version = {version}
            """, cancellationToken) == 1;
    }
}
