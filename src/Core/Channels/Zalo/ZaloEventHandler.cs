using CchcFeedback.Core.Channels.Conversations;
using CchcFeedback.Core.Data;
using CchcFeedback.Core.Petitions;
using CchcFeedback.Core.Petitions.FollowUp;
using CchcFeedback.Core.Petitions.Notifications;
using CchcFeedback.Core.Security;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;

namespace CchcFeedback.Core.Channels.Zalo;

/// <summary>What each Zalo event does: a text goes to the conversation (the menu's flows, else the assistant) and
/// its reply back as a customer-service message; a follow gets the greeting with the menu; an unfollow drops the phone link; a shared phone number links
/// the person to their petitions by its keyed hash (the number itself is never stored); a ZNS rating rates the
/// answer of the petition it was sent about (<see cref="ZnsRatings"/>).</summary>
public partial class ZaloEventHandler(
    ChannelConversation conversation,
    ChannelUsers users,
    ChannelReplies replies,
    ZaloClient zalo,
    PersonalDataProtector protector,
    ZnsRatings ratings,
    ILogger<ZaloEventHandler> logger) : IChannelEventHandler
{
    public string Channel => ChannelNames.Zalo;

    public async Task HandleAsync(ChannelEvent stored, string rawEvent, CancellationToken cancellationToken)
    {
        if (ZaloEvent.Parse(rawEvent) is not { } e || string.IsNullOrEmpty(e.UserId))
        {
            return;
        }
        switch (e.Name)
        {
            case ZaloEvent.SendText when !string.IsNullOrWhiteSpace(e.Text):
                await SendAsync(e.UserId, await conversation.ReplyAsync(Channel, e.UserId, stored.EventKey, e.Text!, cancellationToken), cancellationToken);
                break;
            case ZaloEvent.Follow:
                await users.ConversationAsync(Channel, e.UserId, cancellationToken);
                await SendAsync(e.UserId, replies.Greeting(), cancellationToken);
                break;
            case ZaloEvent.Unfollow:
                await users.UnfollowAsync(Channel, e.UserId, cancellationToken);
                break;
            case ZaloEvent.SubmitInfo when ZaloPhones.National(e.Phone) is { } phone:
                var petitions = await users.LinkPhoneAsync(Channel, e.UserId, protector.LookupHash(phone), cancellationToken);
                await SendAsync(e.UserId, replies.PhoneLinked(petitions), cancellationToken);
                break;
            case ZaloEvent.Feedback when e.Rate is { } rate && await ratings.RecordAsync(e.TrackingId, rate, e.UserId, cancellationToken) is { } outcome:
                LogRated(stored.Id, outcome);
                break;
            default:
                LogIgnored(stored.Id, e.Name);
                break;
        }
    }

    /// <summary>Zalo's refusal (outside the window it allows after the person's last message, a blocked OA) cannot
    /// change on a retry: it is logged and the event counts as processed. A transport failure is thrown, for a retry.</summary>
    private async Task SendAsync(string userId, ChannelReply reply, CancellationToken cancellationToken)
    {
        try
        {
            await zalo.SendTextAsync(userId, ChannelReplies.WithChoicesAsText(reply), cancellationToken);
        }
        catch (ZaloApiException exception) when (exception.ErrorCode is { } code)
        {
            LogRefused(code);
        }
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Zalo refused a reply with error {ErrorCode}")]
    private partial void LogRefused(int errorCode);

    [LoggerMessage(Level = LogLevel.Information, Message = "Zalo event {Id}: rating recorded as {Outcome}")]
    private partial void LogRated(Guid id, FollowUpOutcome outcome);

    [LoggerMessage(Level = LogLevel.Information, Message = "Zalo event {Id} ({EventName}) needs nothing done")]
    private partial void LogIgnored(Guid id, string eventName);
}
