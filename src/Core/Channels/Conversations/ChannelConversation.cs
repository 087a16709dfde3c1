using System.Text.Json;
using CchcFeedback.Core.Assistant;
using CchcFeedback.Core.Routing;
using Microsoft.Extensions.Logging;

namespace CchcFeedback.Core.Channels.Conversations;

/// <summary>One conversation, any channel: the menu and its flows as Zalo and Messenger offer them. A menu choice
/// starts a flow (a petition step by step, a rating); inside a flow each message answers the current step, and
/// "Hủy" or "Menu" ends it at any step; anything else goes to the procedure assistant. The flow's state is saved
/// over the version it was read at (<see cref="ConversationStore"/>): when another event of the same person got
/// there first, this one is read again and answers the step that is current now.</summary>
public partial class ChannelConversation(
    ConversationStore store,
    PetitionDraftFlow petitionFlow,
    RatingFlow ratingFlow,
    IProcedureAssistant assistant,
    ChannelReplies replies,
    ILogger<ChannelConversation> logger)
{
    private const int MaxTries = 5;

    private static readonly HashSet<string> CancelWords = ["huy", "huy bo", "menu", "bat dau", "thoat", "quay lai"];

    public async Task<ChannelReply> ReplyAsync(string channel, string userId, string eventKey, string text, CancellationToken cancellationToken)
    {
        for (var attempt = 1; ; attempt++)
        {
            var open = await store.OpenAsync(channel, userId, eventKey, cancellationToken);
            if (open.RepliedBefore is { } before && JsonSerializer.Deserialize<ChannelReply>(before) is { } again)
            {
                // The same event again (a retry after a failed send): the same reply, the flow untouched.
                return again;
            }
            var turn = new ConversationTurn(channel, userId, open.ConversationId, text.Trim());
            var (next, reply) = await StepAsync(turn, open.State, cancellationToken);
            if (await store.SaveAsync(channel, userId, open.Version, next, eventKey, JsonSerializer.Serialize(reply), cancellationToken))
            {
                if (next?.Flow != open.State?.Flow || next?.Step != open.State?.Step)
                {
                    LogStep(channel, open.State?.Step ?? "-", next?.Step ?? "-");
                }
                return reply;
            }
            if (attempt == MaxTries)
            {
                throw new InvalidOperationException("The conversation kept changing under this event; the job will retry it.");
            }
        }
    }

    private async Task<(ConversationState? Next, ChannelReply Reply)> StepAsync(ConversationTurn turn, ConversationState? state, CancellationToken cancellationToken)
    {
        var folded = VietnameseText.Fold(turn.Text);
        if (CancelWords.Contains(folded))
        {
            return (null, state is null ? replies.Greeting() : replies.Cancelled());
        }
        if (state is not null)
        {
            return state.Flow == ConversationState.RatingFlow
                ? await ratingFlow.AnswerAsync(turn, state, cancellationToken)
                : await petitionFlow.AnswerAsync(turn, state, cancellationToken);
        }
        var chosen = AssistantChoice.Pick(turn.Text, AssistantMenu.Choices);
        if (chosen == AssistantMenu.Petition)
        {
            return petitionFlow.Start();
        }
        if (chosen == AssistantMenu.Rate)
        {
            return ratingFlow.Start();
        }
        if (chosen == AssistantMenu.Ask)
        {
            return (null, replies.AskAQuestion());
        }
        var answer = await assistant.ReplyAsync(new AssistantQuestion(turn.ConversationId, turn.Text, AssistantChannelOf(turn.Channel)), cancellationToken);
        return (null, replies.From(answer));
    }

    private static AssistantChannel AssistantChannelOf(string channel) => channel == ChannelNames.Facebook ? AssistantChannel.Facebook : AssistantChannel.Zalo;

    [LoggerMessage(Level = LogLevel.Information, Message = "Conversation on {Channel}: step {From} → {To}")]
    private partial void LogStep(string channel, string from, string to);
}

/// <summary>One message in a conversation, with who sent it where.</summary>
public sealed record ConversationTurn(string Channel, string UserId, Guid ConversationId, string Text);
