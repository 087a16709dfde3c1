using System.Net;
using CchcFeedback.Core.Channels.Conversations;
using Microsoft.Extensions.Logging;

namespace CchcFeedback.Core.Channels.Facebook;

/// <summary>A Messenger text, quick reply or postback goes to the conversation (the menu's flows, else the assistant);
/// its reply goes back through the Send API with the choices as quick replies.</summary>
public partial class FacebookEventHandler(ChannelConversation conversation, FacebookClient facebook,
    ILogger<FacebookEventHandler> logger) : IChannelEventHandler
{
    public string Channel => ChannelNames.Facebook;

    public async Task HandleAsync(ChannelEvent stored, string rawEvent, CancellationToken cancellationToken)
    {
        if (FacebookEvent.Parse(rawEvent) is not { } e)
        {
            return;
        }
        var reply = await conversation.ReplyAsync(Channel, e.UserId, stored.EventKey, e.Text, cancellationToken);
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
