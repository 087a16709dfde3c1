namespace CchcFeedback.Core.Notifications;

/// <summary>A message could not be handed to the mail server (or written to the pickup folder). Callers decide
/// what the person in front of the page should see; the cause stays in the log. <see cref="Permanent"/> when the
/// server refused for good (RFC 5321: a 5yz reply to the recipient), so trying again cannot help.</summary>
public class EmailDeliveryException(string message, Exception inner, bool permanent = false) : Exception(message, inner)
{
    public bool Permanent { get; } = permanent;
}
