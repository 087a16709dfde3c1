namespace CchcFeedback.Core.Notifications;

/// <summary>A notice to a person in a chat (<see cref="OutboxChannel.ZaloChat"/>, <see cref="OutboxChannel.Messenger"/>),
/// by the platform's id of that person. Returns the platform's message id; a refusal is a
/// <see cref="NotificationDeliveryException"/> with the platform's error code.</summary>
public interface IChatNoticeSender
{
    Task<SendReceipt> SendAsync(OutboxChannel channel, string userId, string subject, string text, CancellationToken cancellationToken = default);
}
