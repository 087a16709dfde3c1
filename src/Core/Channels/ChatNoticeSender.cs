using CchcFeedback.Core.Channels.Facebook;
using CchcFeedback.Core.Channels.Zalo;
using CchcFeedback.Core.Notifications;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace CchcFeedback.Core.Channels;

/// <summary>Sends the outbox's chat notices: on Zalo as an OA transaction message, on Messenger with the
/// <c>ACCOUNT_UPDATE</c> tag. A refusal carries the platform's error code and is final (no retry changes Zalo's or
/// Meta's answer); only a transport failure is retried. A channel that is off refuses for good, so the notice shows
/// as not sent on the outbox page instead of waiting. A singleton (the outbox job's senders are): each send takes
/// its own scope for the token store.</summary>
public class ChatNoticeSender(IServiceScopeFactory scopes, IOptions<ZaloOptions> zaloOptions, IOptions<FacebookOptions> facebookOptions) : IChatNoticeSender
{
    public async Task<SendReceipt> SendAsync(OutboxChannel channel, string userId, string subject, string text, CancellationToken cancellationToken = default)
    {
        await using var scope = scopes.CreateAsyncScope();
        var link = LastLink(text);
        switch (channel)
        {
            case OutboxChannel.ZaloChat when zaloOptions.Value.Enabled:
                try
                {
                    return new SendReceipt(SendOutcome.Delivered,
                        await scope.ServiceProvider.GetRequiredService<ZaloClient>().SendTransactionAsync(userId, subject, text, link, cancellationToken));
                }
                catch (ZaloApiException exception)
                {
                    throw new NotificationDeliveryException(exception.Message, exception, permanent: exception.ErrorCode is not null, exception.ErrorCode);
                }
            case OutboxChannel.Messenger when facebookOptions.Value.Enabled:
                try
                {
                    return new SendReceipt(SendOutcome.Delivered,
                        await scope.ServiceProvider.GetRequiredService<FacebookClient>().SendNoticeAsync(userId, text, cancellationToken));
                }
                catch (FacebookApiException exception)
                {
                    var permanent = exception.StatusCode is { } status && (int)status is >= 400 and < 500 and not (408 or 429);
                    throw new NotificationDeliveryException(exception.Message, exception, permanent, exception.ErrorCode);
                }
            default:
                throw new NotificationDeliveryException($"The {channel} channel is not configured", permanent: true);
        }
    }

    /// <summary>The notice's last link (the tracking page), for Zalo's button.</summary>
    private static string? LastLink(string text) =>
        text.Split([' ', '\n'], StringSplitOptions.RemoveEmptyEntries).LastOrDefault(w => w.StartsWith("http", StringComparison.Ordinal)) is { } url
            && Uri.TryCreate(url, UriKind.Absolute, out _) ? url : null;
}
