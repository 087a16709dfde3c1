using System.Text.Json;
using CchcFeedback.Core.Data;
using CchcFeedback.Core.Security;
using Microsoft.EntityFrameworkCore;

namespace CchcFeedback.Core.Channels.Conversations;

/// <summary>What <see cref="ConversationStore.OpenAsync"/> found: the flow under way (null when none, or when it
/// expired), the version to write over, and the reply already given to this very event when it is a retry.</summary>
public sealed record OpenConversation(Guid ConversationId, ConversationState? State, int Version, string? RepliedBefore);

/// <summary>Each person's flow on a channel, in <c>channel_users</c>: any number of Api and Jobs processes share it.
/// Opening touches the row (<see cref="ChannelUsers.TouchAsync"/>, which voids a flow older than the quiet period); saving is a
/// conditional update over the version read, so of two events at once only one advances a step and the other
/// starts again from what the first wrote.</summary>
public class ConversationStore(CchcDbContext db, ChannelUsers users, PersonalDataProtector protector)
{
    public async Task<OpenConversation> OpenAsync(string channel, string userId, string eventKey, CancellationToken cancellationToken)
    {
        var row = await users.TouchAsync(channel, userId, cancellationToken);
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
        var key = TextInput.Cut(eventKey, 200);
        return await db.Database.ExecuteSqlAsync($"""
            UPDATE channel_users SET protected_flow = {flow}, flow_version = flow_version + 1, last_event_key = {key}, protected_last_reply = {protectedReply}
            WHERE channel = {channel} AND user_id = {userId} AND flow_version = {version}
            """, cancellationToken) == 1;
    }
}
