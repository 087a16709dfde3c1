namespace CchcFeedback.Core.Notifications;

/// <summary>An SMS or Zalo gateway did not take a message. The message is ours and holds no personal data (it
/// is stored as the outbox row's last error); <see cref="Permanent"/> when no retry can change the answer.</summary>
public class NotificationDeliveryException(string message, Exception? inner = null, bool permanent = false) : Exception(message, inner)
{
    public bool Permanent { get; } = permanent;
}
