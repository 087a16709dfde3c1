namespace CchcFeedback.Core.Notifications;

/// <summary>Delivers one Zalo message to the account of a phone number. Adapters (<see cref="PhoneGatewayOptions"/>):
/// a log line by default, or a gateway's webhook.</summary>
public interface IZaloSender
{
    Task<SendOutcome> SendAsync(PhoneMessage message, CancellationToken cancellationToken = default);
}
