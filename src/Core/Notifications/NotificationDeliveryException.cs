namespace CchcFeedback.Core.Notifications;

/// <summary>An SMS or Zalo gateway did not take a message. The message is ours and holds no personal data (it
/// is stored as the outbox row's last error); <see cref="Permanent"/> when no retry can change the answer.</summary>
public class NotificationDeliveryException(string message, Exception? inner = null, bool permanent = false, int? providerErrorCode = null)
    : Exception(message, inner)
{
    public bool Permanent { get; } = permanent;

    /// <summary>The platform's own error code (Zalo's <c>error</c>), recorded with the outbox row.</summary>
    public int? ProviderErrorCode { get; } = providerErrorCode;
}
