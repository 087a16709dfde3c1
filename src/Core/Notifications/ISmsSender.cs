namespace CchcFeedback.Core.Notifications;

/// <summary>Delivers one SMS. Adapters (<see cref="PhoneGatewayOptions"/>): a log line by default, or a gateway's webhook.</summary>
public interface ISmsSender
{
    Task<SendOutcome> SendAsync(PhoneMessage message, CancellationToken cancellationToken = default);
}
