using System.Net;
using CchcFeedback.Core.Assistant;
using Microsoft.Extensions.Logging;

namespace CchcFeedback.Core.Channels.Facebook;

/// <summary>A Messenger text, quick reply or postback goes to the assistant; its reply goes back through the Send API.
/// "Bắt đầu" (the Get Started button's usual payload) and the first message of a conversation get the menu too.</summary>
public partial class FacebookEventHandler(IProcedureAssistant assistant, ChannelUsers users, ChannelReplies replies, FacebookClient facebook,
    ILogger<FacebookEventHandler> logger) : IChannelEventHandler
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
        try
        {
            await facebook.SendAsync(e.UserId, reply, cancellationToken);
        }
        catch (HttpRequestException exception) when (exception.StatusCode is { } status && (int)status is >= 400 and < 500
            && status is not (HttpStatusCode.RequestTimeout or HttpStatusCode.TooManyRequests))
        {
            // Outside the 24-hour window, a person who blocked the Page: a retry cannot change Meta's answer.
            LogRefused((int)status);
        }
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "The Send API refused a reply with status {Status}")]
    private partial void LogRefused(int status);
}
