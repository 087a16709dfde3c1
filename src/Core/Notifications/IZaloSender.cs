namespace CchcFeedback.Core.Notifications;

/// <summary>Delivers one Zalo message to the account of a phone number: a ZNS template message through the Official
/// Account when <c>Zalo:AppId</c> is set (<see cref="Channels.Zalo.ZaloNoticeSender"/>), else an adapter
/// (<see cref="PhoneGatewayOptions"/>): a log line by default, or a gateway's webhook.</summary>
public interface IZaloSender
{
    Task<SendReceipt> SendAsync(PhoneMessage message, CancellationToken cancellationToken = default);
}
