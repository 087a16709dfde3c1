using CchcFeedback.Core.Assistant;

namespace CchcFeedback.Core.Channels.Facebook;

/// <summary>A Messenger text, quick reply or postback goes to the assistant; its reply goes back through the Send API.
/// "Bắt đầu" (the Get Started button's usual payload) and the first message of a conversation get the menu too.</summary>
public class FacebookEventHandler(IProcedureAssistant assistant, ChannelUsers users, ChannelReplies replies, FacebookClient facebook) : IChannelEventHandler
{
    public string Channel => ChannelNames.Facebook;

    public async Task HandleAsync(ChannelEvent stored, string rawEvent, CancellationToken cancellationToken)
    {
        if (FacebookEvent.Parse(rawEvent) is not { } e)
        {
            return;
        }
        var conversation = await users.ConversationAsync(Channel, e.UserId, cancellationToken);
        var reply = replies.From(await assistant.ReplyAsync(new AssistantQuestion(conversation, e.Text, AssistantChannel.Facebook), cancellationToken));
        await facebook.SendAsync(e.UserId, reply, cancellationToken);
    }
}
